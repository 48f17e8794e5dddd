import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';

/**
 * Guards unsaved form changes. react-router's useBlocker needs a data router and the app
 * uses HashRouter, so in-app navigation that may leave a form (the side menu, the form's
 * own buttons and links) goes through useGuardedNavigate; closing or reloading the
 * window is guarded with beforeunload.
 */
const LeaveGuardContext = createContext<{ dirty: { current: boolean } } | null>(null);

export const LEAVE_QUESTION = 'Porzucić niezapisane zmiany?';

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(false);
  return <LeaveGuardContext.Provider value={{ dirty }}>{children}</LeaveGuardContext.Provider>;
}

function useDirtyRef() {
  const context = useContext(LeaveGuardContext);
  if (!context) throw new Error('LeaveGuardProvider missing');
  return context.dirty;
}

/** Declares that the screen has unsaved changes while `dirty` is true. */
export function useLeaveGuard(dirty: boolean): void {
  const dirtyRef = useDirtyRef();
  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium (and so Electron) still needs returnValue set to show its dialog.
      event.returnValue = LEAVE_QUESTION;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyRef.current = false;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, dirtyRef]);
}

/** navigate() that first asks whether to drop unsaved changes, when there are any. */
export function useGuardedNavigate(): (to: string) => void {
  const dirtyRef = useDirtyRef();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  return useCallback(
    (to: string) => {
      if (!dirtyRef.current) {
        navigate(to);
        return;
      }
      modal.confirm({
        title: LEAVE_QUESTION,
        content: 'Wprowadzone zmiany nie zostały zapisane.',
        okText: 'Porzuć zmiany',
        okButtonProps: { danger: true },
        cancelText: 'Wróć do formularza',
        onOk: () => {
          dirtyRef.current = false;
          navigate(to);
        },
      });
    },
    [dirtyRef, navigate, modal],
  );
}

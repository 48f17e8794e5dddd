import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  type ReactNode,
} from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';

/**
 * Guards unsaved form changes. react-router's useBlocker needs a data router and the app
 * uses HashRouter, so in-app navigation that may leave a form (the side menu, the form's
 * own buttons and links) goes through useGuardedNavigate; the browser's Back and Forward
 * are caught in useLeaveGuard; closing or reloading the window is guarded with
 * beforeunload.
 */
interface LeaveGuardState {
  dirty: { current: boolean };
  /** The guarded form's popstate handler, while it has unsaved changes. */
  onPopState: { current: ((event: PopStateEvent) => void) | null };
}
const LeaveGuardContext = createContext<LeaveGuardState | null>(null);

export const LEAVE_QUESTION = 'Porzucić niezapisane zmiany?';

/**
 * Must sit inside HashRouter: its layout effect then runs before the router's, so its
 * popstate listener is registered first and can keep the router from seeing a Back or
 * Forward away from unsaved changes (listeners on window run in the order they were added).
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(false);
  const onPopState = useRef<((event: PopStateEvent) => void) | null>(null);
  useLayoutEffect(() => {
    const listener = (event: PopStateEvent) => onPopState.current?.(event);
    window.addEventListener('popstate', listener, true);
    return () => window.removeEventListener('popstate', listener, true);
  }, []);
  return (
    <LeaveGuardContext.Provider value={{ dirty, onPopState }}>
      {children}
    </LeaveGuardContext.Provider>
  );
}

function useGuardState() {
  const context = useContext(LeaveGuardContext);
  if (!context) throw new Error('LeaveGuardProvider missing');
  return context;
}

function useDirtyRef() {
  return useGuardState().dirty;
}

type Modal = ReturnType<typeof App.useApp>['modal'];

function confirmLeave(modal: Modal, onLeave: () => void, onStay?: () => void) {
  modal.confirm({
    title: LEAVE_QUESTION,
    content: 'Wprowadzone zmiany nie zostały zapisane.',
    okText: 'Porzuć zmiany',
    okButtonProps: { danger: true },
    cancelText: 'Wróć do formularza',
    onOk: onLeave,
    onCancel: onStay,
  });
}

/** The position react-router's history keeps in each entry's state. */
const historyIndex = (state: unknown): number | null => {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
};

/** Declares that the screen has unsaved changes while `dirty` is true. */
export function useLeaveGuard(dirty: boolean): void {
  const { dirty: dirtyRef, onPopState: popStateRef } = useGuardState();
  const { modal } = App.useApp();
  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium (and so Electron) still needs returnValue set to show its dialog.
      event.returnValue = LEAVE_QUESTION;
    };

    // Back / Forward: the address has already changed when popstate comes. The router is
    // kept from seeing it, the form's entry is restored and the person is asked; leaving
    // then repeats the same step with the guard off, so the router follows as usual.
    const formHref = window.location.href;
    const formState: unknown = window.history.state;
    const formIndex = historyIndex(formState);
    let restoring = false;
    let asking = false;
    const onPopState = (event: PopStateEvent) => {
      if (!dirtyRef.current) return;
      event.stopImmediatePropagation();
      if (restoring) {
        restoring = false;
        return;
      }
      const targetHref = window.location.href;
      const targetState: unknown = event.state;
      const targetIndex = historyIndex(targetState);
      const delta = formIndex !== null && targetIndex !== null ? formIndex - targetIndex : null;
      if (delta !== null && delta !== 0) {
        restoring = true;
        window.history.go(delta);
      } else {
        // An entry without the router's index (e.g. an address typed by hand).
        window.history.replaceState(formState, '', formHref);
      }
      if (asking) return;
      asking = true;
      confirmLeave(
        modal,
        () => {
          asking = false;
          dirtyRef.current = false;
          if (delta !== null && delta !== 0) {
            window.history.go(-delta);
          } else {
            window.history.replaceState(targetState, '', targetHref);
            window.dispatchEvent(new PopStateEvent('popstate', { state: targetState }));
          }
        },
        () => {
          asking = false;
        },
      );
    };

    window.addEventListener('beforeunload', onBeforeUnload);
    popStateRef.current = onPopState;
    return () => {
      dirtyRef.current = false;
      popStateRef.current = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, dirtyRef, popStateRef, modal]);
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
      confirmLeave(modal, () => {
        dirtyRef.current = false;
        navigate(to);
      });
    },
    [dirtyRef, navigate, modal],
  );
}

/**
 * Runs an action that leaves the screen without navigating (signing out), first asking
 * whether to drop unsaved changes when there are any.
 */
export function useGuardedAction(): (action: () => void) => void {
  const dirtyRef = useDirtyRef();
  const { modal } = App.useApp();
  return useCallback(
    (action: () => void) => {
      if (!dirtyRef.current) {
        action();
        return;
      }
      confirmLeave(modal, () => {
        dirtyRef.current = false;
        action();
      });
    },
    [dirtyRef, modal],
  );
}

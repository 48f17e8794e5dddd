import { useMemo } from 'react';
import { App } from 'antd';

type Toast = (content: string) => void;

/** Where toasts start: just below the application's header while it is on screen. */
function offsetBelowHeader(): number {
  const header = document.querySelector('.app-header');
  const bottom = header ? header.getBoundingClientRect().bottom : 0;
  // antd puts its messages 8 px from the top; push them below the header's bottom edge.
  return Math.max(0, Math.ceil(bottom));
}

/**
 * The antd App's message, placed so a toast never covers the header (the acting staff
 * member, text size, contrast). The header grows on narrow windows and with larger text,
 * so the offset is measured when the toast opens.
 */
export function useToast(): { success: Toast; error: Toast; warning: Toast; info: Toast } {
  const { message } = App.useApp();
  return useMemo(() => {
    const show =
      (type: 'success' | 'error' | 'warning' | 'info'): Toast =>
      (content) =>
        void message.open({ type, content, style: { marginTop: offsetBelowHeader() } });
    return {
      success: show('success'),
      error: show('error'),
      warning: show('warning'),
      info: show('info'),
    };
  }, [message]);
}

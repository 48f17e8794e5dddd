/**
 * Where the focus goes when a dialog closes (WCAG 2.4.3 focus order): back to the control
 * that opened it.
 *
 * antd returns the focus itself only for a dialog that stays mounted and closes through
 * `open={false}`. Most dialogs here are shown while a state says so (`{open && <XDialog/>}`)
 * and closed by unmounting them, which skips that: the focus fell to `<body>`, and a person
 * on the keyboard or a screen reader started again from the top of the page.
 *
 * The control that opened a dialog is the last element focused outside every dialog. When a
 * dialog leaves the page with the focus gone to `<body>`, that control takes it back — if it
 * is still on the page and no other dialog is open. If it is not (the dialog's action went to
 * another screen), the new screen's heading takes the focus (ScreenTitle).
 */
const DIALOG = '.ant-modal-root';

function isOpenDialog(wrap: Element): boolean {
  return wrap instanceof HTMLElement && getComputedStyle(wrap).display !== 'none';
}

function removesDialog(m: MutationRecord): boolean {
  return [...m.removedNodes].some(
    (node) => node instanceof Element && (node.matches(DIALOG) || node.querySelector(DIALOG)),
  );
}

/** Starts returning the focus to dialogs' openers; returns what stops it. */
export function installFocusReturn(root: HTMLElement): () => void {
  let opener: HTMLElement | null = null;

  const remember = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest(DIALOG)) opener = target;
  };

  const observer = new MutationObserver((mutations) => {
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (!mutations.some(removesDialog)) return;
    if (!opener?.isConnected) return;
    if ([...document.querySelectorAll(`${DIALOG} .ant-modal-wrap`)].some(isOpenDialog)) return;
    opener.focus();
  });

  root.addEventListener('focusin', remember);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    root.removeEventListener('focusin', remember);
  };
}

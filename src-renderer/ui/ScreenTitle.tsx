import { useEffect, useRef, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** Where screens render: focus inside it means the person is already working on the screen. */
const CONTENT_SELECTOR = '.app-content';

/**
 * The screen's one `<h1>`, and what a screen reader needs to notice that the screen changed:
 * the window title follows it ("Kowalska Anna — karta uczestnika — Aktywator"), and after a
 * navigation the heading takes the focus — unless the screen already put it somewhere (the
 * participant list opens with the cursor in its search field). Focus left on the menu or lost
 * with the unmounted row that was clicked would otherwise fall to `<body>`, announcing nothing.
 */
export function ScreenTitle(props: {
  children: ReactNode;
  /** Added after the heading in the window title, e.g. "karta uczestnika". */
  kind?: string;
  /** Shown on the heading's right, e.g. the status or the screen's main action. */
  extra?: ReactNode;
}) {
  const { children, kind, extra } = props;
  const heading = useRef<HTMLElement>(null);

  useEffect(() => {
    const text = heading.current?.textContent?.trim();
    document.title = [text, kind, 'Aktywator'].filter(Boolean).join(' — ');
  });

  useEffect(() => {
    const active = document.activeElement;
    const inScreen = active instanceof HTMLElement && active.closest(CONTENT_SELECTOR) !== null;
    if (!inScreen) heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={1} ref={heading} tabIndex={-1} className="screen-title">
        {children}
      </Typography.Title>
      {extra}
    </Flex>
  );
}

import { Component, type ReactNode } from 'react';
import { Alert, Button, Flex } from 'antd';
import { ScreenTitle } from './ScreenTitle';

/**
 * What a screen that failed to open shows instead of a blank window: its code could not be
 * fetched (the host was restarting) or it failed while drawing. The menu and the rest of the
 * window stay; "Spróbuj ponownie" draws the screen again after `onRetry` (which lets a failed
 * chunk be fetched anew, app/screens.ts), and so does going to another address (`place`).
 */
export class ScreenBoundary extends Component<
  { place: string; onRetry: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Aktywator: ekran nie został wyświetlony.', error);
  }

  override componentDidUpdate(previous: { place: string }): void {
    if (this.state.failed && previous.place !== this.props.place) this.retry();
  }

  private retry(): void {
    this.props.onRetry();
    this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Flex vertical gap="middle">
        <ScreenTitle>Nie udało się otworzyć ekranu</ScreenTitle>
        <Alert
          type="error"
          showIcon
          title="Tej części programu nie udało się wczytać. Jeśli program był właśnie uruchamiany ponownie, spróbuj jeszcze raz."
          action={<Button onClick={() => this.retry()}>Spróbuj ponownie</Button>}
        />
      </Flex>
    );
  }
}

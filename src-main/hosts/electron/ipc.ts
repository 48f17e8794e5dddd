import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { EventName } from '../../contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from './channels';
import { isAppUrl } from './security';

/** The core's dispatcher; the IPC layer only carries its envelopes, it never reads them. */
export type Dispatch = (channel: string, input: unknown, caller: string) => Promise<unknown>;

/**
 * The session a window's calls belong to: its webContents, which the renderer cannot name or
 * forge (a reload keeps the session; a new window signs in anew).
 */
export const callerOf = (event: IpcMainInvokeEvent) => `window:${event.sender.id}`;

export interface IpcOptions {
  dispatch: Dispatch;
  /** The main window, looked up per call: it may be created after the handler is registered. */
  getWindow: () => BrowserWindow | null;
  /** The app's page, app://aktywator/index.html; only a frame showing it may call the core. */
  appUrl: string;
  logError?: (channel: string, error: unknown) => void;
}

type ErrorEnvelope = { ok: false; error: { code: string; message: string } };

export const REFUSED_SENDER: ErrorEnvelope = {
  ok: false,
  error: { code: 'internal', message: 'Odrzucono żądanie z nieznanego źródła' },
};
export const INVALID_CHANNEL: ErrorEnvelope = {
  ok: false,
  error: { code: 'unknown_channel', message: 'Nieprawidłowa nazwa kanału' },
};
const INTERNAL: ErrorEnvelope = {
  ok: false,
  error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.' },
};

/**
 * Only the main window's top frame, showing our own page, may talk to the core. Anything
 * else (an iframe, a page navigated elsewhere despite our guards, another webContents) is
 * a foreign caller.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  win: BrowserWindow | null,
  appUrl: string,
): boolean {
  try {
    if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, appUrl);
  } catch {
    // A frame that navigated away or was destroyed mid-call throws on access: refuse it.
    return false;
  }
}

/** The invoke handler; it answers every call with an envelope and never rejects. */
export function createInvokeHandler(options: IpcOptions) {
  return async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<unknown> => {
    if (!isTrustedSender(event, options.getWindow(), options.appUrl)) {
      options.logError?.('ipc', new Error('Refused an IPC call from a foreign sender'));
      return REFUSED_SENDER;
    }
    if (typeof channel !== 'string') return INVALID_CHANNEL;
    try {
      return await options.dispatch(channel, input, callerOf(event));
    } catch (error) {
      // The dispatcher promises not to throw; if it ever does, the renderer still gets an envelope.
      options.logError?.(channel, error);
      return INTERNAL;
    }
  };
}

/** Registers the single IPC entry point; returns its removal (for tests and shutdown). */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(options));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Pushes a core event to the renderer; a closed window simply misses it. */
export function sendEvent(win: BrowserWindow | null, name: EventName, payload: unknown): void {
  if (!win || win.isDestroyed()) return;
  const message: EventMessage = { name, payload };
  win.webContents.send(EVENT_CHANNEL, message);
}

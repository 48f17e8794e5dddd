import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from './channels';

/**
 * The whole surface the page gets: two functions, no ipcRenderer, no event objects (an
 * IpcRendererEvent carries `sender`, which would hand the page ipcRenderer itself).
 * Runs sandboxed, so it may import nothing but `electron` and its own bundled code.
 */
const api = {
  invoke(channel: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  on(event: string, callback: (payload: unknown) => void): () => void {
    const listener = (_event: IpcRendererEvent, message: EventMessage) => {
      if (message?.name === event) callback(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

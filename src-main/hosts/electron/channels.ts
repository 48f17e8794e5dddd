/**
 * The two IPC channels between main and preload. Every API call goes through one channel
 * (the contract's channel name travels as an argument), so the preload never needs a
 * per-channel list.
 */
export const INVOKE_CHANNEL = 'aktywator:invoke';
export const EVENT_CHANNEL = 'aktywator:event';

/** What travels on EVENT_CHANNEL; the preload hands only `payload` to the renderer. */
export interface EventMessage {
  name: string;
  payload: unknown;
}

import { isDbChanged, type ChangedEntity } from '../../src-main/contract/events';
import type { ApiClient } from './client';

/** Pushed by both hosts after any window's write, naming only the kind of data. */
export const DB_CHANGED_EVENT = 'db.changed';

/**
 * A burst of writes (a signing that also ends an enrolment, a restore naming every kind, a
 * worker saving twice) refreshes once, this long after its first notice.
 */
export const CHANGE_DELAY_MS = 300;

/**
 * Calls `refresh` when `db.changed` names one of `kinds`, once per burst. A screen calls it
 * through its store (`watch…()`) in an effect, so only what is on screen is read again, and
 * never an open form: returns what stops it.
 */
export function watchChanges(
  api: ApiClient,
  kinds: readonly ChangedEntity[],
  refresh: () => void,
  delayMs = CHANGE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = api.on(DB_CHANGED_EVENT, (payload) => {
    if (timer !== null || !isDbChanged(payload) || !kinds.includes(payload.entity)) return;
    timer = setTimeout(() => {
      timer = null;
      refresh();
    }, delayMs);
  });
  return () => {
    stop();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}

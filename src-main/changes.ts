import { CHANNEL_ACCESS, contract, type Channel } from './contract';
import { CHANGED_ENTITIES, type ChangedEntity, type DbChanged } from './contract/events';
import type { Dispatch } from './dispatcher';

/**
 * Writes that change more than their own kind of data: ending a contract may end the
 * participation in its project, and so may ending one's participation in the club; attendance
 * is the club's; a restore replaces everything.
 */
const ALSO_CHANGED: Partial<Record<Channel, readonly ChangedEntity[]>> = {
  'contracts.complete': ['enrolments'],
  'contracts.terminate': ['enrolments'],
  'attendance.record': ['club'],
  'attendance.recordMonth': ['club'],
  'club.endParticipation': ['enrolments'],
  'backups.restore': CHANGED_ENTITIES,
};

const isEntity = (kind: string): kind is ChangedEntity =>
  (CHANGED_ENTITIES as readonly string[]).includes(kind);

/**
 * What a successful call of `channel` changed, for other windows to re-read: nothing for a
 * read, nor for a window's own session (signing in, locking, `session.touch`), which no other
 * screen shows.
 */
export function changedBy(channel: string): ChangedEntity[] {
  if (!Object.prototype.hasOwnProperty.call(contract, channel)) return [];
  const known = channel as Channel;
  if (CHANNEL_ACCESS[known] !== 'write') return [];
  const kind = known.slice(0, known.indexOf('.'));
  const own = isEntity(kind) ? [kind] : [];
  return [...new Set([...own, ...(ALSO_CHANGED[known] ?? [])])];
}

export type ChangeListener = (change: DbChanged) => void;

export interface ChangeNotices {
  /** The same dispatch; after a successful write it tells every listener what changed. */
  dispatch: Dispatch;
  /** Listens to `{ entity }` of every successful write; returns what stops it. */
  subscribe(listener: ChangeListener): () => void;
}

/**
 * Wraps the dispatcher so the hosts can push `db.changed` to every window: the payload is
 * only the kind of data, and a failed or refused write sends nothing. A listener's failure
 * never reaches the caller of the write.
 */
export function notifyChanges(
  dispatch: Dispatch,
  logError: (channel: string, error: unknown) => void = (channel, e) =>
    console.error(`[${channel}]`, e),
): ChangeNotices {
  const listeners = new Set<ChangeListener>();
  return {
    async dispatch(channel, input, caller) {
      const envelope = await dispatch(channel, input, caller);
      if (envelope.ok)
        for (const entity of changedBy(channel))
          for (const listener of [...listeners]) {
            try {
              listener({ entity });
            } catch (error) {
              logError('db.changed', error);
            }
          }
      return envelope;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

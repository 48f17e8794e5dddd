import type { MarkInput } from '../../contract/attendance';
import type { AuditEntity } from '../../contract/audit';
import type { RuleIssue } from '../../contract/rules';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { refuseIssues } from '../field-rules';
import { markChanged, markIssues, splitMarks } from './marks';
import {
  marksOfSessions,
  removeMarks,
  saveMarks,
  type SessionKind,
  type StoredMarkRow,
} from './marks.repo';

/*
 * Writing marks, the one way for every kind of session (the club's, a course's classes): every
 * issue first, then only the marks that change, each changed session logged once.
 */

/** A held session's marks as sent, each with its index in the input (for the issue's path). */
export interface SessionWrite {
  session: { id: number; date: string; from: number; to: number };
  /** Whether the person belonged to the session (its group, its course) that day. */
  isMember: (participantId: number) => boolean;
  marks: { input: MarkInput; index: number }[];
}

export const markKey = (sessionId: number, participantId: number) =>
  `${sessionId}:${participantId}`;

/** The stored marks of the sessions, by `markKey`. */
export async function marksByKey(
  tx: Tx,
  kind: SessionKind,
  sessionIds: readonly number[],
): Promise<Map<string, StoredMarkRow>> {
  return new Map(
    (await marksOfSessions(tx, kind, sessionIds)).map((m) => [
      markKey(m.sessionId, m.participantId),
      m,
    ]),
  );
}

/**
 * Writes the marks of one or more held sessions in the caller's write: nothing is written when
 * any mark of any session is refused. `audit` names the entity of the entries (the session's
 * id, changed field `marks`).
 */
export async function writeMarks(
  ctx: HandlerContext,
  tx: Tx,
  kind: SessionKind,
  audit: AuditEntity,
  writes: readonly SessionWrite[],
  at: (index: number, field: string) => (string | number)[],
): Promise<void> {
  const stored = await marksByKey(
    tx,
    kind,
    writes.map((w) => w.session.id),
  );
  const issues: RuleIssue[] = [];
  for (const { session, isMember, marks } of writes)
    issues.push(
      ...markIssues(
        { id: session.id, date: session.date, minutes: session.to - session.from, isMember, kind },
        marks.map((m) => m.input),
        (i, field) => at(marks[i]!.index, field),
      ),
    );
  refuseIssues(issues);
  for (const { session, marks } of writes) {
    const changed = marks
      .map((m) => m.input)
      .filter((m) => markChanged(stored.get(markKey(session.id, m.participantId)), m));
    if (!changed.length) continue;
    const { save, remove } = splitMarks(session.id, changed);
    await saveMarks(tx, kind, save, { at: ctx.now, by: ctx.actor?.id ?? null });
    await removeMarks(tx, kind, remove);
    const hadMarks = [...stored.values()].some((m) => m.sessionId === session.id);
    await recordAudit(ctx, {
      entity: audit,
      entityId: session.id,
      action: hadMarks ? 'update' : 'create',
      changedFields: ['marks'],
    });
  }
}

/**
 * A grid's cells grouped by session, each session one of `sessions` (those shown) and held:
 * every cell is checked before anything is grouped, and the input refused with every issue.
 */
export function cellWrites<S extends SessionWrite['session']>(
  cells: readonly (MarkInput & { sessionId: number })[],
  sessions: ReadonlyMap<number, S>,
  today: string,
  notHere: string,
  isMember: (session: S) => (participantId: number) => boolean,
): SessionWrite[] {
  const bySession = new Map<number, SessionWrite>();
  const issues: RuleIssue[] = [];
  cells.forEach(({ sessionId, ...mark }, index) => {
    const session = sessions.get(sessionId);
    if (!session) {
      issues.push({ path: ['marks', index, 'sessionId'], message: notHere });
      return;
    }
    if (session.date > today) {
      issues.push({
        path: ['marks', index, 'sessionId'],
        message: 'Te zajęcia jeszcze się nie odbyły — obecność zapisuje się po zajęciach',
      });
      return;
    }
    let write = bySession.get(sessionId);
    if (!write)
      bySession.set(sessionId, (write = { session, isMember: isMember(session), marks: [] }));
    write.marks.push({ input: mark, index });
  });
  refuseIssues(issues);
  return [...bySession.values()];
}

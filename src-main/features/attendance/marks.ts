import type { MarkInput } from '../../contract/attendance';
import { AppError } from '../../contract/errors';
import type { RuleIssue } from '../../contract/rules';
import { formatHours } from '../../domain/attendance/hours';
import { formatDate } from '../../domain/dates';
import type { SessionKind, StoredMarkRow } from './marks.repo';

/**
 * The rules every recorded mark obeys, whichever room owns the session: the session has taken
 * place, the person belonged to it that day, a partial presence says how long and is no
 * longer than the session, a reason only with an absence or a partial presence.
 */

export interface MarkedSession {
  id: number;
  date: string;
  /** The session's length in minutes. */
  minutes: number;
  /** Whether the person belonged to the session's group (or course) that day. */
  isMember: (participantId: number) => boolean;
  /** Whose session it is: says how a person who did not belong to it is told. */
  kind: SessionKind;
}

const NOT_MEMBER: Record<SessionKind, (date: string) => string> = {
  club: (date) => `Ta osoba nie należała do grupy w dniu zajęć (${formatDate(date)})`,
  course: () => 'Ta osoba nie jest uczestnikiem tego kursu',
};

/** Refuses a session that has not yet taken place: nothing is recorded for the future. */
export function refuseFuture(session: { date: string }, today: string): void {
  if (session.date > today)
    throw new AppError(
      'invalid_state',
      `Zajęcia z dnia ${formatDate(session.date)} jeszcze się nie odbyły — obecność zapisuje się po zajęciach`,
    );
}

/** The issues of one session's marks, each on the mark's path (`prefix` + index + field). */
export function markIssues(
  session: MarkedSession,
  marks: readonly MarkInput[],
  at: (index: number, field: string) => (string | number)[],
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<number>();
  marks.forEach((m, i) => {
    if (seen.has(m.participantId))
      issues.push({ path: at(i, 'participantId'), message: 'Ta osoba jest na liście dwa razy' });
    seen.add(m.participantId);
    if (!session.isMember(m.participantId))
      issues.push({
        path: at(i, 'participantId'),
        message: NOT_MEMBER[session.kind](session.date),
      });
    if (m.status === 'partial') {
      if (m.minutes === null)
        issues.push({ path: at(i, 'minutes'), message: 'Podaj, ile godzin osoba była obecna' });
      else if (m.minutes > session.minutes)
        issues.push({
          path: at(i, 'minutes'),
          message: `Czas obecności (${formatHours(m.minutes)}) jest dłuższy niż zajęcia (${formatHours(session.minutes)})`,
        });
    } else if (m.minutes !== null) {
      issues.push({
        path: at(i, 'minutes'),
        message: 'Liczbę godzin podaje się tylko przy obecności częściowej',
      });
    }
    if (m.reason !== null && (m.status === 'present' || m.status === null))
      issues.push({
        path: at(i, 'reason'),
        message: 'Powód podaje się tylko przy nieobecności albo obecności częściowej',
      });
  });
  return issues;
}

/** Marks to write and marks to take back, of inputs already checked. */
export function splitMarks(sessionId: number, marks: readonly MarkInput[]) {
  const save: StoredMarkRow[] = [];
  const remove: { sessionId: number; participantId: number }[] = [];
  for (const m of marks) {
    if (m.status === null) remove.push({ sessionId, participantId: m.participantId });
    else
      save.push({
        sessionId,
        participantId: m.participantId,
        status: m.status,
        minutes: m.minutes,
        reason: m.reason,
      });
  }
  return { save, remove };
}

/** Whether a mark as stored differs from the one sent (only real changes are written and logged). */
export function markChanged(stored: StoredMarkRow | undefined, sent: MarkInput): boolean {
  if (!stored) return sent.status !== null;
  return (
    stored.status !== sent.status ||
    stored.minutes !== sent.minutes ||
    stored.reason !== sent.reason
  );
}

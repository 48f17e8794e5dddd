/**
 * Hours of attendance and the completion rule, for the club's sessions and (later) a
 * course's classes alike: pure arithmetic over sessions, a person's time in the group and
 * their marks. Everything is in minutes — a partial presence is "came 30 minutes late" —
 * and only printed as hours ("2,5 h").
 *
 * - A person is *planned* for the sessions held while they belonged to the group (joined on
 *   or before the day, not yet left: `leftOn` is their last day), so someone who joined in
 *   the middle of the cycle is measured against their own part of it.
 * - *Held* sessions are those on or before today; only they may carry marks.
 * - Attendance counts toward the minimum; an excused absence (nieobecność usprawiedliwiona)
 *   is shown apart but does not count as attendance — the common rule of EFS projects
 *   ("at least 80 % of the hours attended"), which names no exception.
 */

export const ATTENDANCE_STATUSES = ['present', 'partial', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Obecny',
  partial: 'Częściowo',
  absent: 'Nieobecny',
  excused: 'Usprawiedliwiony',
};

/** How a person's participation ended: the whole programme, or earlier. */
export const COMPLETION_OUTCOMES = ['completed', 'left'] as const;
export type CompletionOutcome = (typeof COMPLETION_OUTCOMES)[number];

export const COMPLETION_OUTCOME_LABELS: Record<CompletionOutcome, string> = {
  completed: 'Ukończył program',
  left: 'Zakończył udział przed czasem',
};

export type Membership = { joinedOn: string; leftOn: string | null };
export type HeldSession = { id: number; moduleId: number; date: string; minutes: number };
export type StoredMark = { status: AttendanceStatus; minutes: number | null };

export type Tally = {
  planned: number;
  held: number;
  attended: number;
  excused: number;
  absent: number;
  unrecorded: number;
};

export const emptyTally = (): Tally => ({
  planned: 0,
  held: 0,
  attended: 0,
  excused: 0,
  absent: 0,
  unrecorded: 0,
});

export function isMemberOn(memberships: readonly Membership[], date: string): boolean {
  return memberships.some((m) => m.joinedOn <= date && (m.leftOn === null || date <= m.leftOn));
}

/** Adds one session of `minutes` to a tally, as the person's mark (or none) says. */
export function addSession(
  tally: Tally,
  minutes: number,
  held: boolean,
  mark: StoredMark | undefined,
): void {
  tally.planned += minutes;
  if (!held) return;
  tally.held += minutes;
  if (!mark) {
    tally.unrecorded += minutes;
    return;
  }
  switch (mark.status) {
    case 'present':
      tally.attended += minutes;
      break;
    case 'partial': {
      const attended = Math.min(mark.minutes ?? 0, minutes);
      tally.attended += attended;
      tally.absent += minutes - attended;
      break;
    }
    case 'excused':
      tally.excused += minutes;
      break;
    case 'absent':
      tally.absent += minutes;
      break;
  }
}

export type PersonTally = { total: Tally; modules: Map<number, Tally> };

/**
 * One person's hours over the sessions of their group(s): `memberOf(session)` says whether
 * they belonged to the session's group on its day.
 */
export function tallyPerson(options: {
  sessions: readonly HeldSession[];
  memberOf: (session: HeldSession) => boolean;
  markOf: (sessionId: number) => StoredMark | undefined;
  today: string;
}): PersonTally {
  const total = emptyTally();
  const modules = new Map<number, Tally>();
  for (const session of options.sessions) {
    if (!options.memberOf(session)) continue;
    const held = session.date <= options.today;
    const mark = options.markOf(session.id);
    let module = modules.get(session.moduleId);
    if (!module) modules.set(session.moduleId, (module = emptyTally()));
    addSession(total, session.minutes, held, mark);
    addSession(module, session.minutes, held, mark);
  }
  return { total, modules };
}

/** Minutes a person must attend of `planned`: the percentage, rounded up to a whole minute. */
export const requiredMinutes = (planned: number, percent: number): number =>
  Math.ceil((planned * percent) / 100);

/** 150 → "2,5 h", 60 → "1 h", 20 → "0,33 h". */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${String(hours).replace('.', ',')} h`;
}

export type CompletionCheck =
  { kind: 'cannotReach'; missing: number } | { kind: 'behind'; missing: number } | null;

/**
 * Whether a tally still meets `percent`: `cannotReach` when even full attendance at every
 * session left (and every held one not yet recorded) falls short — `missing` is what cannot be
 * made up; otherwise `behind` when the hours recorded so far are below the percentage of the
 * recorded sessions — `missing` is the gap today.
 */
export function checkCompletion(tally: Tally, percent: number): CompletionCheck {
  const required = requiredMinutes(tally.planned, percent);
  const stillPossible = tally.unrecorded + (tally.planned - tally.held);
  if (tally.attended + stillPossible < required) {
    return { kind: 'cannotReach', missing: required - tally.attended - stillPossible };
  }
  const recorded = tally.held - tally.unrecorded;
  const dueByNow = requiredMinutes(recorded, percent);
  if (recorded > 0 && tally.attended < dueByNow) {
    return { kind: 'behind', missing: dueByNow - tally.attended };
  }
  return null;
}

/** The Polish sentence of a failed check; `module` names a module's own rule. */
export function completionMessage(
  check: NonNullable<CompletionCheck>,
  percent: number,
  module: string | null,
): string {
  const where = module === null ? '' : `Moduł „${module}”: `;
  const missing = formatHours(check.missing);
  const sentence =
    check.kind === 'cannotReach'
      ? `nie osiągnie już minimum ${percent} % obecności — nawet przy pełnej obecności zabraknie ${missing}`
      : `poniżej minimum ${percent} % obecności przy obecnym tempie — brakuje ${missing}`;
  return where ? where + sentence : sentence[0]!.toUpperCase() + sentence.slice(1);
}

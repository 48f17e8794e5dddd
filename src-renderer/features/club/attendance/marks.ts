import type { Mark, MarkInput } from '../../../../src-main/contract/attendance';
import {
  ATTENDANCE_STATUS_LABELS,
  formatHours,
  type AttendanceStatus,
} from '../../../../src-main/domain/attendance/hours';

/*
 * One person's mark as the attendance screens edit it: the status chosen in a native select,
 * the reason typed beside an absence, the hours of a partial presence typed as a clerk writes
 * them ("2,5"). Pure, so the session sheet and the month grid share it and tests check it.
 */

/**
 * The statuses in the order the selects offer them. Their first letters differ (O, N, U, C),
 * so typing one on a focused select picks it — the keyboard's quick way through a list.
 */
export const STATUS_ORDER = ['present', 'absent', 'excused', 'partial'] as const;

/** Full names, as the select says them: "Obecny", "Nieobecny", "Usprawiedliwiony", "Częściowo". */
export const STATUS_LABELS = ATTENDANCE_STATUS_LABELS;

/** The grid's short names: the first letters. */
export const STATUS_SHORT: Record<AttendanceStatus, string> = {
  present: 'O',
  absent: 'N',
  excused: 'U',
  partial: 'C',
};

/** What the select shows before anything is chosen. */
export const UNMARKED_LABEL = 'nie zaznaczono';

/** The statuses a reason may accompany (an absence or a partial presence). */
export const takesReason = (status: AttendanceStatus | null): boolean =>
  status === 'absent' || status === 'excused' || status === 'partial';

/** A mark while it is edited: `hours` is the text typed ("2,5"), `reason` the text typed. */
export interface MarkDraft {
  status: AttendanceStatus | null;
  hours: string;
  reason: string;
}

export const EMPTY_DRAFT: MarkDraft = { status: null, hours: '', reason: '' };

/** 150 → "2,5"; 20 → "0,33" (hours as a clerk types them). */
export function hoursText(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');
}

/** The draft of a stored mark (or of none). */
export function draftOf(mark: Mark | null): MarkDraft {
  if (!mark) return EMPTY_DRAFT;
  return {
    status: mark.status,
    hours: mark.minutes === null ? '' : hoursText(mark.minutes),
    reason: mark.reason ?? '',
  };
}

export type HoursParse = { ok: true; minutes: number } | { ok: false; message: string };

/**
 * Hours of presence as typed: "2,5" or "2.5" (hours with a decimal comma or point), or
 * "2:30" (hours and minutes). Returns whole minutes (2,5 → 150; 0,33 → 20), or why the text
 * is not a time of presence — empty, not a number, zero, or longer than the session.
 */
export function parseHours(text: string, sessionMinutes?: number): HoursParse {
  const typed = text.trim().replace(/\s*h$/i, '');
  if (typed === '') return { ok: false, message: 'Podaj, ile godzin osoba była obecna' };
  let minutes: number;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(typed);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (/^\d{1,2}([.,]\d{1,2})?$/.test(typed))
    minutes = Math.round(Number(typed.replace(',', '.')) * 60);
  else return { ok: false, message: 'Wpisz liczbę godzin, np. 2,5 albo 1:30' };
  if (minutes <= 0) return { ok: false, message: 'Czas obecności musi być większy od zera' };
  if (sessionMinutes !== undefined && minutes > sessionMinutes)
    return {
      ok: false,
      message: `Czas obecności (${formatHours(minutes)}) jest dłuższy niż zajęcia (${formatHours(sessionMinutes)})`,
    };
  return { ok: true, minutes };
}

/** Problems of a draft, by field, as the person types (nothing for a valid one). */
export type DraftIssues = Partial<Record<'status' | 'minutes' | 'reason', string>>;

export function draftIssues(draft: MarkDraft, sessionMinutes: number): DraftIssues {
  const issues: DraftIssues = {};
  if (draft.status === 'partial') {
    const hours = parseHours(draft.hours, sessionMinutes);
    if (!hours.ok) issues.minutes = hours.message;
  }
  if (takesReason(draft.status) && draft.reason.trim().length > 200)
    issues.reason = 'Powód może mieć najwyżej 200 znaków';
  return issues;
}

/**
 * The mark the core is sent: minutes only with a partial presence, a reason only beside an
 * absence or a partial presence (a status changed to "Obecny" drops the reason typed before).
 * Null when the draft still has a problem (`draftIssues`).
 */
export function markOf(
  participantId: number,
  draft: MarkDraft,
  sessionMinutes: number,
): MarkInput | null {
  if (Object.keys(draftIssues(draft, sessionMinutes)).length) return null;
  const hours = draft.status === 'partial' ? parseHours(draft.hours, sessionMinutes) : null;
  const reason = takesReason(draft.status) ? draft.reason.trim() : '';
  return {
    participantId,
    status: draft.status,
    minutes: hours?.ok ? hours.minutes : null,
    reason: reason || null,
  };
}

/**
 * Whether the draft would store something else than `mark`: compared as the core compares
 * (status, minutes, reason), so retyping "2,5" as "2.5" is no change.
 */
export function draftChanged(mark: Mark | null, draft: MarkDraft, sessionMinutes: number): boolean {
  const sent = markOf(0, draft, sessionMinutes);
  if (!sent) return true; // an unfinished edit is a change (and blocks saving)
  if (!mark) return sent.status !== null;
  return (
    mark.status !== sent.status ||
    (mark.minutes ?? null) !== sent.minutes ||
    (mark.reason ?? null) !== sent.reason
  );
}

/** The draft with a new status: hours kept only for a partial presence, the reason kept. */
export function withStatus(draft: MarkDraft, status: AttendanceStatus | null): MarkDraft {
  return { ...draft, status, hours: status === 'partial' ? draft.hours : '' };
}

/** A mark in words, for read-only lists: "Częściowo (2,5 h) — spóźnienie". */
export function markText(mark: Mark | null): string {
  if (!mark) return '—';
  const hours =
    mark.status === 'partial' && mark.minutes !== null ? ` (${formatHours(mark.minutes)})` : '';
  return `${STATUS_LABELS[mark.status]}${hours}${mark.reason ? ` — ${mark.reason}` : ''}`;
}

/** The field of a mark an issue of the core names (`['marks', i, field]`). */
export type MarkField = 'status' | 'minutes' | 'reason' | 'participantId';

/**
 * The core's issues on the marks sent, back on the rows: `sent[i]` is the row key of the i-th
 * mark sent. Issues of no mark (or of a key not sent) are returned apart, for a general alert.
 */
export function issuesByRow<K>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  sent: readonly K[],
): { rows: Map<K, Partial<Record<MarkField, string>>>; general: string[] } {
  const rows = new Map<K, Partial<Record<MarkField, string>>>();
  const general: string[] = [];
  for (const issue of issues) {
    const [root, index, field] = issue.path;
    const key = typeof index === 'number' ? sent[index] : undefined;
    if (root !== 'marks' || key === undefined) {
      general.push(issue.message);
      continue;
    }
    const name: MarkField =
      field === 'minutes' || field === 'reason' || field === 'participantId' ? field : 'status';
    const row = rows.get(key) ?? {};
    row[name] = row[name] ? `${row[name]} ${issue.message}` : issue.message;
    rows.set(key, row);
  }
  return { rows, general };
}

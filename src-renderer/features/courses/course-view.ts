import type { CertificateVerification } from '../../../src-main/contract/course-certificates';
import type { CourseCompletionRow } from '../../../src-main/contract/courses';
import { formatHours } from '../../../src-main/domain/attendance/hours';
import { EXAM_RESULT_LABELS, type ExamResult } from '../../../src-main/domain/courses/course-rules';
import { formatDate } from '../../../src-main/domain/dates';
import type { ToneName } from '../../ui/tones';

/*
 * How the course screens put things into words: the programme's running sum against the
 * course's hours, a NIP as people write it, a person's completion and a certificate's state.
 * Pure, so the unit tests read the same sentences the clerk does.
 */

/** Hours typed into a topic's row: a whole positive number, else nothing to add yet. */
const typedHours = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;

export type TopicsSum = {
  sum: number;
  /** The sentence under the programme, e.g. "Suma godzin tematów: 118 h z 120 h — brakuje 2 h". */
  text: string;
  /** The sum equals the course's hours (then nothing is wrong with the programme). */
  matches: boolean;
};

/**
 * The programme's running sum against the course's total, as the person types. Rows without
 * hours count as 0; with no total typed yet, only the sum is said.
 */
export function topicsSum(
  topics: readonly ({ hours?: unknown } | null | undefined)[] | undefined,
  totalHours: unknown,
): TopicsSum {
  const sum = (topics ?? []).reduce((s, t) => s + typedHours(t?.hours), 0);
  const total = typedHours(totalHours);
  const head = `Suma godzin tematów: ${sum} h`;
  if (total === 0) return { sum, matches: false, text: `${head} — podaj liczbę godzin kursu` };
  const line = `${head} z ${total} h`;
  if (sum === total)
    return { sum, matches: true, text: `${line} — zgadza się z liczbą godzin kursu` };
  return sum < total
    ? { sum, matches: false, text: `${line} — brakuje ${total - sum} h` }
    : { sum, matches: false, text: `${line} — o ${sum - total} h za dużo` };
}

/** Ten digits of a NIP as people write them: "123-456-32-18"; anything else as it is. */
export function formatNip(nip: string): string {
  return /^\d{10}$/.test(nip)
    ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`
    : nip;
}

/** "Zdany (12.11.2026)", "Niezdany", "—". */
export function examText(exam: { result: ExamResult; date: string | null } | null): string {
  if (!exam) return '—';
  return exam.date
    ? `${EXAM_RESULT_LABELS[exam.result]} (${formatDate(exam.date)})`
    : EXAM_RESULT_LABELS[exam.result];
}

/** "96 h 30 min z 96 h" — attended of what the course requires of the person. */
export const attendedOfRequired = (row: Pick<CourseCompletionRow, 'total' | 'required'>) =>
  `${formatHours(row.total.attended)} z ${formatHours(row.required)}`;

export type CompletionState = { tone: ToneName; label: string; reasons: string };

/**
 * A person's completion in words: eligible, already holding a certificate, or the reasons why
 * not ("obecność 71 % przy wymaganych 80 %; egzamin niezdany.").
 */
export function completionState(
  row: Pick<CourseCompletionRow, 'eligible' | 'reasons' | 'certificate' | 'sex'>,
): CompletionState {
  const a = row.sex === 'K' ? 'a' : '';
  if (row.certificate)
    return {
      tone: 'green',
      label: `Ukończył${a} — zaświadczenie nr ${row.certificate.number}`,
      reasons: '',
    };
  if (row.eligible)
    return { tone: 'blue', label: `Ukończył${a} — może otrzymać zaświadczenie`, reasons: '' };
  return { tone: 'gold', label: 'Nie spełnia warunków', reasons: reasonsText(row.reasons) };
}

/** The core's reasons as one sentence: "obecność 71 % przy wymaganych 80 %; egzamin niezdany." */
export function reasonsText(reasons: readonly string[]): string {
  if (reasons.length === 0) return '';
  const text = reasons.map((r) => r.trim().replace(/[.;]+$/, '')).join('; ');
  return `${text.charAt(0).toLocaleUpperCase('pl')}${text.slice(1)}.`;
}

/** Who gets a certificate now and who does not (the question before issuing). */
export function issuePlan(rows: readonly CourseCompletionRow[]) {
  const waiting = rows.filter((r) => !r.certificate);
  return {
    issued: rows.filter((r) => r.certificate),
    eligible: waiting.filter((r) => r.eligible),
    refused: waiting.filter((r) => !r.eligible),
  };
}

export type VerificationState = { tone: ToneName; label: string };

/**
 * What a code says in one line: "Ważne", "Unieważnione 03.12.2026 — błąd w nazwisku
 * (zastąpione nr 14/2026)", "Duplikat wydany 05.12.2026".
 */
export function verificationState(v: CertificateVerification): VerificationState {
  if (v.status === 'revoked') {
    const when = v.revokedOn ? ` ${formatDate(v.revokedOn)}` : '';
    const why = v.revokeReason ? ` — ${v.revokeReason}` : '';
    const by = v.replacedByNumber ? ` (zastąpione nr ${v.replacedByNumber})` : '';
    return { tone: 'red', label: `Unieważnione${when}${why}${by}` };
  }
  if (v.duplicateOn)
    return { tone: 'blue', label: `Duplikat wydany ${formatDate(v.duplicateOn)} — ważny` };
  return { tone: 'green', label: 'Ważne' };
}

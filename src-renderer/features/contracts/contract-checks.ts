import type { ContractContent, SocialContract } from '../../../src-main/contract/social-contracts';
import { addDays, formatDate, isIsoDate } from '../../../src-main/domain/dates';
import type { FieldIssue } from '../../ui/confirmed-write';

/**
 * The rules the core applies to the dates of a contract's life with its records and its
 * day (contracts.lifecycle.ts), said in the dialog before the "cannot be changed later"
 * question: so a date in the future is marked on its field, not refused after confirming.
 * Each rule looks only at a date that is already a whole date; the schema reports the rest.
 */

type Path = (string | number)[];

const isDate = (d: unknown): d is string => typeof d === 'string' && isIsoDate(d);

export const FUTURE_DATE = 'Data nie może być z przyszłości';

function notInFuture(path: Path, date: unknown, today: string): FieldIssue[] {
  return isDate(date) && date > today ? [{ path, message: FUTURE_DATE }] : [];
}

/** Podpisanie: not after today, not before the contract was concluded (drawn up). */
export function signingIssues(
  signedOn: unknown,
  contract: Pick<SocialContract, 'content'>,
  today: string,
): FieldIssue[] {
  const issues = notInFuture(['signedOn'], signedOn, today);
  if (isDate(signedOn) && signedOn < contract.content.concludedOn)
    issues.push({
      path: ['signedOn'],
      message: 'Data podpisania nie może być wcześniejsza niż data zawarcia',
    });
  return issues;
}

/** An evaluation, an amendment or the end: not after today, not before the signing. */
export function lifeDateIssues(
  path: Path,
  date: unknown,
  contract: Pick<SocialContract, 'signedOn'>,
  today: string,
): FieldIssue[] {
  const issues = notInFuture(path, date, today);
  if (isDate(date) && contract.signedOn && date < contract.signedOn)
    issues.push({
      path,
      message: `Data nie może być wcześniejsza niż zawarcie kontraktu (${formatDate(contract.signedOn)})`,
    });
  return issues;
}

/** The next evaluation: after this one and within the contract's period. */
export function nextEvaluationIssues(
  date: unknown,
  next: unknown,
  content: Pick<ContractContent, 'periodTo'>,
): FieldIssue[] {
  if (!isDate(next)) return [];
  const path = ['nextEvaluationOn'];
  if (isDate(date) && next <= date)
    return [{ path, message: 'Następna ocena musi być po dacie tej oceny' }];
  if (next > content.periodTo)
    return [
      {
        path,
        message: `Następna ocena musi przypaść w okresie kontraktu (do ${formatDate(content.periodTo)})`,
      },
    ];
  return [];
}

/**
 * The next evaluation the contract plans after one on `date`: `everyWeeks` later, or the
 * contract's last day when that comes sooner; none when the contract plans no rhythm or
 * the date is not whole yet.
 */
export function suggestedNextEvaluation(
  date: unknown,
  content: Pick<ContractContent, 'periodTo' | 'evaluation'>,
): string | null {
  const every = content.evaluation.everyWeeks;
  if (!every || !isDate(date)) return null;
  const next = addDays(date, every * 7);
  if (next <= content.periodTo) return next;
  return content.periodTo > date ? content.periodTo : null;
}

/**
 * Where the contract runs past its project: its period, and each task due later. Said as
 * a warning — the office may have reasons — never a refusal.
 */
export function pastProjectEnd(
  content: { periodTo?: unknown; tasks?: readonly ({ dueDate?: unknown } | undefined)[] },
  projectEnd: string,
): string[] {
  const end = formatDate(projectEnd);
  const lines: string[] = [];
  if (isDate(content.periodTo) && content.periodTo > projectEnd)
    lines.push(`Kontrakt trwa do ${formatDate(content.periodTo)}, a projekt kończy się ${end}.`);
  (content.tasks ?? []).forEach((task, i) => {
    const due = task?.dueDate;
    if (isDate(due) && due > projectEnd)
      lines.push(
        `Termin zadania ${i + 1} (${formatDate(due)}) przypada po zakończeniu projektu (${end}).`,
      );
  });
  return lines;
}

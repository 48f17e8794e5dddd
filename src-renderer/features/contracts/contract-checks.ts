import { futureDateProblem, isWholeDate, issueAt } from '../../../src-main/contract/rules';
import {
  beforeSigningProblem,
  evaluationIssues,
  nextEvaluationAfterPeriodProblem,
  signedBeforeConcludedProblem,
} from '../../../src-main/contract/social-contract-rules';
import type { ContractContent, SocialContract } from '../../../src-main/contract/social-contracts';
import { addDays, formatDate } from '../../../src-main/domain/dates';
import type { FieldIssue } from '../../ui/confirmed-write';

/**
 * The contract's rules on the dates of its life (`contract/social-contract-rules.ts`), with
 * the contract on screen and the session's today, said in the dialog before the "cannot be
 * changed later" question: so a date in the future is marked on its field, not refused after
 * confirming. Each rule looks only at a date that is already a whole date; the schema
 * reports the rest.
 */

type Path = (string | number)[];

/** Podpisanie: not after today, not before the contract was concluded (drawn up). */
export function signingIssues(
  signedOn: unknown,
  contract: Pick<SocialContract, 'content'>,
  today: string,
): FieldIssue[] {
  return [
    ...issueAt(['signedOn'], futureDateProblem(signedOn, today)),
    ...issueAt(['signedOn'], signedBeforeConcludedProblem(signedOn, contract.content.concludedOn)),
  ];
}

/** An evaluation, an amendment or the end: not after today, not before the signing. */
export function lifeDateIssues(
  path: Path,
  date: unknown,
  contract: Pick<SocialContract, 'signedOn'>,
  today: string,
): FieldIssue[] {
  return [
    ...issueAt(path, futureDateProblem(date, today)),
    ...issueAt(path, beforeSigningProblem(date, contract.signedOn)),
  ];
}

/**
 * The next evaluation: after this one (the evaluation's own rule, said while other fields
 * are still empty) and within the contract's period.
 */
export function nextEvaluationIssues(
  date: unknown,
  next: unknown,
  content: Pick<ContractContent, 'periodTo'>,
): FieldIssue[] {
  const own = evaluationIssues({ date, nextEvaluationOn: next });
  if (own.length) return own;
  return issueAt(['nextEvaluationOn'], nextEvaluationAfterPeriodProblem(next, content.periodTo));
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
  if (!every || !isWholeDate(date)) return null;
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
  if (isWholeDate(content.periodTo) && content.periodTo > projectEnd)
    lines.push(`Kontrakt trwa do ${formatDate(content.periodTo)}, a projekt kończy się ${end}.`);
  (content.tasks ?? []).forEach((task, i) => {
    const due = task?.dueDate;
    if (isWholeDate(due) && due > projectEnd)
      lines.push(
        `Termin zadania ${i + 1} (${formatDate(due)}) przypada po zakończeniu projektu (${end}).`,
      );
  });
  return lines;
}

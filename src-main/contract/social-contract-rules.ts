import { formatDate } from '../domain/dates';
import { endBeforeStartProblem, isWholeDate, issueAt, type RuleIssue } from './rules';

/**
 * The social contract's rules on dates, written once (see `rules.ts`). Those on the input
 * alone are called by the channels' schemas (`social-contracts.ts`) and by the editor and
 * dialogs as the worker types; those that also need the stored contract (its signing, its
 * period) are called by the core's service with the contract it read, and by the dialogs
 * with the contract on screen. Each looks only at whole dates.
 */

/** The first evaluation falls within the contract's period (judged once the period is one). */
export function firstEvaluationProblem(
  firstOn: unknown,
  periodFrom: unknown,
  periodTo: unknown,
): string | null {
  if (!isWholeDate(firstOn) || !isWholeDate(periodFrom) || !isWholeDate(periodTo)) return null;
  if (periodTo < periodFrom || (firstOn >= periodFrom && firstOn <= periodTo)) return null;
  return `Pierwsza ocena musi przypaść w okresie kontraktu (${formatDate(periodFrom)}–${formatDate(periodTo)})`;
}

/** The content's own rules, on its paths: the period, and the first evaluation within it. */
export function contentIssues(content: {
  periodFrom?: unknown;
  periodTo?: unknown;
  evaluation?: { firstOn?: unknown } | null;
}): RuleIssue[] {
  const { periodFrom, periodTo } = content;
  return [
    ...issueAt(['periodTo'], endBeforeStartProblem(periodFrom, periodTo)),
    ...issueAt(
      ['evaluation', 'firstOn'],
      firstEvaluationProblem(content.evaluation?.firstOn, periodFrom, periodTo),
    ),
  ];
}

/** An amendment cannot apply before the day it is concluded. */
export function amendmentIssues(amendment: {
  date?: unknown;
  effectiveFrom?: unknown;
}): RuleIssue[] {
  const { date, effectiveFrom } = amendment;
  const early = isWholeDate(date) && isWholeDate(effectiveFrom) && effectiveFrom < date;
  return issueAt(
    ['effectiveFrom'],
    early ? 'Aneks nie może obowiązywać przed dniem jego zawarcia' : null,
  );
}

/** An evaluation's own dates: the next one after it, and none when the contract ends. */
export function evaluationIssues(evaluation: {
  date?: unknown;
  decision?: unknown;
  nextEvaluationOn?: unknown;
}): RuleIssue[] {
  const { date, decision, nextEvaluationOn: next } = evaluation;
  if (decision === 'end' && next)
    return issueAt(
      ['nextEvaluationOn'],
      'Przy zakończeniu kontraktu nie wyznacza się następnej oceny',
    );
  const early = isWholeDate(date) && isWholeDate(next) && next <= date;
  return issueAt(['nextEvaluationOn'], early ? 'Następna ocena musi być po dacie tej oceny' : null);
}

/** Signing: not before the contract was concluded (drawn up). Needs the stored content. */
export function signedBeforeConcludedProblem(
  signedOn: unknown,
  concludedOn: string,
): string | null {
  return isWholeDate(signedOn) && signedOn < concludedOn
    ? 'Data podpisania nie może być wcześniejsza niż data zawarcia'
    : null;
}

/** An evaluation, an amendment or the end: not before the signing (of a signed contract). */
export function beforeSigningProblem(date: unknown, signedOn: string | null): string | null {
  return isWholeDate(date) && signedOn && date < signedOn
    ? `Data nie może być wcześniejsza niż zawarcie kontraktu (${formatDate(signedOn)})`
    : null;
}

/** The next evaluation falls within the contract's period, whose end is stored. */
export function nextEvaluationAfterPeriodProblem(next: unknown, periodTo: string): string | null {
  return isWholeDate(next) && next > periodTo
    ? `Następna ocena musi przypaść w okresie kontraktu (do ${formatDate(periodTo)})`
    : null;
}

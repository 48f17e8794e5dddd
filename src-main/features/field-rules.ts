import { AppError } from '../contract/errors';
import { futureDateProblem, type RuleIssue } from '../contract/rules';

/**
 * Rules on one field that need the database or today's date, so they cannot live in the
 * zod schema; they fail the way a schema failure does, with the message on the field.
 */
export function refuseField(field: string | (string | number)[], message: string): never {
  const path = Array.isArray(field) ? field : [field];
  throw new AppError('invalid_input', message, { issues: [{ path, message }] });
}

/**
 * "Not in the future" — today (the request's day, from the core's clock) is allowed. The
 * rule and its one wording are the contract's (contract/rules.ts), which the forms call too.
 */
export function notInFuture(
  date: string | null,
  today: string,
  field: string | (string | number)[],
): void {
  const problem = futureDateProblem(date, today);
  if (problem) refuseField(field, problem);
}

/** Refuses the input with every issue, as a schema failure does (nothing is written). */
export function refuseIssues(issues: readonly RuleIssue[], prefix: (string | number)[] = []): void {
  if (!issues.length) return;
  throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
    issues: issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message })),
  });
}

import type { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/**
 * Rules written once, with one Polish wording each, that the contract's schemas call in
 * their refinements and the renderer's forms call on the raw values as the worker types
 * (zod skips an object's refinements while any of its fields is invalid, so a form cannot
 * wait for the schema). So every rule takes `unknown` and judges only whole dates: a value
 * still being typed, or missing, gives no problem here — its own field reports it.
 *
 * The wordings name no field: the field's label already says which date it is.
 */

/** A problem on one field, as zod and the forms place it. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** "Period end before start" — a project, a contract's period, a search's range. */
export const END_BEFORE_START = 'Data końcowa nie może być wcześniejsza niż początkowa';

/** "Not in the future" — today itself is allowed. */
export const FUTURE_DATE = 'Data nie może być z przyszłości';

/** A real calendar date 'YYYY-MM-DD' (not a half-typed one). */
export function isWholeDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value);
}

/** The end of a span lies before its start (the same day is a span of one day). */
export function endBeforeStartProblem(start: unknown, end: unknown): string | null {
  return isWholeDate(start) && isWholeDate(end) && end < start ? END_BEFORE_START : null;
}

/**
 * The date lies after today. Today is the caller's: the core's clock in a service, the
 * session's day in the renderer (`app/today.ts`) — never the computer's own date.
 */
export function futureDateProblem(date: unknown, today: string): string | null {
  return isWholeDate(date) && date > today ? FUTURE_DATE : null;
}

/** The problem on `path` as a list: none or one. */
export function issueAt(path: RuleIssue['path'], problem: string | null): RuleIssue[] {
  return problem === null ? [] : [{ path, message: problem }];
}

/** Reports the rules' issues from inside a schema's `superRefine`. */
export function addIssues<T>(ctx: z.RefinementCtx<T>, issues: readonly RuleIssue[]): void {
  for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
}

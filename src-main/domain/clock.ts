import { isIsoDate, todayIso } from './dates';

/**
 * Where "today" comes from. The core asks one clock per request, so a test, a demo or a
 * screenshot can fix the day and every rule ("not in the future", "ending soon",
 * "evaluation due") follows it — no rule reads the computer's date by itself.
 */
export interface Clock {
  /** The office's day as `YYYY-MM-DD` (local time, not UTC). */
  today(): string;
  /** The moment, for timestamps (audit entries, "updated at"); on the same day as `today`. */
  now(): Date;
}

/** The computer's own date: what the installed program and the web host use. */
export const systemClock: Clock = { today: () => todayIso(), now: () => new Date() };

/**
 * A clock stopped on one day. Its moments still move (the day's date with the computer's time
 * of day), so entries written one after another keep their order.
 */
export function fixedClock(day: string): Clock {
  if (!isIsoDate(day)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return {
    today: () => day,
    now: () => {
      const moment = new Date();
      moment.setFullYear(year, month - 1, date);
      return moment;
    },
  };
}

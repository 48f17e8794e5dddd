import { addDays } from '../dates';

/** A member's time in a group (członkostwo): both days inclusive; no end → still a member. */
export interface MembershipPeriod {
  joinedOn: string;
  leftOn: string | null;
}

/** The most members present on any one day, and the first such day (null when none). */
export function peakMembers(periods: readonly MembershipPeriod[]): {
  count: number;
  on: string | null;
} {
  // +1 on the day a member joins, −1 on the day after they leave; on one day the leaving
  // come before the joining, so a member replaced from the next day never counts twice.
  const events = periods.flatMap((p) => [
    { day: p.joinedOn, delta: 1 },
    ...(p.leftOn === null ? [] : [{ day: addDays(p.leftOn, 1), delta: -1 }]),
  ]);
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.delta - b.delta));
  let now = 0;
  let peak = { count: 0, on: null as string | null };
  for (const e of events) {
    now += e.delta;
    if (now > peak.count) peak = { count: now, on: e.day };
  }
  return peak;
}

/** Whether the member belongs to the group on `day`. */
export function isMemberOn(period: MembershipPeriod, day: string): boolean {
  return period.joinedOn <= day && (period.leftOn === null || day <= period.leftOn);
}

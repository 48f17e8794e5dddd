import { fixedClock, type Clock } from '../../src-main/domain/clock';

/**
 * The day the integration and end-to-end tests live on. The core's clock is stopped here, so
 * every date a test types ("in the future", "ending soon", "evaluation due") keeps its meaning
 * whatever the computer's date — the suite passes the same a year from now.
 */
export const TEST_TODAY = '2026-11-23';

/** A stopped clock that a test may move to another day. */
export interface TestClock extends Clock {
  set(day: string): void;
}

export function testClock(day = TEST_TODAY): TestClock {
  let clock = fixedClock(day);
  return {
    today: () => clock.today(),
    now: () => clock.now(),
    set(next) {
      clock = fixedClock(next);
    },
  };
}

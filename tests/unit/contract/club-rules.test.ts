import { describe, expect, it } from 'vitest';
import {
  SLOTS_OVERLAP,
  SLOT_END_BEFORE_START,
  cycleEndDate,
  cycleInProjectIssues,
  daysOffIssues,
  hoursText,
  longestSlotMinutes,
  sessionTooLongProblem,
  slotIssues,
  weekWindowIssues,
} from '../../../src-main/contract/club-rules';
import { isMemberOn, peakMembers } from '../../../src-main/domain/club/membership';

const slot = (weekday: number, from: number, to: number) => ({ weekday, from, to });

describe('the club’s input rules', () => {
  it('ends a cycle of n weeks on its 7·n-th day', () => {
    expect(cycleEndDate('2026-09-07', 1)).toBe('2026-09-13');
    expect(cycleEndDate('2026-09-07', 38)).toBe('2027-05-30');
  });

  it('says hours as a reader does', () => {
    expect([240, 210, 200, 45].map(hoursText)).toEqual(['4 h', '3,5 h', '3 h 20 min', '45 min']);
  });

  it('finds slots ending before they start and slots overlapping on one day, not touching ones', () => {
    expect(
      slotIssues([slot(1, 540, 780), slot(1, 780, 900), slot(1, 600, 660), slot(2, 600, 540)]),
    ).toEqual([
      { path: [3, 'to'], message: SLOT_END_BEFORE_START },
      { path: [2], message: SLOTS_OVERLAP },
    ]);
    // Half-typed values are not judged.
    expect(slotIssues([{ weekday: 1, from: 540 }, null, 'x'])).toEqual([]);
    expect(slotIssues(undefined)).toEqual([]);
  });

  it('measures the longest slot of several lists and refuses a longer session', () => {
    expect(longestSlotMinutes([slot(1, 540, 780)], null, [slot(2, 480, 780)])).toBe(300);
    expect(sessionTooLongProblem(4, 240)).toBeNull();
    expect(sessionTooLongProblem(5, 240)).toBe(
      'Zajęcia nie mogą trwać dłużej niż najdłuższe spotkanie (4 h)',
    );
    expect(sessionTooLongProblem('5', 240)).toBeNull();
  });

  it('keeps a module’s window of weeks in order and within the cycle', () => {
    expect(weekWindowIssues(5, 3, 38)).toEqual([
      { path: ['weekTo'], message: 'Tydzień końcowy nie może być wcześniejszy niż początkowy' },
    ]);
    expect(weekWindowIssues(2, 40, 38)).toEqual([
      { path: ['weekTo'], message: 'Cykl ma tylko 38 tygodni' },
    ]);
    expect(weekWindowIssues(null, null, 38)).toEqual([]);
  });

  it('keeps days off and the cycle within their spans, judging only whole values', () => {
    expect(daysOffIssues(['2026-09-06', '2026-09-08'], '2026-09-07', 1)).toEqual([
      { path: [0], message: 'Dzień wolny musi przypadać w czasie cyklu (07.09.2026–13.09.2026)' },
    ]);
    expect(daysOffIssues(['2026-09-06'], '9999-12-31', 104)).toEqual([]);
    const project = { startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(cycleInProjectIssues('2026-12-21', 2, project)).toEqual([
      {
        path: ['weeks'],
        message: 'Cykl kończyłby się 03.01.2027, po końcu projektu (01.01.2026–31.12.2026)',
      },
    ]);
    expect(cycleInProjectIssues('2026-12-18', 2, project)).toEqual([]);
    expect(cycleInProjectIssues('2026-12-21', Number.MAX_SAFE_INTEGER, project)).toEqual([]);
  });
});

describe('group membership periods', () => {
  it('counts the most members on one day; one who leaves makes room from the next day', () => {
    expect(peakMembers([])).toEqual({ count: 0, on: null });
    expect(
      peakMembers([
        { joinedOn: '2026-09-07', leftOn: '2026-09-20' },
        { joinedOn: '2026-09-21', leftOn: null },
        { joinedOn: '2026-09-07', leftOn: null },
      ]),
    ).toEqual({ count: 2, on: '2026-09-07' });
    expect(
      peakMembers([
        { joinedOn: '2026-09-07', leftOn: '2026-09-21' },
        { joinedOn: '2026-09-21', leftOn: null },
      ]),
    ).toEqual({ count: 2, on: '2026-09-21' });
  });

  it('tells whether a member belongs to the group on a day (both ends included)', () => {
    const period = { joinedOn: '2026-09-07', leftOn: '2026-09-20' };
    expect(
      ['2026-09-06', '2026-09-07', '2026-09-20', '2026-09-21'].map((d) => isMemberOn(period, d)),
    ).toEqual([false, true, true, false]);
  });
});

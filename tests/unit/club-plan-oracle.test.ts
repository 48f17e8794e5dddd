/**
 * The oracle that judges the KIS planner must itself be able to fail: a hand-made valid plan
 * passes, and breaking each hard rule in a copy makes it report exactly that rule.
 */
import { describe, expect, it } from 'vitest';
import type { PlanInput, PlannedSession } from '../../src-main/domain/club/model';
import {
  cycleWeekOf,
  groupMeetingHours,
  polishHolidays,
  validatePlan,
} from '../support/club-plan-oracle';

const MON_TO_FRI_8_16 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as 1 | 2 | 3 | 4 | 5,
  from: 480,
  to: 960,
}));

/**
 * Four weeks from Monday 15 March 2027 (weeks: 15.03, 22.03, 29.03, 05.04; the cycle ends on
 * 11.04). Easter Monday 29.03 falls in week 3, so that week has only Wednesday 31.03.
 */
const INPUT: PlanInput = {
  edition: {
    startDate: '2027-03-15',
    weeks: 4,
    meetings: [
      { weekday: 1, from: 540, to: 780 },
      { weekday: 3, from: 540, to: 780 },
    ],
    daysOff: [],
  },
  groups: [{ id: 1, name: 'Grupa A', size: 10, meetings: null }],
  modules: [
    {
      id: 1,
      name: 'Trening kompetencji',
      hours: 12,
      specialists: ['psychologist'],
      minSession: 2,
      maxSession: 4,
      pattern: 'weekly',
      weekFrom: null,
      weekTo: null,
      roomFeatures: [],
      duty: false,
    },
    {
      id: 2,
      name: 'Doradztwo zawodowe',
      hours: 4,
      specialists: ['career counsellor'],
      minSession: 2,
      maxSession: 2,
      // Window weeks 2-4 (22.03-11.04): March is clipped to 22-31.03, April to 01-11.04.
      pattern: 'monthly',
      weekFrom: 2,
      weekTo: 4,
      roomFeatures: ['computers'],
      duty: false,
    },
  ],
  trainers: [
    {
      id: 1,
      name: 'Anna',
      specialisations: ['psychologist', 'pedagogue'],
      availability: MON_TO_FRI_8_16,
      // Just after the cycle: must not matter.
      absences: [{ from: '2027-04-12', to: '2027-04-16' }],
      maxHoursPerWeek: 4,
    },
    {
      id: 2,
      name: 'Piotr',
      specialisations: ['career counsellor'],
      availability: [
        { weekday: 1, from: 540, to: 780 },
        { weekday: 3, from: 540, to: 780 },
      ],
      absences: [],
      maxHoursPerWeek: null,
    },
  ],
  rooms: [
    {
      id: 1,
      name: 'Sala 1',
      capacity: 12,
      features: ['computers'],
      availability: MON_TO_FRI_8_16,
    },
  ],
};

const s = (
  moduleId: number,
  trainerId: number,
  date: string,
  from: number,
  to: number,
): PlannedSession => ({
  groupId: 1,
  moduleId,
  trainerId,
  roomId: 1,
  date,
  from,
  to,
  locked: false,
});

/** Module 1: 3 h in each week (12 h); module 2: one 2 h session in March and one in April. */
const PLAN: PlannedSession[] = [
  s(1, 1, '2027-03-15', 540, 720), // #0 week 1 Mon
  s(1, 1, '2027-03-22', 540, 720), // #1 week 2 Mon
  s(2, 2, '2027-03-24', 540, 660), // #2 week 2 Wed (March)
  s(1, 1, '2027-03-31', 540, 720), // #3 week 3 Wed (Monday is Easter Monday)
  s(1, 1, '2027-04-05', 540, 720), // #4 week 4 Mon
  s(2, 2, '2027-04-07', 600, 720), // #5 week 4 Wed (April)
];

function fresh(): { input: PlanInput; plan: PlannedSession[] } {
  return { input: structuredClone(INPUT), plan: structuredClone(PLAN) };
}

/** The copy broke exactly one rule: something is reported, and only under that rule's tag. */
function expectOnly(violations: string[], rule: string, count?: number): void {
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.filter((v) => !v.startsWith(`${rule}:`))).toEqual([]);
  if (count !== undefined) expect(violations).toHaveLength(count);
}

/** The copy could not break the rule alone: it is reported, maybe beside its consequences. */
function expectIncludes(violations: string[], pattern: RegExp): void {
  expect(
    violations.some((v) => pattern.test(v)),
    violations.join('\n'),
  ).toBe(true);
}

describe('validatePlan', () => {
  it('accepts the hand-made valid plan', () => {
    const { input, plan } = fresh();
    expect(validatePlan(input, plan)).toEqual([]);
  });

  it('does not depend on the order of sessions', () => {
    const { input, plan } = fresh();
    expect(validatePlan(input, [...plan].reverse())).toEqual([]);
  });

  it.each(['group', 'module', 'trainer', 'room'] as const)('reports an unknown %s', (kind) => {
    const { input, plan } = fresh();
    const key = `${kind}Id` as const;
    plan[0]![key] = 99;
    expectIncludes(validatePlan(input, plan), new RegExp(`^reference: .*unknown ${kind} 99`));
  });

  it('reports a session that does not end after it starts', () => {
    const { input, plan } = fresh();
    plan[0] = { ...plan[0]!, from: 720, to: 540 };
    expectIncludes(validatePlan(input, plan), /^time: session #0 .*from must be before to/);
  });

  it('reports lengths that are not whole hours (total kept at 12 h)', () => {
    const { input, plan } = fresh();
    plan[0]!.to = 690; // 2.5 h
    plan[1]!.to = 750; // 3.5 h
    const v = validatePlan(input, plan);
    expectOnly(v, 'whole hours', 2);
    expect(v[0]).toMatch(/150 min, not a whole number of hours/);
  });

  it('reports sessions shorter than the module minimum', () => {
    const { input, plan } = fresh();
    input.modules[0]!.minSession = 4;
    const v = validatePlan(input, plan);
    expectOnly(v, 'session length', 4);
    expect(v[0]).toMatch(/3 h, below the module's minimum session of 4 h/);
  });

  it('reports sessions longer than the module maximum', () => {
    const { input, plan } = fresh();
    input.modules[0]!.maxSession = 2;
    const v = validatePlan(input, plan);
    expectOnly(v, 'session length', 4);
    expect(v[0]).toMatch(/above the module's maximum session of 2 h/);
  });

  it('reports a group × module whose hours differ from the module hours', () => {
    const { input, plan } = fresh();
    input.modules[1]!.hours = 6;
    const v = validatePlan(input, plan);
    expectOnly(v, 'module hours', 1);
    expect(v[0]).toMatch(/group 1 .*module 2 .*4 h planned, but the module requires 6 h/);
  });

  it('reports a session with no valid date', () => {
    const { input, plan } = fresh();
    plan[0]!.date = '2027-02-30';
    expectIncludes(validatePlan(input, plan), /^date: session #0 .*has no valid ISO date/);
  });

  it.each([
    ['before', '2027-03-08', 0],
    ['after', '2027-04-12', 5],
  ])('reports a session %s the cycle', (_when, date, week) => {
    const { input, plan } = fresh();
    // A free module and no absences, so that only the cycle rule is at stake.
    input.modules[0]!.pattern = 'free';
    input.trainers[0]!.absences = [];
    plan[0]!.date = date;
    const v = validatePlan(input, plan);
    expectOnly(v, 'cycle', 1);
    expect(v[0]).toContain(`outside the cycle (cycle week ${week}`);
  });

  it("reports a session outside the module's window", () => {
    const { input, plan } = fresh();
    // April's period shrinks to 01-04.04 (Thu-Sun), which has no meeting day: no pattern break.
    input.modules[1]!.weekTo = 3;
    const v = validatePlan(input, plan);
    expectOnly(v, 'module window', 1);
    expect(v[0]).toMatch(/session #5 .*cycle week 4, outside the module's window \(weeks 2\.\.3\)/);
  });

  it("reports a session running past the group's meeting slot", () => {
    const { input, plan } = fresh();
    plan[0] = { ...plan[0]!, from: 720, to: 900 }; // 12:00-15:00, meeting ends at 13:00
    expectOnly(validatePlan(input, plan), 'meeting slot', 1);
  });

  it("uses the group's own meetings instead of the edition's", () => {
    const { input, plan } = fresh();
    input.groups[0]!.meetings = [
      { weekday: 2, from: 540, to: 780 },
      { weekday: 4, from: 540, to: 780 },
    ];
    const v = validatePlan(input, plan);
    expectOnly(v, 'meeting slot', 6);
    expect(v[0]).toMatch(/meeting slots on Monday/);
  });

  it('reports a session on a public holiday', () => {
    const { input, plan } = fresh();
    plan[3]!.date = '2027-03-29'; // Easter Monday, still week 3
    const v = validatePlan(input, plan);
    expectOnly(v, 'holiday', 1);
    expect(v[0]).toMatch(/session #3 .*public holiday/);
  });

  it('reports a session on an office day off', () => {
    const { input, plan } = fresh();
    input.edition.daysOff = ['2027-03-15'];
    expectOnly(validatePlan(input, plan), 'day off', 1);
  });

  it('reports a group in two overlapping sessions', () => {
    const { input, plan } = fresh();
    // A second room, so that only the group (not the room) is double-booked.
    input.rooms.push({ ...structuredClone(INPUT.rooms[0]!), id: 2, name: 'Sala 2' });
    plan[2] = { ...plan[2]!, date: '2027-03-22', from: 600, to: 720, roomId: 2 };
    const v = validatePlan(input, plan);
    expectOnly(v, 'group overlap', 1);
    expect(v[0]).toMatch(/session #1 .* and session #2 /);
  });

  it('does not count sessions that only touch as overlapping', () => {
    const { input, plan } = fresh();
    // #1 moves to right after #2 ends (2 h), #0 grows to 4 h to keep the 12 h.
    plan[1] = { ...plan[1]!, date: '2027-03-24', from: 660, to: 780 };
    plan[0]!.to = 780;
    expect(validatePlan(input, plan)).toEqual([]);
  });

  it('reports a trainer in two overlapping sessions', () => {
    const { input, plan } = fresh();
    // Group 2 gets the same timetable in another room with the same trainers.
    input.groups.push({ id: 2, name: 'Grupa B', size: 10, meetings: null });
    input.rooms.push({ ...structuredClone(INPUT.rooms[0]!), id: 2, name: 'Sala 2' });
    input.trainers[0]!.maxHoursPerWeek = null;
    const v = validatePlan(input, [...plan, ...plan.map((x) => ({ ...x, groupId: 2, roomId: 2 }))]);
    expectOnly(v, 'trainer overlap', 6);
  });

  it('reports a room in two overlapping sessions', () => {
    const { input, plan } = fresh();
    // Group 2 gets the same timetable in the same room with other trainers.
    input.groups.push({ id: 2, name: 'Grupa B', size: 10, meetings: null });
    input.trainers.push(
      { ...structuredClone(INPUT.trainers[0]!), id: 3, name: 'Beata' },
      { ...structuredClone(INPUT.trainers[1]!), id: 4, name: 'Marek' },
    );
    const other = plan.map((x) => ({ ...x, groupId: 2, trainerId: x.trainerId + 2 }));
    expectOnly(validatePlan(input, [...plan, ...other]), 'room overlap', 6);
  });

  it('reports a trainer without any of the specialisations the module needs', () => {
    const { input, plan } = fresh();
    plan[0]!.trainerId = 2; // a career counsellor leading the psychologist's module
    const v = validatePlan(input, plan);
    expectOnly(v, 'specialisation', 1);
    expect(v[0]).toMatch(/trainer 2 \(Piotr\).*\[psychologist\]/);
  });

  it("reports a session outside the trainer's availability", () => {
    const { input, plan } = fresh();
    input.trainers[0]!.availability = MON_TO_FRI_8_16.filter((a) => a.weekday !== 3);
    const v = validatePlan(input, plan);
    expectOnly(v, 'trainer availability', 1);
    expect(v[0]).toMatch(/session #3 .*trainer 1 \(Anna\)'s availability on Wednesday/);
  });

  it.each([
    ['2027-03-31', '2027-03-31'],
    ['2027-03-25', '2027-03-31'],
    ['2027-03-31', '2027-04-02'],
  ])('reports a session while the trainer is absent (%s..%s, inclusive)', (from, to) => {
    const { input, plan } = fresh();
    input.trainers[0]!.absences = [{ from, to }];
    const v = validatePlan(input, plan);
    expectOnly(v, 'trainer absence', 1);
    expect(v[0]).toMatch(/session #3 .*absent/);
  });

  it('accepts an absence between sessions', () => {
    const { input, plan } = fresh();
    input.trainers[0]!.absences = [{ from: '2027-03-16', to: '2027-03-21' }];
    expect(validatePlan(input, plan)).toEqual([]);
  });

  it("reports weeks above the trainer's weekly limit", () => {
    const { input, plan } = fresh();
    input.trainers[0]!.maxHoursPerWeek = 2;
    const v = validatePlan(input, plan);
    expectOnly(v, 'trainer weekly hours', 4);
    expect(v[0]).toMatch(/trainer 1 \(Anna\) has 3 h in cycle week 1, above the limit of 2 h/);
  });

  it("counts the trainer's hours over all groups", () => {
    const { input, plan } = fresh();
    // Group 2 meets on Tuesday/Thursday and gets the plan a day later: 3 h + 3 h a week.
    input.groups.push({
      id: 2,
      name: 'Grupa B',
      size: 10,
      meetings: [
        { weekday: 2, from: 540, to: 780 },
        { weekday: 4, from: 540, to: 780 },
      ],
    });
    input.trainers[1]!.availability = MON_TO_FRI_8_16;
    const shifted = plan.map((x) => {
      const day = Number(x.date.slice(8)) + 1;
      return { ...x, groupId: 2, date: `${x.date.slice(0, 8)}${String(day).padStart(2, '0')}` };
    });
    // 31.03 + 1 is 01.04, still in week 3.
    shifted[3]!.date = '2027-04-01';
    const v = validatePlan(input, [...plan, ...shifted]);
    expectOnly(v, 'trainer weekly hours', 4);
    expect(v[0]).toMatch(/has 6 h in cycle week 1, above the limit of 4 h/);
  });

  it('reports a room too small for the group', () => {
    const { input, plan } = fresh();
    input.groups[0]!.size = 13;
    const v = validatePlan(input, plan);
    expectOnly(v, 'room capacity', 6);
    expect(v[0]).toMatch(/seating 12, fewer than the 13 needed/);
  });

  it('lets a duty module use a room smaller than the group', () => {
    const { input, plan } = fresh();
    input.groups[0]!.size = 13;
    input.modules[1]!.duty = true;
    const v = validatePlan(input, plan);
    expectOnly(v, 'room capacity', 4);
    expect(v.every((x) => /module 1,/.test(x))).toBe(true);
  });

  it('still needs one seat for a duty module', () => {
    const { input, plan } = fresh();
    input.modules[1]!.duty = true;
    input.groups[0]!.size = 0;
    input.rooms[0]!.capacity = 0;
    const v = validatePlan(input, plan);
    expectOnly(v, 'room capacity', 2);
    expect(v[0]).toMatch(/module 2,.*fewer than the 1 needed/);
  });

  it('reports a room without the features the module needs', () => {
    const { input, plan } = fresh();
    input.modules[0]!.roomFeatures = ['kitchen', 'computers'];
    const v = validatePlan(input, plan);
    expectOnly(v, 'room features', 4);
    expect(v[0]).toMatch(/lacks \[kitchen\]$/);
  });

  it("reports a session outside the room's availability", () => {
    const { input, plan } = fresh();
    input.rooms[0]!.availability = [{ weekday: 1, from: 480, to: 960 }];
    expectOnly(validatePlan(input, plan), 'room availability', 3);
  });

  it('reports a weekly module missing from a week the group meets in', () => {
    const { input, plan } = fresh();
    // Module 2 has sessions in weeks 2 and 4; week 3 has a meeting day (31.03).
    input.modules[1]!.pattern = 'weekly';
    const v = validatePlan(input, plan);
    expectOnly(v, 'pattern', 1);
    expect(v[0]).toMatch(
      /period week 3 \(2027-03-29\.\.2027-04-04\) has 0 session\(s\), expected exactly one/,
    );
  });

  it('reports a biweekly module with two sessions in a pair of weeks', () => {
    const { input, plan } = fresh();
    input.modules[0]!.pattern = 'biweekly';
    const v = validatePlan(input, plan);
    expectOnly(v, 'pattern', 2);
    expect(v[0]).toMatch(/period weeks 1-2 \(2027-03-15\.\.2027-03-28\) has 2 session\(s\)/);
  });

  it('counts biweekly pairs from the first cycle week, not from the window', () => {
    const { input, plan } = fresh();
    // Window 2..4: pairs are {2} and {3, 4}. Sessions in weeks 2 and 3 fit them, though they
    // would both fall in one pair if pairs were counted from the window's start.
    input.modules[1]!.pattern = 'biweekly';
    plan[5] = { ...plan[5]!, date: '2027-03-31', from: 540, to: 660 };
    plan[3] = { ...plan[3]!, from: 660, to: 780 }; // 2 h now…
    plan[4]!.to = 780; // …and 4 h here keep module 1 at 12 h
    expect(validatePlan(input, plan)).toEqual([]);
  });

  it('reports a monthly module with several sessions in a month', () => {
    const { input, plan } = fresh();
    input.modules[0]!.pattern = 'monthly';
    const v = validatePlan(input, plan);
    expectOnly(v, 'pattern', 1);
    expect(v[0]).toMatch(/period month 2027-03 \(2027-03-15\.\.2027-03-31\) has 3 session\(s\)/);
  });

  it('requires no session in a period without any meeting day', () => {
    const { input, plan } = fresh();
    input.edition.daysOff = ['2027-03-15', '2027-03-17'];
    const v = validatePlan(input, plan);
    expectIncludes(v, /^pattern: .*period week 1 .*has 1 session\(s\), expected none/);
  });
});

describe('polishHolidays', () => {
  it.each([
    [
      2026,
      ['04-05', '04-06', '05-24', '06-04'], // Easter, Easter Monday, Pentecost, Corpus Christi
    ],
    [2027, ['03-28', '03-29', '05-16', '05-27']],
    [2028, ['04-16', '04-17', '06-04', '06-15']],
  ])('lists every holiday of %i', (year, movable) => {
    const expected = [
      '01-01',
      '01-06',
      ...movable,
      '05-01',
      '05-03',
      '08-15',
      '11-01',
      '11-11',
      '12-24',
      '12-25',
      '12-26',
    ]
      .map((md) => `${year}-${md}`)
      .sort();
    expect(polishHolidays(year)).toEqual(expected);
  });

  it('adds Christmas Eve from 2025 on', () => {
    expect(polishHolidays(2024)).not.toContain('2024-12-24');
    expect(polishHolidays(2024)).toHaveLength(13);
    expect(polishHolidays(2025)).toContain('2025-12-24');
    expect(polishHolidays(2025)).toHaveLength(14);
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'], // the latest possible Easter
    [2285, '2285-03-22'], // the earliest possible Easter
  ])('finds Easter %i', (year, easter) => {
    expect(polishHolidays(year)).toContain(easter);
  });
});

describe('groupMeetingHours', () => {
  /**
   * Two weeks from Monday 22.03.2027, meetings Mon/Wed 9:00-13:00 (4 h):
   * week 1: Mon 22.03 + Wed 24.03 = 8 h; week 2: Mon 29.03 is Easter Monday, Wed 31.03 = 4 h.
   * Whole cycle: 12 h.
   */
  const twoWeeks = (): PlanInput => {
    const input = structuredClone(INPUT);
    input.edition.startDate = '2027-03-22';
    input.edition.weeks = 2;
    return input;
  };

  it('counts meeting hours without the holiday', () => {
    expect(groupMeetingHours(twoWeeks(), 1)).toBe(12);
    expect(groupMeetingHours(twoWeeks(), 1, 1, 1)).toBe(8);
    expect(groupMeetingHours(twoWeeks(), 1, 2, 2)).toBe(4);
    expect(groupMeetingHours(twoWeeks(), 1, 2)).toBe(4);
  });

  it('clips weeks to the cycle', () => {
    expect(groupMeetingHours(twoWeeks(), 1, 0, 9)).toBe(12);
  });

  it('leaves out office days off', () => {
    const input = twoWeeks();
    input.edition.daysOff = ['2027-03-24']; // Wed of week 1: 12 - 4 = 8 h
    expect(groupMeetingHours(input, 1)).toBe(8);
  });

  it("uses the group's own meetings", () => {
    const input = twoWeeks();
    // Tuesdays 9:00-10:30: 23.03 and 30.03 (not a holiday) = 2 × 1.5 h.
    input.groups[0]!.meetings = [{ weekday: 2, from: 540, to: 630 }];
    expect(groupMeetingHours(input, 1)).toBe(3);
  });

  it('throws on an unknown group', () => {
    expect(() => groupMeetingHours(twoWeeks(), 99)).toThrow(/Unknown group 99/);
  });
});

describe('cycleWeekOf', () => {
  it.each([
    ['2027-03-15', 1],
    ['2027-03-21', 1],
    ['2027-03-22', 2],
    ['2027-04-11', 4],
    ['2027-04-12', 5],
    ['2027-03-14', 0],
    ['2027-03-08', 0],
    ['2027-03-07', -1],
  ])('puts %s in week %i', (date, week) => {
    expect(cycleWeekOf(INPUT, date)).toBe(week);
  });
});

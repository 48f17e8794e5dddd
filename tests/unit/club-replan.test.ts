/**
 * Re-planning the KIS timetable from a date (issue 8, item 6): the psychologist falls ill for
 * a week in the middle of the cycle; only unlocked sessions from that week on may move, and
 * as few as possible. Every result is judged by the independent oracle under the NEW input.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import type { PlanInput, PlannedSession } from '../../src-main/domain/club/model';
import { planTimetable, replanTimetable } from '../../src-main/domain/club/planner';
import { radomInstance, weekly } from '../support/club-instances';
import { cycleWeekOf, validatePlan } from '../support/club-plan-oracle';

const PSYCHOLOGIST = 1;
const PSYCHOEDUCATION = 1;

const input = radomInstance({ meetings: [...weekly([1, 3], 9, 13), ...weekly([5], 9, 14)] });
const first = planTimetable(input);
if (!first.ok) throw new Error(first.problems.map((p) => p.message).join('\n'));
const plan: readonly PlannedSession[] = first.sessions;

/** Monday of cycle week 19 (the cycle starts on Monday 4.01.2027). */
const fromDate = addDays(input.edition.startDate, 18 * 7);

const sameSession = (a: PlannedSession, b: PlannedSession): boolean =>
  a.groupId === b.groupId &&
  a.moduleId === b.moduleId &&
  a.trainerId === b.trainerId &&
  a.roomId === b.roomId &&
  a.date === b.date &&
  a.from === b.from &&
  a.to === b.to;

function absentFrom(base: PlanInput, from: string, to: string): PlanInput {
  const next = structuredClone(base);
  next.trainers.find((t) => t.id === PSYCHOLOGIST)!.absences = [{ from, to }];
  return next;
}

/** The plan with a few future sessions of other trainers locked, spread over the rest of the cycle. */
function withLocks(): { sessions: PlannedSession[]; locked: PlannedSession[] } {
  const sessions = plan.map((s) => ({ ...s }));
  const others = sessions.filter((s) => s.date >= fromDate && s.trainerId !== PSYCHOLOGIST);
  const locked = [0, 7, 30, 90].map((i) => others[i]!);
  for (const s of locked) s.locked = true;
  // One of them in the week of the absence itself.
  if (cycleWeekOf(input, locked[0]!.date) !== 19) throw new Error('no lock in week 19');
  return { sessions, locked: locked.map((s) => ({ ...s })) };
}

describe('replanTimetable after a week of the psychologist’s illness', () => {
  const ill = absentFrom(input, fromDate, addDays(fromDate, 6));
  const { sessions, locked } = withLocks();
  const result = replanTimetable(ill, sessions, fromDate);

  it('starts from a valid plan in which the psychologist works that week', () => {
    expect(validatePlan(input, plan)).toEqual([]);
    const week = plan.filter(
      (s) => s.trainerId === PSYCHOLOGIST && s.date >= fromDate && s.date <= addDays(fromDate, 6),
    );
    expect(week.length).toBeGreaterThan(0);
    // …so the old plan breaks the new input.
    expect(validatePlan(ill, plan).join('\n')).toContain('trainer absence');
  });

  it('gives a plan the oracle accepts under the new input', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validatePlan(ill, result.sessions)).toEqual([]);
    expect(
      result.sessions.filter(
        (s) => s.trainerId === PSYCHOLOGIST && s.date >= fromDate && s.date <= addDays(fromDate, 6),
      ),
    ).toEqual([]);
  });

  it('keeps every session before the date unchanged', () => {
    if (!result.ok) throw new Error('no plan');
    const before = plan.filter((s) => s.date < fromDate);
    expect(before.length).toBeGreaterThan(100);
    const after = result.sessions.filter((s) => s.date < fromDate);
    expect(after).toHaveLength(before.length);
    for (const s of before) expect(after).toContainEqual(s);
  });

  it('keeps every locked session unchanged and locked', () => {
    if (!result.ok) throw new Error('no plan');
    for (const s of locked) expect(result.sessions).toContainEqual(s);
    expect(result.sessions.filter((s) => s.locked)).toHaveLength(locked.length);
  });

  it('moves few sessions, and says exactly how many', () => {
    if (!result.ok) throw new Error('no plan');
    const oldFuture = sessions.filter((s) => s.date >= fromDate);
    const moved = result.sessions.filter(
      (s) => s.date >= fromDate && !oldFuture.some((old) => sameSession(old, s)),
    ).length;
    expect(result.moved).toBe(moved);
    expect(result.moved).toBeGreaterThan(0);
    expect(result.moved).toBeLessThan(20);
    // At least the psychologist's sessions of that week had to go.
    const hers = sessions.filter(
      (s) => s.trainerId === PSYCHOLOGIST && s.date >= fromDate && s.date <= addDays(fromDate, 6),
    );
    expect(result.moved).toBeGreaterThanOrEqual(hers.length);
    expect(result.sessions.length).toBeLessThanOrEqual(plan.length + result.moved);
  });

  it('keeps the hours of every module (the oracle counts them) and reports a soft score', () => {
    if (!result.ok) throw new Error('no plan');
    const hours = (list: readonly PlannedSession[], moduleId: number, groupId: number) =>
      list
        .filter((s) => s.moduleId === moduleId && s.groupId === groupId)
        .reduce((sum, s) => sum + (s.to - s.from) / 60, 0);
    expect(hours(result.sessions, PSYCHOEDUCATION, 1)).toBe(48);
    expect(hours(result.sessions, PSYCHOEDUCATION, 2)).toBe(48);
    expect(result.soft.score).toBeGreaterThanOrEqual(0);
    expect(result.soft.score).toBeLessThanOrEqual(100);
  });

  it('is deterministic', () => {
    expect(replanTimetable(structuredClone(ill), withLocks().sessions, fromDate)).toEqual(result);
  });
});

describe('replanTimetable without a change', () => {
  it('moves nothing and gives back the same plan', () => {
    const { sessions } = withLocks();
    const result = replanTimetable(input, sessions, fromDate);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.moved).toBe(0);
    expect(result.sessions).toHaveLength(sessions.length);
    for (const s of sessions) expect(result.sessions).toContainEqual(s);
    expect(validatePlan(input, result.sessions)).toEqual([]);
  });

  it('moves nothing when re-planned from the first day either', () => {
    const result = replanTimetable(input, [...plan], input.edition.startDate);
    expect(result.ok && result.moved).toBe(0);
  });
});

describe('replanTimetable when the rest of the cycle becomes impossible', () => {
  it('answers in Polish, naming the module and the hours', () => {
    // The only psychologist leaves for good from week 19: half of Psychoedukacja is left.
    const end = addDays(input.edition.startDate, 7 * input.edition.weeks - 1);
    const gone = absentFrom(input, fromDate, end);
    const result = replanTimetable(gone, plan.slice(), fromDate);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    const psycho = result.problems.filter((p) => p.moduleId === PSYCHOEDUCATION);
    expect(psycho.length).toBeGreaterThan(0);
    const doneBefore = plan
      .filter((s) => s.groupId === 1 && s.moduleId === PSYCHOEDUCATION && s.date < fromDate)
      .reduce((sum, s) => sum + (s.to - s.from) / 60, 0);
    expect(doneBefore).toBeLessThan(48);
    for (const p of result.problems) {
      // Polish: the module's name in Polish quotes and hours as "N h".
      expect(p.message).toMatch(/„[^”]+”/);
      expect(p.message).toMatch(/\d+ h/);
      expect(p.message).toMatch(/[ąćęłńóśźż]/);
    }
    expect(psycho.map((p) => p.message).join('\n')).toContain('Psychoedukacja');
  });
});

describe('a locked session the new input forbids', () => {
  const monday = (from: number, to: number) => [
    { weekday: 1 as const, from: from * 60, to: to * 60 },
  ];
  const tiny = (): PlanInput => ({
    edition: { startDate: '2027-01-04', weeks: 2, meetings: monday(9, 11), daysOff: [] },
    groups: [{ id: 1, name: 'Grupa 1', size: 5, meetings: null }],
    modules: [
      {
        id: 1,
        name: 'Psychoedukacja',
        hours: 4,
        specialists: ['psychologist'],
        minSession: 2,
        maxSession: 2,
        pattern: 'free',
        weekFrom: null,
        weekTo: null,
        roomFeatures: [],
        duty: false,
      },
    ],
    trainers: [
      {
        id: 1,
        name: 'Anna Wiśniewska',
        specialisations: ['psychologist'],
        availability: monday(8, 16),
        absences: [],
        maxHoursPerWeek: null,
      },
    ],
    rooms: [{ id: 1, name: 'Sala', capacity: 10, features: [], availability: monday(8, 16) }],
  });

  it('refuses when locked sessions already exceed hours the programme was cut to', () => {
    const first = planTimetable(tiny());
    if (!first.ok) throw new Error('the tiny instance must plan');
    const sessions = first.sessions.map((s) => ({ ...s, locked: true }));
    const cut = tiny();
    cut.modules[0]!.hours = 2;
    const result = replanTimetable(cut, sessions, '2027-01-04');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ needed: 2, available: 4 })]);
    expect(result.problems[0]!.message).toContain('mają razem 4 h, a program wymaga 2 h');
  });

  it('is neither kept silently nor moved: the answer names it and the reason', () => {
    const first = planTimetable(tiny());
    if (!first.ok) throw new Error('the tiny instance must plan');
    const sessions = first.sessions.map((s) => ({ ...s, locked: s.date === '2027-01-04' }));
    const ill = tiny();
    ill.trainers[0]!.absences = [{ from: '2027-01-04', to: '2027-01-04' }];
    const result = replanTimetable(ill, sessions, '2027-01-04');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toContain('Zablokowane zajęcia 04.01.2027 9:00–11:00');
    expect(result.problems[0]!.message).toContain('Anna Wiśniewska: nieobecność 04.01.2027');
  });
});

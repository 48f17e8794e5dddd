import { describe, expect, it } from 'vitest';
import {
  checkCompletion,
  completionMessage,
  formatHours,
  isMemberOn,
  requiredMinutes,
  tallyPerson,
  type HeldSession,
  type StoredMark,
} from '../../../src-main/domain/attendance/hours';

/** The n-th Monday (1-based) from 5 January 2026. */
const monday = (n: number) =>
  new Date(Date.UTC(2026, 0, 5 + 7 * (n - 1))).toISOString().slice(0, 10);

/** Ten weekly 4-hour sessions alternating two modules: 1 (odd ids) and 2 (even ids). */
const CYCLE: HeldSession[] = Array.from({ length: 10 }, (_, i) => ({
  id: i + 1,
  moduleId: (i % 2) + 1,
  date: monday(i + 1),
  minutes: 240,
}));

const always = () => true;
const marks =
  (byId: Record<number, StoredMark>) =>
  (id: number): StoredMark | undefined =>
    byId[id];

describe('tallyPerson', () => {
  it('splits planned hours into held, attended, excused, absent and unrecorded', () => {
    const today = CYCLE[5]!.date; // six sessions held
    const { total, modules } = tallyPerson({
      sessions: CYCLE,
      memberOf: always,
      markOf: marks({
        1: { status: 'present', minutes: null },
        2: { status: 'partial', minutes: 90 },
        3: { status: 'excused', minutes: null },
        4: { status: 'absent', minutes: null },
        5: { status: 'present', minutes: null },
      }),
      today,
    });
    expect(total).toEqual({
      planned: 10 * 240,
      held: 6 * 240,
      attended: 240 + 90 + 240,
      excused: 240,
      absent: 150 + 240,
      unrecorded: 240,
    });
    // Module 1 holds sessions 1, 3, 5, 7, 9; module 2 holds 2, 4, 6, 8, 10.
    expect(modules.get(1)).toMatchObject({ attended: 480, excused: 240, held: 3 * 240 });
    expect(modules.get(2)).toMatchObject({ attended: 90, absent: 150 + 240, unrecorded: 240 });
  });

  it('measures a person who joined in the middle of the cycle against their own part of it', () => {
    const joinedOn = CYCLE[4]!.date;
    const memberships = [{ joinedOn, leftOn: null }];
    const { total } = tallyPerson({
      sessions: CYCLE,
      memberOf: (s) => isMemberOn(memberships, s.date),
      markOf: () => ({ status: 'present', minutes: null }),
      today: CYCLE.at(-1)!.date,
    });
    expect(total.planned).toBe(6 * 240);
    expect(total.attended).toBe(6 * 240);
    expect(checkCompletion(total, 80)).toBeNull();
  });

  it('counts the last day of a membership and nothing after it', () => {
    const memberships = [{ joinedOn: CYCLE[0]!.date, leftOn: CYCLE[1]!.date }];
    expect(isMemberOn(memberships, CYCLE[1]!.date)).toBe(true);
    expect(isMemberOn(memberships, CYCLE[2]!.date)).toBe(false);
    expect(isMemberOn(memberships, '2025-12-31')).toBe(false);
  });
});

describe('checkCompletion', () => {
  const tally = (over: Partial<ReturnType<typeof base>>) => ({ ...base(), ...over });
  const base = () => ({
    planned: 2400,
    held: 0,
    attended: 0,
    excused: 0,
    absent: 0,
    unrecorded: 0,
  });

  it('says nothing while the pace keeps the minimum', () => {
    expect(checkCompletion(tally({ held: 960, attended: 960 }), 80)).toBeNull();
    expect(checkCompletion(base(), 80)).toBeNull();
  });

  it('warns "behind" with the gap at today’s pace', () => {
    // 4 sessions recorded (960 min), 80 % due by now = 768, attended 720 → 48 min short.
    const check = checkCompletion(tally({ held: 960, attended: 720, absent: 240 }), 80);
    expect(check).toEqual({ kind: 'behind', missing: 48 });
  });

  it('treats an excused absence as not attended', () => {
    const check = checkCompletion(tally({ held: 960, attended: 720, excused: 240 }), 80);
    expect(check?.kind).toBe('behind');
  });

  it('warns "cannotReach" with the hours that can no longer be made up', () => {
    // Needed 1920 of 2400; 720 absent leaves at most 1680 → 240 min can never be made up.
    const check = checkCompletion(
      tally({ held: 1200, attended: 480, absent: 720, unrecorded: 0 }),
      80,
    );
    expect(check).toEqual({ kind: 'cannotReach', missing: 240 });
  });

  it('counts held sessions without marks as still possible', () => {
    const check = checkCompletion(tally({ held: 1200, attended: 480, unrecorded: 720 }), 80);
    expect(check).toBeNull();
  });

  it('applies a module’s own rule to its tally', () => {
    // A module of 480 min with a 100 % rule: one absent hour already fails it.
    const module = {
      planned: 480,
      held: 240,
      attended: 180,
      excused: 0,
      absent: 60,
      unrecorded: 0,
    };
    expect(checkCompletion(module, 100)).toEqual({ kind: 'cannotReach', missing: 60 });
    expect(checkCompletion(module, 50)).toBeNull();
  });
});

describe('requiredMinutes, formatHours and messages', () => {
  it('rounds the required minutes up', () => {
    expect(requiredMinutes(2400, 80)).toBe(1920);
    expect(requiredMinutes(100, 33)).toBe(33);
    expect(requiredMinutes(10, 33)).toBe(4);
  });

  it('prints minutes as hours with a decimal comma', () => {
    expect(formatHours(150)).toBe('2,5 h');
    expect(formatHours(60)).toBe('1 h');
    expect(formatHours(20)).toBe('0,33 h');
    expect(formatHours(0)).toBe('0 h');
  });

  it('says in Polish what is missing, for the edition or a module', () => {
    expect(completionMessage({ kind: 'cannotReach', missing: 360 }, 80, null)).toBe(
      'Nie osiągnie już minimum 80 % obecności — nawet przy pełnej obecności zabraknie 6 h',
    );
    expect(completionMessage({ kind: 'behind', missing: 90 }, 90, 'Psychoedukacja')).toBe(
      'Moduł „Psychoedukacja”: poniżej minimum 90 % obecności przy obecnym tempie — brakuje 1,5 h',
    );
  });
});

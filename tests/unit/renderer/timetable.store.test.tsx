import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type { ClubProgramme, ClubSession } from '../../../src-main/contract/club';
import { createApiClient } from '../../../src-renderer/api/client';
import {
  CHECK_DELAY_MS,
  createTimetableStore,
  refusalReasons,
} from '../../../src-renderer/features/club/timetable/timetable.store';
import {
  MODULE_COLOURS,
  daysOffOf,
  hiddenDays,
  hoursSummary,
  parseTime,
} from '../../../src-renderer/features/club/timetable/timetable-view';
import { contrastRatio } from '../../../src-renderer/ui/contrast';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

const slot = (weekday: number, from: number, to: number) => ({ weekday, from, to });
const soft = { unevenWeeks: 1, repeatedSameDay: 0, trainerGapHours: 2, score: 91 };

function programme(withPlan = false): ClubProgramme {
  return {
    edition: {
      id: 5,
      projectId: 1,
      projectTitle: 'KIS Radom',
      name: 'KIS 2026',
      startDate: '2026-11-02',
      endDate: '2026-11-15',
      weeks: 2,
      meetings: [slot(1, 540, 780), slot(3, 540, 780)],
      daysOff: ['2026-11-04'],
      minAttendancePercent: 80,
      revision: 3,
      sessions: withPlan ? 2 : 0,
      lastPlan: withPlan
        ? {
            kind: 'plan',
            fromDate: null,
            at: '2026-11-01T10:00:00.000Z',
            actorName: 'Tadeusz Tester',
            sessions: 2,
            moved: 0,
            soft,
          }
        : null,
    },
    groups: [{ id: 1, editionId: 5, name: 'Grupa 1', sizeLimit: 12, meetings: null, members: 8 }],
    modules: [
      {
        id: 10,
        editionId: 5,
        name: 'Psychoedukacja',
        hours: 4,
        specialists: ['psychologist'],
        minSession: 2,
        maxSession: 4,
        pattern: 'free',
        weekFrom: null,
        weekTo: null,
        roomFeatures: [],
        duty: false,
        minAttendancePercent: null,
        position: 0,
      },
      {
        id: 11,
        editionId: 5,
        name: 'Doradztwo zawodowe',
        hours: 6,
        specialists: ['careerAdvisor'],
        minSession: 2,
        maxSession: 4,
        pattern: 'free',
        weekFrom: null,
        weekTo: null,
        roomFeatures: [],
        duty: false,
        minAttendancePercent: null,
        position: 1,
      },
    ],
    trainers: [
      {
        id: 20,
        editionId: 5,
        name: 'Anna Psycholog',
        specialisations: ['psychologist'],
        staffId: null,
        availability: [slot(1, 480, 960)],
        maxHoursPerWeek: null,
        absences: [],
      },
    ],
    rooms: [
      {
        id: 30,
        editionId: 5,
        name: 'Sala 1',
        capacity: 20,
        features: [],
        availability: [slot(1, 480, 960)],
        owner: null,
      },
    ],
  };
}

const session = (id: number, moduleId: number, from: number, to: number): ClubSession => ({
  id,
  editionId: 5,
  groupId: 1,
  moduleId,
  trainerId: 20,
  roomId: 30,
  date: '2026-11-02',
  from,
  to,
  locked: false,
  manual: false,
});

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  const store = createTimetableStore(createApiClient(transport));
  return { transport, store };
}

afterEach(() => vi.useRealTimers());

describe('timetable store', () => {
  it('plans, then reads the programme and the sessions the summary is computed from', async () => {
    let planned = false;
    const { store, transport } = setup({
      'club.getEdition': () => programme(planned),
      'club.sessions': () => ({
        editionId: 5,
        revision: 3,
        sessions: planned ? [session(1, 10, 540, 780), session(2, 11, 540, 660)] : [],
      }),
      'club.plan': () => {
        planned = true;
        return { ok: true, sessions: 2, soft, revision: 4 };
      },
    });
    await store.getState().open(5);
    expect(store.getState()).toMatchObject({ sessions: [], lastPlan: null, loading: false });

    const pending = store.getState().plan();
    expect(store.getState().planning).toMatchObject({ kind: 'plan', fromDate: null });
    const outcome = await pending;

    expect(outcome).toEqual({ ok: true, sessions: 2, soft, revision: 4 });
    expect(transport.calls.map((c) => c.channel)).toContain('club.plan');
    const s = store.getState();
    expect(s.planning).toBeNull();
    expect(s.lastPlan).toMatchObject({ kind: 'plan', sessions: 2, soft });
    const { rows, short } = hoursSummary(s.programme!, s.sessions);
    expect(rows.map((r) => [r.module, r.planned, r.required])).toEqual([
      ['Psychoedukacja', 4, 4],
      ['Doradztwo zawodowe', 2, 6],
    ]);
    expect(short.map((r) => r.module)).toEqual(['Doradztwo zawodowe']);
  });

  it('keeps the problems when no plan exists, in the core’s Polish', async () => {
    const problems = [
      {
        kind: 'capacity' as const,
        message:
          'Moduł „Psychoedukacja” (Grupa 1) potrzebuje 48 h, a psycholog ma w tym okresie wolne tylko 36 h.',
        needed: 48,
        available: 36,
      },
    ];
    const { store } = setup({
      'club.getEdition': () => programme(),
      'club.sessions': () => ({ editionId: 5, revision: 3, sessions: [] }),
      'club.replan': () => ({ ok: false, problems }),
    });
    await store.getState().open(5);
    await store.getState().replan('2026-11-09');
    expect(store.getState().outcome).toEqual({ ok: false, problems });
    expect(store.getState().planning).toBeNull();
  });

  it('stops a planning in the core, and ignores its answer if one still comes', async () => {
    const answer = deferred<{ ok: true; sessions: number; soft: typeof soft; revision: number }>();
    const { store, transport } = setup({
      'club.getEdition': () => programme(),
      'club.sessions': () => ({ editionId: 5, revision: 3, sessions: [] }),
      'club.plan': () => answer.promise,
      'club.cancelPlan': () => ({ cancelled: true }),
    });
    await store.getState().open(5);
    const pending = store.getState().plan();
    store.getState().cancelPlanning();
    expect(store.getState()).toMatchObject({ planning: null, cancelled: true });
    expect(transport.calls).toContainEqual({ channel: 'club.cancelPlan', input: { editionId: 5 } });
    answer.resolve({ ok: true, sessions: 9, soft, revision: 9 });
    expect(await pending).toBeNull();
    expect(store.getState().outcome).toBeNull();
  });

  it('checks a move after a pause, and only the latest one counts', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({
      'club.checkMove': (move) => ({
        conflicts:
          move.from === 540
            ? ['Grupa „Grupa 1” ma w tym czasie zajęcia: „Psychoedukacja” 9:00–13:00.']
            : [],
      }),
    });
    const move = { sessionId: 2, date: '2026-11-02', trainerId: 20, roomId: 30 };
    store.getState().checkMove({ ...move, from: 600, to: 720 });
    store.getState().checkMove({ ...move, from: 540, to: 660 });
    expect(store.getState().check).toMatchObject({ checking: true });
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS + 10);
    expect(transport.calls.filter((c) => c.channel === 'club.checkMove')).toHaveLength(1);
    expect(store.getState().check).toMatchObject({
      checking: false,
      move: { from: 540 },
      conflicts: ['Grupa „Grupa 1” ma w tym czasie zajęcia: „Psychoedukacja” 9:00–13:00.'],
    });
  });

  it('a refused move leaves the session where it was and gives the conflicts', async () => {
    const conflict = 'Grupa „Grupa 1” ma w tym czasie zajęcia: „Psychoedukacja” 9:00–13:00.';
    const { store } = setup({
      'club.getEdition': () => programme(true),
      'club.sessions': () => ({
        editionId: 5,
        revision: 3,
        sessions: [session(1, 10, 540, 780), session(2, 11, 780, 900)],
      }),
      'club.moveSession': () => {
        throw new AppError('conflict', `Nie można przenieść zajęć: ${conflict}`, {
          details: { conflicts: [conflict] },
        });
      },
    });
    await store.getState().open(5);
    const failure = await store
      .getState()
      .move({ sessionId: 2, date: '2026-11-02', from: 540, to: 660, trainerId: 20, roomId: 30 })
      .catch((e: unknown) => e);
    expect(refusalReasons(failure)).toEqual([conflict]);
    expect(store.getState().sessions.find((s) => s.id === 2)).toMatchObject({
      from: 780,
      locked: false,
    });
    expect(store.getState().saving).toBe(false);
  });

  it('a saved move replaces the session, locked and manual', async () => {
    const moved = { ...session(2, 11, 600, 720), locked: true, manual: true };
    const { store } = setup({
      'club.getEdition': () => programme(true),
      'club.sessions': () => ({
        editionId: 5,
        revision: 3,
        sessions: [session(1, 10, 540, 600), session(2, 11, 780, 900)],
      }),
      'club.moveSession': () => moved,
    });
    await store.getState().open(5);
    await store
      .getState()
      .move({ sessionId: 2, date: '2026-11-02', from: 600, to: 720, trainerId: 20, roomId: 30 });
    expect(store.getState().sessions.find((s) => s.id === 2)).toEqual(moved);
  });
});

describe('timetable view', () => {
  it('module colours keep white text at 4.5:1 or more', () => {
    for (const colour of MODULE_COLOURS)
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('names the holidays and the office’s days off of the cycle, and hides unused weekends', () => {
    const p = programme();
    p.edition.startDate = '2026-11-01';
    expect(daysOffOf(p)).toEqual([
      { date: '2026-11-01', name: 'Wszystkich Świętych' },
      { date: '2026-11-04', name: 'Dzień wolny ośrodka' },
      { date: '2026-11-11', name: 'Narodowe Święto Niepodległości' },
    ]);
    expect(hiddenDays(p, [])).toEqual([6, 0]);
    expect(parseTime('9:30')).toBe(570);
    expect(parseTime('24:00')).toBeNull();
  });
});

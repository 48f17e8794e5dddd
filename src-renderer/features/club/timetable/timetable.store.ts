import { createStore } from 'zustand/vanilla';
import type { z } from 'zod';
import type {
  ClubProgramme,
  ClubSession,
  PlanRecord,
  clubChannels,
} from '../../../../src-main/contract/club';
import { watchChanges } from '../../../api/changes';
import { ApiError, errorMessage, type ApiClient } from '../../../api/client';
import { latest, whileSaving } from '../../../api/latest';

/** Where a session is to go: the input of `club.checkMove` and `club.moveSession`. */
export interface SessionMove {
  sessionId: number;
  date: string;
  from: number;
  to: number;
  trainerId: number;
  roomId: number;
}

type PlanAnswer = z.output<(typeof clubChannels)['club.plan']['output']>;
type ReplanAnswer = z.output<(typeof clubChannels)['club.replan']['output']>;
/** What the last planning in this window answered: the plan's figures, or why none exists. */
export type PlanOutcome = PlanAnswer | ReplanAnswer;
export type PlanProblem = Extract<PlanOutcome, { ok: false }>['problems'][number];

/** A planning in progress (the core answers once; `startedAt` is for the elapsed time). */
export interface Planning {
  kind: 'plan' | 'replan';
  fromDate: string | null;
  startedAt: number;
}

/** The live check of the move dialog: what the latest asked move collides with. */
export interface MoveCheck {
  move: SessionMove;
  checking: boolean;
  conflicts: string[];
  /** The check itself failed (not a conflict): the core's words. */
  error: string | null;
}

/** How long the dialog waits after the last change of a field before it asks the core. */
export const CHECK_DELAY_MS = 250;

export interface TimetableState {
  editionId: number | null;
  /** The edition's programme: names of groups, modules, trainers, rooms; required hours. */
  programme: ClubProgramme | null;
  /**
   * Every session of the edition. A cycle holds a few hundred, and the summary (hours
   * planned per module and group) needs them all, so one read serves every view and range.
   */
  sessions: ClubSession[];
  /** The last planning as the core recorded it (any window's). */
  lastPlan: PlanRecord | null;
  /** This window's last planning answer, problems included (cleared by `open`). */
  outcome: PlanOutcome | null;
  planning: Planning | null;
  /** Set when a planning was cancelled here: its answer, if it comes, is ignored. */
  cancelled: boolean;
  loading: boolean;
  saving: boolean;
  error: string | null;
  check: MoveCheck | null;

  /** Reads the programme and the sessions of an edition (again, if it is the one shown). */
  open(editionId: number): Promise<void>;
  /** While the timetable is on screen: reads again when another window changes the club. */
  watch(): () => void;
  /** Plans the whole cycle anew. Resolves with the answer, or null when cancelled. */
  plan(): Promise<PlanOutcome | null>;
  /** Re-plans unlocked sessions from `fromDate` on. Resolves as `plan`. */
  replan(fromDate: string): Promise<PlanOutcome | null>;
  /** Stops the planning: the core ends it and saves nothing (club.cancelPlan). */
  cancelPlanning(): void;
  /** Asks what the move would collide with, CHECK_DELAY_MS after the last call (latest wins). */
  checkMove(move: SessionMove): void;
  /** The same at once, for a dropped event. */
  conflictsOf(move: SessionMove): Promise<string[]>;
  clearCheck(): void;
  /** Moves a session (the core locks it); rethrows the ApiError (with the conflicts). */
  move(move: SessionMove): Promise<ClubSession>;
  setLocked(sessionId: number, locked: boolean): Promise<ClubSession>;
}

export function createTimetableStore(api: ApiClient) {
  const programmes = latest();
  const sessionReads = latest();
  const checks = latest();
  let planTicket = 0;
  let checkTimer: ReturnType<typeof setTimeout> | null = null;

  return createStore<TimetableState>((set, get) => {
    const readProgramme = (editionId: number) =>
      programmes.run(
        () => api.call('club.getEdition', { id: editionId }),
        (programme) =>
          get().editionId === editionId && set({ programme, lastPlan: programme.edition.lastPlan }),
        (error) => set({ error }),
      );
    const readSessions = (editionId: number) =>
      sessionReads.run(
        () => api.call('club.sessions', { editionId }),
        (answer) =>
          get().editionId === editionId && set({ sessions: answer.sessions, loading: false }),
        (error) => set({ loading: false, error }),
      );
    const reread = async () => {
      const id = get().editionId;
      if (id !== null) await Promise.all([readProgramme(id), readSessions(id)]);
    };
    const replaceSession = (saved: ClubSession) => {
      sessionReads.supersede();
      set((s) => ({ sessions: s.sessions.map((x) => (x.id === saved.id ? saved : x)) }));
    };

    /** Runs a planning; a cancelled or superseded one resolves null and changes nothing. */
    const runPlanning = async (
      planning: Omit<Planning, 'startedAt'>,
      request: () => Promise<PlanOutcome>,
    ): Promise<PlanOutcome | null> => {
      const ticket = ++planTicket;
      set({ planning: { ...planning, startedAt: Date.now() }, cancelled: false, error: null });
      try {
        const outcome = await whileSaving(set, request);
        if (ticket !== planTicket) return null;
        set({ outcome, planning: null });
        if (outcome.ok) await reread();
        return outcome;
      } catch (e) {
        if (ticket !== planTicket) return null;
        set({ planning: null, error: errorMessage(e) });
        throw e;
      }
    };

    return {
      editionId: null,
      programme: null,
      sessions: [],
      lastPlan: null,
      outcome: null,
      planning: null,
      cancelled: false,
      loading: false,
      saving: false,
      error: null,
      check: null,

      async open(editionId) {
        const same = get().editionId === editionId;
        set({
          editionId,
          loading: true,
          error: null,
          ...(same ? {} : { programme: null, sessions: [], lastPlan: null, outcome: null }),
        });
        await reread();
      },
      watch: () => watchChanges(api, ['club'], () => void reread()),

      plan() {
        const editionId = get().editionId;
        if (editionId === null) return Promise.resolve(null);
        return runPlanning({ kind: 'plan', fromDate: null }, () =>
          api.call('club.plan', { editionId }),
        );
      },
      replan(fromDate) {
        const editionId = get().editionId;
        if (editionId === null) return Promise.resolve(null);
        return runPlanning({ kind: 'replan', fromDate }, () =>
          api.call('club.replan', { editionId, fromDate }),
        );
      },
      cancelPlanning() {
        const editionId = get().editionId;
        if (!get().planning || editionId === null) return;
        planTicket += 1;
        set({ planning: null, cancelled: true, saving: false });
        // The core stops the planner and saves nothing from it; its answer is ignored here.
        void api.call('club.cancelPlan', { editionId }).catch(() => undefined);
      },

      checkMove(move) {
        if (checkTimer !== null) clearTimeout(checkTimer);
        set((s) => ({
          check: { move, checking: true, conflicts: s.check?.conflicts ?? [], error: null },
        }));
        checkTimer = setTimeout(() => {
          checkTimer = null;
          void checks.run(
            () => api.call('club.checkMove', move),
            ({ conflicts }) => set({ check: { move, checking: false, conflicts, error: null } }),
            (error) => set({ check: { move, checking: false, conflicts: [], error } }),
          );
        }, CHECK_DELAY_MS);
      },
      async conflictsOf(move) {
        const { conflicts } = await api.call('club.checkMove', move);
        return conflicts;
      },
      clearCheck() {
        if (checkTimer !== null) clearTimeout(checkTimer);
        checkTimer = null;
        checks.supersede();
        set({ check: null });
      },

      async move(move) {
        const saved = await whileSaving(set, () => api.call('club.moveSession', move));
        replaceSession(saved);
        return saved;
      },
      async setLocked(sessionId, locked) {
        const saved = await whileSaving(set, () =>
          api.call('club.setLocked', { sessionId, locked }),
        );
        replaceSession(saved);
        return saved;
      },
    };
  });
}

export type TimetableStore = ReturnType<typeof createTimetableStore>;

/**
 * Why the core refused a move: `club.moveSession` refuses with `details.conflicts`, the same
 * Polish sentences `club.checkMove` gives; a refused field (a trainer of another edition)
 * comes as issues; anything else as its message.
 */
export function refusalReasons(e: unknown): string[] {
  if (e instanceof ApiError) {
    const conflicts = e.body.details?.conflicts;
    if (
      Array.isArray(conflicts) &&
      conflicts.every((c) => typeof c === 'string') &&
      conflicts.length
    )
      return conflicts as string[];
    if (e.issues.length) return e.issues.map((i) => i.message);
  }
  return [errorMessage(e)];
}

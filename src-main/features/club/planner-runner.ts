import { Worker } from 'node:worker_threads';
import type { PlanInput, PlanResult, PlannedSession } from '../../domain/club/model';
import { planTimetable, replanTimetable, type ReplanResult } from '../../domain/club/planner';

/**
 * Where the planner runs. The service reads the programme, hands it to a runner outside any
 * transaction (a long plan never holds the database), and saves the answer in one write. The
 * in-process runner calls the pure planner on this thread (tests); the worker runner plans
 * on a thread of its own, so the core keeps answering while it plans (both hosts).
 */
export interface PlannerRunner {
  /** `signal` asks to stop: a worker is ended at once, the in-process planner cannot be. */
  plan(input: PlanInput, signal?: AbortSignal): Promise<PlanResult>;
  replan(
    input: PlanInput,
    sessions: readonly PlannedSession[],
    fromDate: string,
    signal?: AbortSignal,
  ): Promise<ReplanResult>;
}

export type PlannerRequest =
  | { kind: 'plan'; input: PlanInput }
  | { kind: 'replan'; input: PlanInput; sessions: readonly PlannedSession[]; fromDate: string };

export const inProcessPlanner: PlannerRunner = {
  plan: async (input) => planTimetable(input),
  replan: async (input, sessions, fromDate) => replanTimetable(input, sessions, fromDate),
};

/**
 * One worker per request (planning is rare, and a fresh thread cannot keep stale state); it
 * is ended when it answers or when the request is stopped. `execArgv` lets tests run the
 * TypeScript entry through tsx.
 */
export function workerPlanner(file: string | URL, execArgv: string[] = []): PlannerRunner {
  function run<T>(request: PlannerRequest, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('Planning stopped'));
      const worker = new Worker(file, { execArgv });
      const stop = () => {
        reject(new Error('Planning stopped'));
        void worker.terminate();
      };
      signal?.addEventListener('abort', stop, { once: true });
      worker.once('message', (result: T) => {
        signal?.removeEventListener('abort', stop);
        resolve(result);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Planner worker exited with code ${code}`)));
      worker.postMessage(request);
    });
  }
  return {
    plan: (input, signal) => run<PlanResult>({ kind: 'plan', input }, signal),
    replan: (input, sessions, fromDate, signal) =>
      run<ReplanResult>({ kind: 'replan', input, sessions, fromDate }, signal),
  };
}

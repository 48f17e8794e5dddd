import { AppError } from '../../contract/errors';

export const PLAN_CANCELLED = 'Planowanie przerwano — harmonogram się nie zmienił.';

/**
 * Plans in progress, one per edition, so the office can stop one ("Przerwij"): the runner
 * is told through an AbortSignal (a worker thread is ended at once), and whatever it answers
 * afterwards is never saved. A second plan of the same edition waits for no one: it is refused.
 */
export class PlanningRuns {
  private readonly running = new Map<number, AbortController>();

  async run<T>(editionId: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(editionId)) {
      throw new AppError(
        'conflict',
        'Ta edycja jest właśnie planowana — poczekaj na wynik albo przerwij planowanie.',
      );
    }
    const controller = new AbortController();
    this.running.set(editionId, controller);
    try {
      const result = await work(controller.signal);
      if (controller.signal.aborted) throw new AppError('invalid_state', PLAN_CANCELLED);
      return result;
    } catch (error) {
      if (controller.signal.aborted) throw new AppError('invalid_state', PLAN_CANCELLED);
      throw error;
    } finally {
      this.running.delete(editionId);
    }
  }

  /** True when a plan of the edition was running and is now stopped. */
  cancel(editionId: number): boolean {
    const controller = this.running.get(editionId);
    controller?.abort();
    return controller !== undefined;
  }
}

import { errorMessage } from './client';

/**
 * "Latest request wins" for one kind of read in a store (the list, the open card, a lookup):
 * an answer is applied only if no newer request of that kind was made meanwhile and no write
 * replaced what it would show — so answers arriving out of order never put an older list or
 * an older record on the screen.
 */
export interface Latest {
  /**
   * Asks `request` (at once); hands its answer to `apply`, or its failure in words
   * (`errorMessage`) to `fail` — only while it is still the latest request. Never rejects.
   */
  run<T>(
    request: () => Promise<T>,
    apply: (answer: T) => void,
    fail: (message: string) => void,
  ): Promise<void>;
  /** Drops every answer still on its way: a write just returned what they would replace. */
  supersede(): void;
}

export function latest(): Latest {
  let newest = 0;
  return {
    async run(request, apply, fail) {
      const ticket = ++newest;
      try {
        const answer = await request();
        if (ticket === newest) apply(answer);
      } catch (e) {
        if (ticket === newest) fail(errorMessage(e));
      }
    },
    supersede() {
      newest += 1;
    },
  };
}

/**
 * A store's write: `saving` is true while it runs. A failure is rethrown untouched (an
 * ApiError), so the form or dialog shows the core's message and puts `invalid_input` issues
 * on its fields.
 */
export async function whileSaving<T>(
  set: (patch: { saving: boolean }) => void,
  write: () => Promise<T>,
): Promise<T> {
  set({ saving: true });
  try {
    return await write();
  } finally {
    set({ saving: false });
  }
}

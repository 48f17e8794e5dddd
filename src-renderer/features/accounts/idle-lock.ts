/**
 * The window locks itself after the office's minutes without a person's activity (typing,
 * pointing, scrolling). The core locks the session too, a little later, if the renderer does
 * not; so the renderer also tells the core that someone is working — at most once a minute,
 * since typing in a long form makes no calls of its own.
 */

/** The clock and timers, injectable for tests (vitest's fake timers, Playwright's clock). */
export interface IdleTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: IdleTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;
export const TOUCH_EVERY_MS = 60_000;

export interface IdleWatchOptions {
  idleMs: number;
  /** Once, when the time runs out; the watch is then over. */
  onIdle(): void;
  /** Activity to report to the core (at most once per `touchEveryMs`). */
  onTouch(): void;
  touchEveryMs?: number;
  timers?: IdleTimers;
}

export interface IdleWatch {
  activity(): void;
  stop(): void;
}

/**
 * Starts counting from now. Activity only records its time (a wheel sends many events); the
 * one timer, when it fires early, sleeps again for what is left.
 */
export function watchIdle(options: IdleWatchOptions): IdleWatch {
  const { idleMs, onIdle, onTouch, touchEveryMs = TOUCH_EVERY_MS } = options;
  const timers = options.timers ?? browserTimers;
  let lastActivity = timers.now();
  let lastTouch = lastActivity;
  let handle: unknown = null;
  let over = false;

  const check = () => {
    handle = null;
    if (over) return;
    const left = lastActivity + idleMs - timers.now();
    if (left > 0) {
      handle = timers.setTimeout(check, left);
      return;
    }
    over = true;
    onIdle();
  };
  handle = timers.setTimeout(check, idleMs);

  return {
    activity() {
      if (over) return;
      const now = timers.now();
      lastActivity = now;
      if (now - lastTouch >= touchEveryMs) {
        lastTouch = now;
        onTouch();
      }
    },
    stop() {
      over = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}

/** Calls `onActivity` on every key, pointer press and wheel anywhere in the window. */
export function listenForActivity(target: EventTarget, onActivity: () => void): () => void {
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, options);
  };
}

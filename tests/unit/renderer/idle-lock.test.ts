import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVITY_EVENTS,
  listenForActivity,
  watchIdle,
  type IdleTimers,
} from '../../../src-renderer/features/accounts/idle-lock';

const MINUTE = 60_000;

/** The real timers' shape, read when called, so vitest's fake timers stand in for them. */
const timers: IdleTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function start(idleMinutes = 10) {
  const onIdle = vi.fn();
  const onTouch = vi.fn();
  const watch = watchIdle({ idleMs: idleMinutes * MINUTE, onIdle, onTouch, timers });
  return { watch, onIdle, onTouch };
}

describe('idle lock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-03-02T08:00:00') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks after the office’s minutes without activity, once', () => {
    const { onIdle } = start(10);
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts the minutes again from the last activity', () => {
    const { watch, onIdle } = start(10);
    vi.advanceTimersByTime(9 * MINUTE);
    watch.activity();
    vi.advanceTimersByTime(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    watch.activity();
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however much activity there is', () => {
    const { watch } = start(10);
    for (let i = 0; i < 1000; i++) watch.activity();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('tells the core at most once a minute while someone works, and not while idle', () => {
    const { watch, onTouch } = start(10);
    watch.activity(); // just after start: the core has just heard from this window
    expect(onTouch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    watch.activity();
    expect(onTouch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    watch.activity();
    watch.activity();
    expect(onTouch).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5 * MINUTE); // nobody at the desk: nothing is sent
    expect(onTouch).toHaveBeenCalledTimes(1);
    watch.activity();
    expect(onTouch).toHaveBeenCalledTimes(2);
  });

  it('does nothing once stopped (the window was locked or signed out)', () => {
    const { watch, onIdle, onTouch } = start(1);
    watch.stop();
    vi.advanceTimersByTime(5 * MINUTE);
    watch.activity();
    expect(onIdle).not.toHaveBeenCalled();
    expect(onTouch).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hears keys, pointer presses and the wheel, until stopped listening', () => {
    const target = new EventTarget();
    const onActivity = vi.fn();
    const stop = listenForActivity(target, onActivity);
    for (const type of ACTIVITY_EVENTS) target.dispatchEvent(new Event(type));
    target.dispatchEvent(new Event('mousemove'));
    expect(onActivity).toHaveBeenCalledTimes(3);
    stop();
    target.dispatchEvent(new Event('keydown'));
    expect(onActivity).toHaveBeenCalledTimes(3);
  });
});

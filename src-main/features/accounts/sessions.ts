/**
 * Who is signed in on which window, kept in the core's memory only: a restart signs everybody
 * out, and nothing a caller sends can name the actor. A window is known by the id its host
 * gives it (the Electron window, or the browser tab's random session id under the web host).
 */
interface Entry {
  staffId: number;
  lastActive: number;
  locked: boolean;
}

export class SessionRegistry {
  private readonly entries = new Map<string, Entry>();

  /** `now` in milliseconds; tests move it to pass the idle time without waiting. */
  constructor(readonly now: () => number = Date.now) {}

  start(caller: string, staffId: number): void {
    this.entries.set(caller, { staffId, lastActive: this.now(), locked: false });
  }

  get(caller: string): Readonly<Entry> | undefined {
    return this.entries.get(caller);
  }

  end(caller: string): void {
    this.entries.delete(caller);
  }

  /** A password reset or a deactivation signs the person out of every window. */
  endFor(staffId: number): void {
    for (const [caller, entry] of this.entries)
      if (entry.staffId === staffId) this.entries.delete(caller);
  }

  lock(caller: string): void {
    const entry = this.entries.get(caller);
    if (entry) entry.locked = true;
  }

  /** The computer was locked (Windows lock, sleep): every window of this core locks. */
  lockAll(): void {
    for (const entry of this.entries.values()) entry.locked = true;
  }

  unlock(caller: string): void {
    const entry = this.entries.get(caller);
    if (entry) {
      entry.locked = false;
      entry.lastActive = this.now();
    }
  }

  /**
   * Marks activity, or locks the window when it was idle longer than `idleMs` — the core's own
   * guard; the renderer locks itself sooner, as it sees keys the core does not.
   */
  touch(caller: string, idleMs: number): Readonly<Entry> | undefined {
    const entry = this.entries.get(caller);
    if (!entry || entry.locked) return entry;
    const now = this.now();
    if (now - entry.lastActive > idleMs) entry.locked = true;
    else entry.lastActive = now;
    return entry;
  }
}

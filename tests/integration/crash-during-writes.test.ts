import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { TEST_TODAY } from '../support/clock';
import {
  MIGRATIONS,
  prepareFile,
  seededRandom,
  startWriter,
  writerScript,
  type Writer,
  type WriterFailure,
} from '../support/writers';

const ROUNDS = 5;
/** The kill comes after 3…22 acknowledged saves, the same numbers on every run. */
const SEED = 20_261_123;

let dir: string;
const started: Writer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aktywator-crash-'));
});
afterEach(async () => {
  for (const w of started.splice(0)) {
    w.child.kill('SIGKILL');
    await w.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the program killed (kill -9) while it saves', () => {
  it(`loses no acknowledged record and leaves a sound file, ${ROUNDS} times over`, async () => {
    const file = join(dir, 'aktywator.sqlite');
    await prepareFile(file, TEST_TODAY);
    const script = await writerScript();
    const random = seededRandom(SEED);
    const acknowledged = new Map<number, string>(); // participant id → PESEL
    const failures: WriterFailure[] = [];
    const start = (round: number) => {
      // Each round writes people of its own PESEL serial: no clash with the earlier rounds.
      const writer = startWriter(script, {
        file,
        today: TEST_TODAY,
        station: round,
        mode: 'create',
      });
      started.push(writer);
      return writer;
    };

    let writer = start(0);
    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = 3 + Math.floor(random() * 20);
      const current = writer;
      let acks = 0;
      const killed = new Promise<void>((res) =>
        current.onMessage((message) => {
          if (message.type === 'failed') failures.push(message);
          if (message.type !== 'ack') return;
          // Every ack is a committed save; those still in the pipe after the kill count too.
          acknowledged.set(message.id, message.pesel);
          if (++acks === killAfter) {
            current.child.kill('SIGKILL');
            res();
          }
        }),
      );
      await writer.ready;
      writer.go();
      // The next process loads while this one writes; it opens the file only when told.
      const next = round + 1 < ROUNDS ? start(round + 1) : undefined;
      await Promise.race([killed, writer.exited]);
      const { signal } = await writer.exited;
      expect(signal, `round ${round}: ${writer.stderr()}`).toBe('SIGKILL');
      expect(acks).toBeGreaterThanOrEqual(killAfter);

      // The program starts again on the file the killed one left.
      const handle = openDatabase(file, MIGRATIONS);
      try {
        const { sqlite } = handle;
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        const stored = new Map(
          (
            sqlite.prepare('SELECT id, pesel FROM participants').all() as {
              id: number;
              pesel: string;
            }[]
          ).map((r) => [r.id, r.pesel]),
        );
        const lost = [...acknowledged].filter(([id, pesel]) => stored.get(id) !== pesel);
        expect(lost, `round ${round}: acknowledged but missing`).toEqual([]);
        // Unacknowledged: at most the save in flight at each kill, and it is whole or absent —
        // every person has the audit row written in the same transaction.
        expect(stored.size - acknowledged.size).toBeLessThanOrEqual(round + 1);
        expect(
          sqlite
            .prepare("SELECT count(*) FROM audit_log WHERE channel = 'participants.create'")
            .pluck()
            .get(),
        ).toBe(stored.size);
      } finally {
        handle.close();
      }
      if (next) writer = next;
    }
    expect(failures).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(ROUNDS * 3);
  }, 60_000);
});

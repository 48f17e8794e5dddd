import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { createUnitOfWork } from '../../src-main/db/unit-of-work';
import { verifyAuditChain } from '../../src-main/features/audit/audit-chain';
import { TEST_TODAY } from '../support/clock';
import { MIGRATIONS, prepareFile, runTwoWriters } from '../support/writers';

/** How long both processes write; the measurement (15 s) is in the benchmark. */
const WRITE_SECONDS = Number(process.env.TWO_WRITERS_SECONDS ?? 4);

const WRITES = [
  'participants.create',
  'participants.update',
  'enrolments.create',
  'projects.update',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aktywator-two-writers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('two windows writing one database file', () => {
  it(`both write as fast as they can for ${WRITE_SECONDS} s: no call fails, nothing is lost`, async () => {
    const file = join(dir, 'aktywator.sqlite');
    const { projectId } = await prepareFile(file, TEST_TODAY);

    // Both open the file at the same moment, as two windows started together, with no other
    // connection open: each must join the other's write-ahead log, not make its own.
    const stations = await runTwoWriters({
      file,
      today: TEST_TODAY,
      projectId,
      durationMs: WRITE_SECONDS * 1000,
    });

    // Every call answered ok: a busy database waits its turn instead of failing.
    expect(stations.flatMap((s) => s.failures)).toEqual([]);
    // Both really wrote. SQLite's busy handler is not a queue: on a loaded machine one process
    // may get only a few saves in, so no more than one is asked of each; together, all kinds.
    for (const s of stations)
      expect(s.calls['participants.create'] ?? 0, JSON.stringify(s.calls)).toBeGreaterThan(0);
    for (const channel of WRITES)
      expect(stations.reduce((sum, s) => sum + (s.calls[channel] ?? 0), 0)).toBeGreaterThan(1);

    const handle = openDatabase(file, MIGRATIONS);
    try {
      const sqlite = handle.sqlite;
      const ids = (sql: string) => sqlite.prepare(sql).pluck().all() as number[];
      const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
      // What the core acknowledged is there, once; nothing else is.
      expect(ids('SELECT id FROM participants ORDER BY id')).toEqual(
        sorted(stations.flatMap((s) => s.created)),
      );
      expect(ids('SELECT id FROM enrolments ORDER BY id')).toEqual(
        sorted(stations.flatMap((s) => s.enrolled)),
      );
      // Every acknowledged write left its audit row (written in the same transaction).
      const audited = sqlite.prepare('SELECT count(*) FROM audit_log WHERE channel = ?').pluck();
      for (const channel of WRITES)
        expect(audited.get(channel), channel).toBe(
          stations.reduce((sum, s) => sum + (s.calls[channel] ?? 0), 0),
        );
      // The project holds one of the two stations' saves, whole.
      const edition = sqlite
        .prepare('SELECT edition FROM projects WHERE id = ?')
        .pluck()
        .get(projectId);
      expect(edition).toMatch(/^stanowisko [01], zapis \d+$/);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // Both stations linked their audit entries into one unbroken chain.
      const uow = createUnitOfWork(handle.db, handle.sqlite);
      expect(await uow.read(verifyAuditChain)).toMatchObject({ ok: true, brokenAtId: null });
    } finally {
      handle.close();
    }
  }, 30_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../src-main/app';
import type { Envelope } from '../../src-main/contract';
import { entryHash } from '../../src-main/features/audit/audit-chain';
import { signedInDispatch } from '../support/workstation';
import { demoBenchApp } from './bench-app';
import { ms, quantiles } from './stats';

/** The numbers of views of one person the card is opened at (issue 13, item 5). */
const LEVELS = [0, 5_000, 20_000];
const RUNS = 200;
/** What the card asks for its history: the first page of changes (views only on request). */
const PAGE = { page: 1, pageSize: 10 };

/**
 * Issue 13, item 5: opening a participant's card — `participants.get` and the first page of
 * `audit.forEntity`, both through the whole dispatcher — on the demo office with 0, 5 000 and
 * 20 000 views of that person in the log, with the size of the two answers. Also the history
 * with the views asked for, its first and its last page. Each timed opening adds one view.
 */
export async function benchCardHistory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-card-history-'));
  const app = await demoBenchApp(dir);
  try {
    const dispatch = signedInDispatch(app);
    const call = async (channel: string, input: unknown) => {
      const answer = (await dispatch(channel, input)) as Envelope<unknown>;
      if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
      return answer.data;
    };
    const found = (await call('participants.search', { pageSize: 2 })) as {
      rows: { id: number }[];
    };
    const [id, other] = found.rows.map((r) => r.id) as [number, number];
    const history = (extra: object = {}, entityId = id) =>
      call('audit.forEntity', {
        entity: 'participant',
        entityId,
        ...PAGE,
        ...extra,
      }) as Promise<{ total: number }>;
    // Warmed up on another person's card, so the first level starts with no views of its own.
    for (let i = 0; i < 100; i++) {
      await call('participants.get', { id: other });
      await history({ includeViews: i % 2 === 0 }, other);
    }
    const kB = (data: unknown) => (Buffer.byteLength(JSON.stringify(data)) / 1024).toFixed(1);

    console.log(
      `the card's history (issue 13, item 5), demo data on a file, ${RUNS} openings a line`,
    );
    for (const views of LEVELS) {
      await addViews(app, id, views - viewsOf(app, id));
      const atStart = viewsOf(app, id);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await call('participants.get', { id });
        await history();
        times.push(performance.now() - start);
      }
      const q = quantiles(times);
      const card = [await call('participants.get', { id }), await history()];
      const withViews = await history({ includeViews: true });
      const lastPage = Math.max(1, Math.ceil(withViews.total / PAGE.pageSize));
      const viewTimes: number[] = [];
      for (let i = 0; i < 50; i++) {
        const start = performance.now();
        await history({ includeViews: true, page: i % 2 ? lastPage : 1 });
        viewTimes.push(performance.now() - start);
      }
      const v = quantiles(viewTimes);
      console.log(
        `${String(atStart).padStart(6)} views   card opening median ${ms(q.median)}` +
          `   p95 ${ms(q.p95)}   answers ${kB(card).padStart(5)} kB` +
          `   | with views, pages 1 and ${lastPage}: median ${ms(v.median)}   p95 ${ms(v.p95)}`,
      );
    }
    const plan = app.handle.sqlite
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action <> 'view' ORDER BY id DESC LIMIT 10",
      )
      .all(id) as { detail: string }[];
    console.log(`  the page of changes: ${plan.map((p) => p.detail).join('; ')}`);
  } finally {
    app.handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function viewsOf(app: App, id: number): number {
  return app.handle.sqlite
    .prepare(
      "SELECT count(*) FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action = 'view'",
    )
    .pluck()
    .get(id) as number;
}

/**
 * `count` views of the person, as `participants.get` writes them (the first account reading
 * the sensitive fields), appended to the hash chain in one transaction — so the log still
 * verifies — instead of 20 000 requests.
 */
async function addViews(app: App, id: number, count: number): Promise<void> {
  if (count <= 0) return;
  const sqlite = app.handle.sqlite;
  const actor = sqlite
    .prepare(
      "SELECT s.id, s.first_name || ' ' || s.last_name AS name FROM accounts a JOIN staff s ON s.id = a.staff_id ORDER BY a.staff_id LIMIT 1",
    )
    .get() as { id: number; name: string };
  const last = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck();
  const insert = sqlite.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, channel, entity, entity_id, action,
       changed_fields, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.now() - count * 60_000;
  sqlite.transaction(() => {
    let prevHash = last.get() as string | null;
    for (let i = 0; i < count; i++) {
      const entry = {
        at: new Date(start + i * 60_000).toISOString(),
        actorId: actor.id,
        actorName: actor.name,
        channel: 'participants.get',
        entity: 'participant',
        entityId: id,
        action: 'view',
        changedFields: ['exclusionReasons', 'notes'],
      };
      const hash = entryHash(prevHash, entry);
      insert.run(
        entry.at,
        entry.actorId,
        entry.actorName,
        entry.channel,
        entry.entity,
        entry.entityId,
        entry.action,
        JSON.stringify(entry.changedFields),
        prevHash,
        hash,
      );
      prevHash = hash;
    }
  })();
}

import { signedInDispatch } from '../support/workstation';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app';
import type { Envelope } from '../../src-main/contract';
import { openDatabase } from '../../src-main/db/open';
import {
  amendment,
  contractWorld,
  createDraft,
  createSigned,
  evaluation,
  type ContractWorld,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

/** 'KS/2026/0001' … for n numbers from `from`. */
const series = (year: number, from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `KS/${year}/${String(from + i).padStart(4, '0')}`);

async function drafts(n: number): Promise<number[]> {
  const w = await contractWorld(app());
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push((await createDraft(app(), w)).id);
  return ids;
}

/** The contract-number rows of the one counter (db/counters.ts): scope is the year. */
const counters = () =>
  app()
    .handle.sqlite.prepare(
      "SELECT series, CAST(scope AS INTEGER) AS year, last FROM counters WHERE series = 'KS' ORDER BY scope",
    )
    .all();

describe('contract numbers are unique and gap-free per year', () => {
  it('gives five contracts whose signings are in flight together 0001…0005, each once', async () => {
    const ids = await drafts(5);
    const signed = await Promise.all(
      ids.map((id) => app().call('contracts.sign', { id, signedOn: '2026-11-20' })),
    );
    const numbers = signed.map((c) => c.number!);
    expect(new Set(numbers).size).toBe(5);
    expect([...numbers].sort()).toEqual(series(2026, 1, 5));
    const issued = app()
      .handle.sqlite.prepare(
        "SELECT number FROM issued_documents WHERE kind = 'contract' ORDER BY number",
      )
      .pluck()
      .all();
    expect(issued).toEqual(series(2026, 1, 5));
    expect(counters()).toEqual([{ series: 'KS', year: 2026, last: 5 }]);
  });

  it('starts every year at 0001, by the signing date', async () => {
    const w = await contractWorld(app());
    expect((await createSigned(app(), w, {}, { signedOn: '2026-11-20' })).number).toBe(
      'KS/2026/0001',
    );
    expect((await createSigned(app(), w, {}, { signedOn: '2026-11-23' })).number).toBe(
      'KS/2026/0002',
    );

    app().clock.set('2027-01-05');
    expect((await createSigned(app(), w, {}, { signedOn: '2027-01-04' })).number).toBe(
      'KS/2027/0001',
    );
    // Signed on paper in December, registered in January: the 2026 series goes on.
    expect((await createSigned(app(), w, {}, { signedOn: '2026-12-30' })).number).toBe(
      'KS/2026/0003',
    );
    expect((await createSigned(app(), w, {}, { signedOn: '2027-01-05' })).number).toBe(
      'KS/2027/0002',
    );
    expect(counters()).toEqual([
      { series: 'KS', year: 2026, last: 3 },
      { series: 'KS', year: 2027, last: 2 },
    ]);
  });

  it('does not use up a number when signing is refused', async () => {
    const w = await contractWorld(app());
    const empty = await createDraft(app(), w, { tasks: [] });
    const early = await createDraft(app(), w);
    await app().fail('contracts.sign', { id: empty.id, signedOn: '2026-11-20' }, 'invalid_state');
    await app().fail('contracts.sign', { id: early.id, signedOn: '2026-11-01' }, 'invalid_input');
    expect(counters()).toEqual([]);
    expect(
      (await app().call('contracts.sign', { id: early.id, signedOn: '2026-11-20' })).number,
    ).toBe('KS/2026/0001');
  });
});

/** The last number drawn of a per-contract series (`contract-evaluation`, `contract-amendment`). */
const drawn = (series: string, contractId: number) =>
  app()
    .handle.sqlite.prepare('SELECT last FROM counters WHERE series = ? AND scope = ?')
    .pluck()
    .get(series, String(contractId)) as number | undefined;

/** Makes the next insert into `table` fail inside the core's write, after its number is drawn. */
function failNextInsert(table: string): () => void {
  const sqlite = app().handle.sqlite;
  sqlite.exec(
    `CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'test: insert refused'); END`,
  );
  return () => sqlite.exec('DROP TRIGGER fail_insert');
}

const extended = (w: ContractWorld, id: number, date: string, periodTo: string) => {
  const input = amendment(w, id, date);
  return { ...input, content: { ...input.content, periodTo } };
};

describe("evaluations and amendments are numbered by the contract's counter", () => {
  it('numbers two evaluations in a row /O/1 and /O/2', async () => {
    const w = await contractWorld(app());
    const contract = await createSigned(app(), w);
    await app().call('contracts.addEvaluation', evaluation(contract.id, '2026-11-16'));
    const after = await app().call(
      'contracts.addEvaluation',
      evaluation(contract.id, '2026-11-20'),
    );
    const numbers = await Promise.all(
      after.evaluations.map(
        async (e) => (await app().call('documents.get', { id: e.documentId! })).number,
      ),
    );
    expect(numbers).toEqual(['KS/2026/0001/O/1', 'KS/2026/0001/O/2']);
    expect(drawn('contract-evaluation', contract.id)).toBe(2);
  });

  it('numbers two amendments in a row /A/1 and /A/2', async () => {
    const w = await contractWorld(app());
    const contract = await createSigned(app(), w);
    await app().call('contracts.amend', extended(w, contract.id, '2026-11-20', '2027-02-28'));
    const after = await app().call(
      'contracts.amend',
      extended(w, contract.id, '2026-11-21', '2027-03-31'),
    );
    expect(after.amendments.map((a) => [a.seq, a.number])).toEqual([
      [1, 'KS/2026/0001/A/1'],
      [2, 'KS/2026/0001/A/2'],
    ]);
    expect(drawn('contract-amendment', contract.id)).toBe(2);
  });

  it('does not use up a number when the save fails after drawing it', async () => {
    const w = await contractWorld(app());
    const contract = await createSigned(app(), w);
    const before = app().counts();

    let allow = failNextInsert('contract_evaluations');
    await app().fail('contracts.addEvaluation', evaluation(contract.id), 'internal');
    allow();
    allow = failNextInsert('contract_amendments');
    await app().fail('contracts.amend', amendment(w, contract.id), 'internal');
    allow();
    // The counter, the register and the rest roll back with the failed save.
    expect(drawn('contract-evaluation', contract.id)).toBeUndefined();
    expect(drawn('contract-amendment', contract.id)).toBeUndefined();
    expect(app().counts()).toEqual(before);

    const evaluated = await app().call('contracts.addEvaluation', evaluation(contract.id));
    const sheet = await app().call('documents.get', { id: evaluated.evaluations[0]!.documentId! });
    expect(sheet.number).toBe('KS/2026/0001/O/1');
    const amended = await app().call('contracts.amend', amendment(w, contract.id));
    expect(amended.amendments[0]!.number).toBe('KS/2026/0001/A/1');
  });

  it('goes on from the counter, not from how many there are', async () => {
    const w = await contractWorld(app());
    const contract = await createSigned(app(), w);
    // Numbers already drawn for this contract (as migration 0008 carries them over).
    app()
      .handle.sqlite.prepare(
        'INSERT INTO counters (series, scope, last) VALUES (?, ?, ?), (?, ?, ?)',
      )
      .run(
        'contract-evaluation',
        String(contract.id),
        4,
        'contract-amendment',
        String(contract.id),
        2,
      );
    const evaluated = await app().call('contracts.addEvaluation', evaluation(contract.id));
    const sheet = await app().call('documents.get', { id: evaluated.evaluations[0]!.documentId! });
    expect(sheet.number).toBe('KS/2026/0001/O/5');
    const amended = await app().call('contracts.amend', amendment(w, contract.id));
    expect(amended.amendments.map((a) => [a.seq, a.number])).toEqual([[3, 'KS/2026/0001/A/3']]);
  });

  it("keeps each contract's series apart", async () => {
    const w = await contractWorld(app());
    const first = await createSigned(app(), w);
    const second = await createSigned(app(), w);
    await app().call('contracts.addEvaluation', evaluation(first.id));
    const other = await app().call('contracts.addEvaluation', evaluation(second.id));
    const sheet = await app().call('documents.get', { id: other.evaluations[0]!.documentId! });
    expect(sheet.number).toBe('KS/2026/0002/O/1');
  });
});

describe('two workstations on one database file', () => {
  it('draw the next numbers in turn, and each sees what the other signed', async () => {
    const ids = await drafts(6);
    const second = openDatabase(app().file, resolve('drizzle'));
    try {
      const other = { dispatch: signedInDispatch(createApp(second, { clock: app().clock })) };
      const stations = [app().dispatch, other.dispatch];

      // Alternately: first, second, first, …
      const alternate: string[] = [];
      for (const [i, id] of ids.slice(0, 6).entries()) {
        const envelope = await stations[i % 2]!('contracts.sign', { id, signedOn: '2026-11-20' });
        expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
        alternate.push((envelope as { data: { number: string } }).data.number);
      }
      expect(alternate).toEqual(series(2026, 1, 6));
      // Both at once is the next test's, in two threads: two connections in one thread would
      // only wait for each other (the second's BEGIN IMMEDIATE blocks the thread the first
      // needs to commit), which no workstation does.

      // The second station reads the first one's contract as signed.
      const seen = await other.dispatch('contracts.get', { id: ids[0] });
      expect(seen).toMatchObject({ ok: true, data: { status: 'signed', number: 'KS/2026/0001' } });
      expect(
        await other.dispatch('contracts.sign', { id: ids[0], signedOn: '2026-11-22' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid_state' },
      });
    } finally {
      second.close();
    }
    expect(counters()).toEqual([{ series: 'KS', year: 2026, last: 6 }]);
  });

  it('never draw the same number when both sign in parallel threads', async () => {
    const ids = await drafts(40);
    const gate = new SharedArrayBuffer(4);
    const station = (mine: number[]) =>
      new Worker(new URL('../support/sign-worker.ts', import.meta.url), {
        workerData: {
          file: app().file,
          migrations: resolve('drizzle'),
          ids: mine,
          signedOn: '2026-11-20',
          today: app().clock.today(),
          gate,
        },
        execArgv: ['--import', 'tsx'],
      });
    const workers = [
      station(ids.filter((_, i) => i % 2 === 0)),
      station(ids.filter((_, i) => i % 2 === 1)),
    ];
    try {
      const ready = workers.map((w) => new Promise((res) => w.once('message', res)));
      const done = workers.map(
        (w) =>
          new Promise<Envelope<{ number: string }>[]>((res, rej) => {
            w.on('message', (m) => m !== 'ready' && res(m as Envelope<{ number: string }>[]));
            w.once('error', rej);
          }),
      );
      await Promise.all(ready);
      // Both workers are waiting at the gate: open it for both at the same instant.
      Atomics.store(new Int32Array(gate), 0, 1);
      Atomics.notify(new Int32Array(gate), 0);
      const perWorker = await Promise.all(done);
      const results = perWorker.flat();

      expect(results.filter((e) => !e.ok)).toEqual([]);
      const numbers = results.map((e) => (e.ok ? e.data.number : ''));
      expect(new Set(numbers).size).toBe(40);
      expect([...numbers].sort()).toEqual(series(2026, 1, 40));
      // Each worker's own numbers rise in the order it signed.
      for (const list of perWorker) {
        const own = list.map((e) => (e.ok ? e.data.number : ''));
        expect(own).toEqual([...own].sort());
      }
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    const listed = await app().call('contracts.list', { status: 'signed', pageSize: 100 });
    expect(listed.rows.map((r) => r.number).sort()).toEqual(series(2026, 1, 40));
    expect(counters()).toEqual([{ series: 'KS', year: 2026, last: 40 }]);
  }, 60_000);
});

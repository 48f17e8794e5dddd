import { SessionRegistry } from '../../src-main/features/accounts/sessions';
import { describe, expect, it } from 'vitest';
import { buildHandlers } from '../../src-main/app';
import { CHANNEL_ACCESS, type Channel, type ChannelInput } from '../../src-main/contract';
import { createDispatcher } from '../../src-main/dispatcher';
import { sealUnchainedEntries } from '../../src-main/features/audit/audit-chain';
import { findParticipant } from '../../src-main/features/participants/participants.repo';
import { TEST_TODAY, testClock } from '../support/clock';
import { contractWorld, createSigned } from '../support/contracts';
import { useTestApp, type TestApp } from '../support/test-app';

const app = useTestApp();

/** Some history: a worker, a person, a project, a signed contract — and views of them. */
async function history(a: TestApp) {
  const world = await contractWorld(a);
  const contract = await createSigned(a, world);
  await a.call('participants.get', { id: world.participantId });
  return { world, contract };
}

/** Changes the log behind the core's back, as someone with a database editor could. */
function tamper(a: TestApp, sql: string) {
  a.handle.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  a.handle.sqlite.exec(sql);
}

describe('the audit log', () => {
  it('links every entry to the one before, and verifies whole', async () => {
    await history(app());
    const rows = app().auditRows();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const chained = app()
      .handle.sqlite.prepare('SELECT prev_hash AS prev, hash FROM audit_log ORDER BY id')
      .all() as { prev: string | null; hash: string }[];
    expect(chained[0]!.prev).toBeNull();
    for (let i = 1; i < chained.length; i += 1) expect(chained[i]!.prev).toBe(chained[i - 1]!.hash);
    expect(await app().call('audit.verify')).toEqual({
      ok: true,
      checked: rows.length,
      brokenAtId: null,
    });
  });

  it('refuses to change or remove an entry', async () => {
    await history(app());
    const { id } = app().auditRows()[2]!;
    const sqlite = app().handle.sqlite;
    expect(() =>
      sqlite.prepare("UPDATE audit_log SET actor_name = 'Ktoś' WHERE id = ?").run(id),
    ).toThrow(/tylko uzupełniać/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = ?').run(id)).toThrow(
      /tylko uzupełniać/,
    );
    expect((await app().call('audit.verify')).ok).toBe(true);
  });

  it('finds an entry changed behind the triggers’ back', async () => {
    await history(app());
    const { id } = app().auditRows()[3]!;
    tamper(app(), `UPDATE audit_log SET actor_name = 'Ktoś inny' WHERE id = ${id}`);
    expect(await app().call('audit.verify')).toMatchObject({ ok: false, brokenAtId: id });
  });

  it('finds an entry removed from the middle', async () => {
    await history(app());
    const rows = app().auditRows();
    const removed = rows[2]!.id;
    tamper(app(), `DELETE FROM audit_log WHERE id = ${removed}`);
    expect(await app().call('audit.verify')).toMatchObject({ ok: false, brokenAtId: rows[3]!.id });
  });

  it('seals entries written before the chain existed, oldest first', async () => {
    await history(app());
    const sqlite = app().handle.sqlite;
    // As a database migrated from version 4 has them: entries without hashes.
    tamper(app(), 'UPDATE audit_log SET prev_hash = NULL, hash = NULL');
    expect((await app().call('audit.verify')).ok).toBe(false);
    const count = app().auditRows().length;
    expect(await sealUnchainedEntries(app().uow)).toBe(count);
    expect(await app().call('audit.verify')).toEqual({
      ok: true,
      checked: count,
      brokenAtId: null,
    });
    expect(await sealUnchainedEntries(app().uow)).toBe(0);
    expect(sqlite.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(
      0,
    );
  });
});

/** A valid call of every channel that returns special-category data. */
type SensitiveChannel = {
  [C in Channel]: (typeof CHANNEL_ACCESS)[C] extends 'sensitiveRead' ? C : never;
}[Channel];

async function sensitiveCalls(
  a: TestApp,
): Promise<{ [C in Channel]?: { input: ChannelInput<C>; entity: string; entityId: number } }> {
  const { world, contract } = await history(a);
  const person = { entity: 'participant', entityId: world.participantId };
  const ofContract = { entity: 'contract', entityId: contract.id };
  return {
    'participants.get': { input: { id: world.participantId }, ...person },
    'enrolments.forParticipant': { input: { participantId: world.participantId }, ...person },
    'enrolments.checkEligibility': {
      input: { participantId: world.participantId, projectId: world.projectId, onDate: TEST_TODAY },
      ...person,
    },
    'contracts.get': { input: { id: contract.id }, ...ofContract },
    'contracts.preview': { input: { id: contract.id }, ...ofContract },
    'documents.get': { input: { id: contract.documentId! }, ...ofContract },
  } satisfies { [C in SensitiveChannel]: unknown };
}

describe('reads of special-category data (art. 9 RODO)', () => {
  it('are logged by every channel that returns them, naming whose data was seen', async () => {
    const calls = await sensitiveCalls(app());
    const sensitive = (Object.keys(CHANNEL_ACCESS) as Channel[]).filter(
      (c) => CHANNEL_ACCESS[c] === 'sensitiveRead',
    );
    expect(Object.keys(calls).sort()).toEqual([...sensitive].sort());
    for (const channel of sensitive) {
      const { input, entity, entityId } = calls[channel]!;
      const before = app().auditRows().length;
      await app().call(channel, input as never);
      const logged = app().auditRows().slice(before);
      expect(logged, channel).toEqual([
        expect.objectContaining({
          channel,
          entity,
          entity_id: entityId,
          action: 'view',
          actor_name: 'Anna Nowak',
        }),
      ]);
    }
  });

  it('are not returned by a handler that forgot to log them', async () => {
    const { world } = await history(app());
    const sessions = new SessionRegistry();
    const handlers = buildHandlers(app().handle, sessions);
    const forgetful = createDispatcher({
      handlers: {
        ...handlers,
        'participants.get': ({ id }, ctx) =>
          ctx.uow.read(async (tx) => (await findParticipant(tx, id))!),
      },
      uow: app().uow,
      authorize: async () => ({
        id: 1,
        name: 'Tester Testowy',
        roles: ['coordinator'],
        participantScope: 'all',
      }),
      clock: testClock(),
      logError: () => undefined,
    });
    const envelope = await forgetful('participants.get', { id: world.participantId }, 'test');
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(envelope)).not.toContain('exclusionReasons');
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../src-main/contract';
import type { AuditSearchRow } from '../../src-main/contract/audit';
import { todayIso } from '../../src-main/domain/dates';
import { contractWorld, createSigned, type ContractWorld } from '../support/contracts';
import { useTestApp, validEnrolment, validParticipant, validStaff } from '../support/test-app';

const app = useTestApp();

/*
 * Entries are stamped with the computer's time (`new Date()` in recordAudit); the tests set it
 * and run in Warsaw's time zone, so that "a day" is the office's day and not UTC's.
 */
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Warsaw';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Entries written from now on carry this instant: the core's clock moves to its day in the
 * office's zone (the request's moment is that day at the computer's time of day).
 */
const at = (iso: string) => {
  const instant = new Date(iso);
  vi.setSystemTime(instant);
  app().clock.set(todayIso(instant));
};

const search = (input: ChannelInput<'audit.search'> = {}) => app().call('audit.search', input);

const summary = (rows: AuditSearchRow[]) =>
  rows.map((r) => `${r.channel} ${r.entity}#${r.entityId} ${r.action}`);

/**
 * Two staff members and two people: Anna Nowak, a social worker, registers Anna Kowalska (with an enrolment and
 * a signed contract) and Jan Nowak on 20.11.2026; Piotr Lis opens Anna's card, her contract and
 * its signed document on 23.11.2026.
 */
async function history() {
  at('2026-11-20T09:00:00Z');
  const world: ContractWorld = await contractWorld(app(), {
    person: {
      firstName: 'Anna',
      lastName: 'Kowalska',
      sex: 'K',
      birthDate: '1985-03-02',
      notes: 'Leczenie odwykowe w poradni',
    },
  });
  const workerId = world.workerId;
  const enrolment = await app().call(
    'enrolments.create',
    validEnrolment(world.participantId, world.projectId, {
      enrolledOn: '2026-11-20',
      consentDate: '2026-11-20',
    }),
  );
  const contract = await createSigned(app(), world);
  const jan = await app().call('participants.create', validParticipant({ lastName: 'Nowak' }));
  at('2026-11-23T10:00:00Z');
  const piotr = await app().actAs({ firstName: 'Piotr', lastName: 'Lis' });
  await app().call('participants.get', { id: world.participantId });
  await app().call('enrolments.forParticipant', { participantId: world.participantId });
  await app().call('contracts.get', { id: contract.id });
  await app().call('documents.get', { id: contract.documentId! });
  await app().call('participants.get', { id: jan.id });
  return { world, workerId, piotrId: piotr.id, enrolment, contract, janId: jan.id };
}

describe('audit.search', () => {
  it('lists every entry newest first, with the total and the newest id it covers', async () => {
    await history();
    const all = app().auditRows();

    const page = await search({ pageSize: 500 });

    expect(page.total).toBe(all.length);
    expect(page.asOfId).toBe(all.at(-1)!.id);
    expect(page.rows.map((r) => r.id)).toEqual(all.map((r) => r.id).reverse());
    expect(page.rows[0]).toEqual({
      id: all.at(-1)!.id,
      at: '2026-11-23T10:00:00.000Z',
      actorId: expect.any(Number),
      actorName: 'Piotr Lis',
      channel: 'participants.get',
      entity: 'participant',
      entityId: expect.any(Number),
      action: 'view',
      changedFields: ['exclusionReasons', 'notes'],
      participantId: expect.any(Number),
      participantName: 'Nowak Jan',
      subject: null,
    });
  });

  it('pages: 50 by default, at most 500 a page, pages that meet without gaps', async () => {
    await history();
    for (let i = 0; i < 60; i += 1)
      await app().call('staff.create', validStaff({ lastName: `Nowak${i}` }));
    const total = app().auditRows().length;

    const first = await search();
    const second = await search({ page: 2 });
    const all = await search({ pageSize: 500 });

    expect(first.rows).toHaveLength(50);
    expect(first.total).toBe(total);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(
      all.rows.slice(0, 50 + second.rows.length).map((r) => r.id),
    );
    expect((await search({ page: 1000 })).rows).toEqual([]);
    const refused = await app().fail('audit.search', { pageSize: 501 }, 'invalid_input');
    expect(refused.issues).toEqual([
      { path: ['pageSize'], message: 'Najwyżej 500 wpisów na stronę' },
    ]);
  });

  it('filters by the office’s local day: from and to inclusive, midnight to midnight in Warsaw', async () => {
    // The test's time zone is the office's: 20.11.2026 00:00 there is 19.11 23:00 UTC.
    expect(new Date(2026, 10, 20).toISOString()).toBe('2026-11-19T23:00:00.000Z');
    const stamps = [
      '2026-11-19T22:59:59.999Z', // 19.11 23:59:59 in Warsaw
      '2026-11-19T23:00:00.000Z', // 20.11 00:00
      '2026-11-20T22:59:59.999Z', // 20.11 23:59:59
      '2026-11-20T23:00:00.000Z', // 21.11 00:00
      '2026-11-22T12:00:00.000Z', // 22.11
    ];
    for (const [i, stamp] of stamps.entries()) {
      at(stamp);
      await app().call('staff.create', validStaff({ lastName: `Dzień${i}` }));
    }
    const atOf = async (input: object) =>
      (await search({ ...input, entity: 'staff' })).rows.map((r) => r.at).reverse();

    expect(await atOf({ from: '2026-11-20', to: '2026-11-20' })).toEqual(stamps.slice(1, 3));
    expect(await atOf({ from: '2026-11-20' })).toEqual(stamps.slice(1));
    expect(await atOf({ to: '2026-11-20' })).toEqual(stamps.slice(0, 3));
    expect(await atOf({ from: '2026-11-21', to: '2026-11-22' })).toEqual(stamps.slice(3));
    expect(await atOf({ from: '2026-11-23' })).toEqual([]);
  });

  it('refuses a range that ends before it begins, and implausible days', async () => {
    const refused = await app().fail(
      'audit.search',
      { from: '2026-11-23', to: '2026-11-20' },
      'invalid_input',
    );
    expect(refused.issues).toEqual([
      { path: ['to'], message: 'Data końcowa nie może być wcześniejsza niż początkowa' },
    ]);
    await app().fail('audit.search', { from: '1999-12-31' }, 'invalid_input');
    await app().fail('audit.search', { to: '2026-02-30' }, 'invalid_input');
  });

  it('filters by the staff member who acted', async () => {
    const { world, workerId, piotrId, contract, janId } = await history();

    const worker = await search({ actorId: workerId, pageSize: 500 });
    const piotr = await search({ actorId: piotrId, pageSize: 500 });

    expect(new Set(worker.rows.map((r) => r.actorName))).toEqual(new Set(['Anna Nowak']));
    expect(new Set(worker.rows.map((r) => r.actorId))).toEqual(new Set([workerId]));
    expect(summary(piotr.rows)).toEqual([
      `participants.get participant#${janId} view`,
      `documents.get contract#${contract.id} view`,
      `contracts.get contract#${contract.id} view`,
      `enrolments.forParticipant participant#${world.participantId} view`,
      `participants.get participant#${world.participantId} view`,
    ]);
    expect(worker.total + piotr.total).toBe(app().auditRows().length);
    expect((await search({ actorId: 9999 })).total).toBe(0);
  });

  it('filters by the kind of object and by the action, also together', async () => {
    const { contract } = await history();

    const contracts = await search({ entity: 'contract', pageSize: 500 });
    const views = await search({ action: 'view', pageSize: 500 });
    const contractViews = await search({ entity: 'contract', action: 'view' });

    expect(contracts.rows.every((r) => r.entity === 'contract')).toBe(true);
    expect(contracts.rows.map((r) => r.action).sort()).toEqual(['create', 'issue', 'view', 'view']);
    expect(contracts.rows.every((r) => r.subject === contract.number)).toBe(true);
    expect(views.rows.every((r) => r.action === 'view')).toBe(true);
    expect(views.total).toBe(
      app()
        .auditRows()
        .filter((r) => r.action === 'view').length,
    );
    expect(summary(contractViews.rows)).toEqual([
      `documents.get contract#${contract.id} view`,
      `contracts.get contract#${contract.id} view`,
    ]);
  });

  it('finds what concerns one person: their record, enrolments, contracts and documents', async () => {
    const { world, enrolment, contract, janId } = await history();

    const anna = await search({ participantId: world.participantId, pageSize: 500 });
    const jan = await search({ participantId: janId });

    expect(new Set(anna.rows.map((r) => `${r.entity}#${r.entityId}`))).toEqual(
      new Set([
        `participant#${world.participantId}`,
        `enrolment#${enrolment.id}`,
        `contract#${contract.id}`,
      ]),
    );
    expect(anna.rows.map((r) => r.channel).sort()).toEqual(
      [
        'participants.create',
        'enrolments.create',
        'contracts.create',
        'contracts.sign',
        'participants.get',
        'enrolments.forParticipant',
        'contracts.get',
        'documents.get',
      ].sort(),
    );
    expect(anna.total).toBe(anna.rows.length);
    expect(new Set(anna.rows.map((r) => r.participantName))).toEqual(new Set(['Kowalska Anna']));
    expect(new Set(anna.rows.map((r) => r.participantId))).toEqual(new Set([world.participantId]));
    const enrolmentRow = anna.rows.find((r) => r.entity === 'enrolment')!;
    expect(enrolmentRow.subject).toBe('Aktywna integracja w Bartoszycach');
    expect(summary(jan.rows)).toEqual([
      `participants.get participant#${janId} view`,
      `participants.create participant#${janId} create`,
    ]);
    // Combined with other filters, and a person nobody wrote about.
    const annaViews = await search({ participantId: world.participantId, action: 'view' });
    expect(annaViews.total).toBe(4);
    const nobody = await app().call('participants.create', validParticipant());
    expect((await search({ participantId: nobody.id, action: 'view' })).total).toBe(0);
    expect((await search({ participantId: 99999 })).total).toBe(0);
  });

  it('names the person and the object, never a value of their data', async () => {
    const { world } = await history();
    await app().call('staff.create', validStaff({ firstName: 'Ewa', lastName: 'Wróbel' }));

    const page = await search({ pageSize: 500 });
    const text = JSON.stringify(page);

    const person = await app().call('participants.get', { id: world.participantId });
    expect(text).toContain('Kowalska Anna');
    for (const secret of [person.pesel!, 'Leczenie odwykowe', person.address.street!])
      expect(text).not.toContain(secret);
    const staffRow = page.rows.find((r) => r.entity === 'staff' && r.action === 'create');
    expect(staffRow?.subject).toBe('Ewa Wróbel');
    expect(staffRow?.participantName).toBeNull();
  });

  it('pages through the same entries while others keep writing (untilId)', async () => {
    await history();
    const first = await search({ pageSize: 10 });
    await app().call('staff.create', validStaff({ lastName: 'Później' }));
    await app().call('staff.create', validStaff({ lastName: 'Jeszcze później' }));

    const pinned = await search({ pageSize: 10, untilId: first.asOfId! });
    const loose = await search({ pageSize: 10 });

    expect(pinned.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(pinned.total).toBe(first.total);
    expect(pinned.asOfId).toBe(first.asOfId);
    expect(loose.total).toBe(first.total + 2);
    expect(loose.rows[0]!.id).toBeGreaterThan(first.asOfId!);
  });

  it('is open to the administrator only', async () => {
    await history();
    const administrator = await app().window(['administrator']);
    const coordinator = await app().window(['coordinator']);
    const worker = await app().window(['socialWorker']);

    expect((await administrator.call('audit.search', {})).total).toBeGreaterThan(0);
    await coordinator.fail('audit.search', {}, 'forbidden');
    await worker.fail('audit.search', {}, 'forbidden');
  });
});

describe('audit.viewsOf', () => {
  it('tells who viewed a person’s data, how often and when last, with the views one by one', async () => {
    const { world, workerId, piotrId, contract } = await history();
    at('2026-11-24T08:15:00Z');
    await app().call('participants.get', { id: world.participantId }); // Piotr again

    const views = await app().call('audit.viewsOf', { participantId: world.participantId });

    expect(views.byActor).toEqual([
      { actorId: piotrId, actorName: 'Piotr Lis', count: 5, lastAt: '2026-11-24T08:15:00.000Z' },
    ]);
    expect(views.total).toBe(5);
    expect(views.views.map((v) => `${v.channel} ${v.entity}#${v.entityId} ${v.at}`)).toEqual([
      `participants.get participant#${world.participantId} 2026-11-24T08:15:00.000Z`,
      `documents.get contract#${contract.id} 2026-11-23T10:00:00.000Z`,
      `contracts.get contract#${contract.id} 2026-11-23T10:00:00.000Z`,
      `enrolments.forParticipant participant#${world.participantId} 2026-11-23T10:00:00.000Z`,
      `participants.get participant#${world.participantId} 2026-11-23T10:00:00.000Z`,
    ]);
    expect(views.views[0]).toEqual({
      id: expect.any(Number),
      at: '2026-11-24T08:15:00.000Z',
      actorId: piotrId,
      actorName: 'Piotr Lis',
      channel: 'participants.get',
      entity: 'participant',
      entityId: world.participantId,
      changedFields: ['exclusionReasons', 'notes'],
    });
    expect(workerId).not.toBe(piotrId);
  });

  it('counts each staff member once, the most recent viewer first, under their present name', async () => {
    const { world, piotrId } = await history();
    at('2026-11-25T09:00:00Z');
    const halina = await app().actAs({ firstName: 'Halina', lastName: 'Ćwik' });
    await app().call('participants.get', { id: world.participantId });
    await app().call('participants.get', { id: world.participantId });
    await app().call('staff.update', {
      ...validStaff({ firstName: 'Halina', lastName: 'Ćwik-Lis', role: 'administrator' }),
      id: halina.id,
    });

    const views = await app().call('audit.viewsOf', { participantId: world.participantId });

    expect(views.byActor).toEqual([
      {
        actorId: halina.id,
        actorName: 'Halina Ćwik-Lis',
        count: 2,
        lastAt: '2026-11-25T09:00:00.000Z',
      },
      { actorId: piotrId, actorName: 'Piotr Lis', count: 4, lastAt: '2026-11-23T10:00:00.000Z' },
    ]);
    expect(views.total).toBe(6);
  });

  it('is empty for a person nobody looked at, and refuses an unknown person', async () => {
    const { janId } = await history();
    const nobody = await app().call('participants.create', validParticipant());

    expect(await app().call('audit.viewsOf', { participantId: nobody.id })).toEqual({
      byActor: [],
      views: [],
      total: 0,
    });
    expect((await app().call('audit.viewsOf', { participantId: janId })).total).toBe(1);
    await app().fail('audit.viewsOf', { participantId: 99999 }, 'not_found');
  });

  it('is open to the coordinator and the administrator, not to a social worker', async () => {
    const { world } = await history();
    const administrator = await app().window(['administrator']);
    const coordinator = await app().window(['coordinator']);
    const worker = await app().window(['socialWorker'], { participantScope: 'all' });
    const input = { participantId: world.participantId };

    expect((await administrator.call('audit.viewsOf', input)).total).toBeGreaterThan(0);
    expect((await coordinator.call('audit.viewsOf', input)).total).toBeGreaterThan(0);
    await worker.fail('audit.viewsOf', input, 'forbidden');
  });
});

import { describe, expect, it } from 'vitest';
import { useTestApp, validEnrolment, validMonitoring, validParticipant, validProject, validStaff, type TestApp } from '../support/test-app';

const app = useTestApp();

interface Expected {
  channel: string;
  entity: string;
  action: string;
  fields: string[];
}

/** Each write channel: arrange what it needs, do the write, return the id the entry must name. */
const WRITES: [string, (a: TestApp) => Promise<number | null>, Expected][] = [
  [
    'settings.update (first save)',
    async (a) => (await a.call('settings.update', { officeName: 'MOPS Bartoszyce', address: null, phone: null, headOfOffice: null }), null),
    { channel: 'settings.update', entity: 'settings', action: 'create', fields: ['officeName'] },
  ],
  [
    'settings.update (change)',
    async (a) => {
      await a.call('settings.update', { officeName: 'MOPS Bartoszyce' });
      await a.call('settings.update', { officeName: 'MOPS Bartoszyce', phone: '89 762 00 00' });
      return null;
    },
    { channel: 'settings.update', entity: 'settings', action: 'update', fields: ['phone'] },
  ],
  [
    'staff.create',
    async (a) => (await a.call('staff.create', validStaff({ lastName: 'Lis' }))).id,
    { channel: 'staff.create', entity: 'staff', action: 'create', fields: ['active', 'firstName', 'lastName', 'phone', 'role'] },
  ],
  [
    'staff.update',
    async (a) => {
      const s = await a.call('staff.create', validStaff({ lastName: 'Lis' }));
      return (await a.call('staff.update', { ...validStaff({ lastName: 'Lis' }), id: s.id, phone: '600 100 200' })).id;
    },
    { channel: 'staff.update', entity: 'staff', action: 'update', fields: ['phone'] },
  ],
  [
    'projects.create',
    async (a) => (await a.call('projects.create', validProject())).id,
    {
      channel: 'projects.create',
      entity: 'project',
      action: 'create',
      fields: ['beneficiary', 'criteria', 'edition', 'endDate', 'euFunding', 'indicators', 'isEfs', 'measure', 'ownContribution', 'partners', 'plannedMen', 'plannedWomen', 'programme', 'startDate', 'title', 'totalValue'],
    },
  ],
  [
    'projects.update',
    async (a) => {
      const { id } = await a.call('projects.create', validProject());
      return (await a.call('projects.update', { id, project: validProject({ title: 'KIS II', plannedMen: 7 }) })).id;
    },
    { channel: 'projects.update', entity: 'project', action: 'update', fields: ['plannedMen', 'title'] },
  ],
  [
    'participants.create',
    async (a) => (await a.call('participants.create', validParticipant({ notes: 'Tajne uwagi', email: null, phone: null, birthPlace: null }))).id,
    {
      channel: 'participants.create',
      entity: 'participant',
      action: 'create',
      fields: [
        'address.areaType', 'address.commune', 'address.county', 'address.flatNumber', 'address.houseNumber', 'address.locality',
        'address.postalCode', 'address.street', 'address.voivodeship', 'birthDate', 'educationLevel', 'exclusionReasons',
        'familyMembers', 'firstName', 'lastName', 'notes', 'pesel', 'sex',
      ],
    },
  ],
  [
    'participants.update',
    async (a) => {
      const input = validParticipant();
      const { id } = await a.call('participants.create', input);
      const changed = { ...input, notes: 'Nowe uwagi', address: { ...input.address, locality: 'Sępopol' } };
      return (await a.call('participants.update', { id, participant: changed })).id;
    },
    { channel: 'participants.update', entity: 'participant', action: 'update', fields: ['address.locality', 'notes'] },
  ],
  [
    'participants.get (a view of a card)',
    async (a) => (await a.call('participants.get', { id: (await a.call('participants.create', validParticipant())).id })).id,
    { channel: 'participants.get', entity: 'participant', action: 'view', fields: ['exclusionReasons', 'notes'] },
  ],
  [
    'enrolments.create',
    async (a) => (await enrol(a)).id,
    {
      channel: 'enrolments.create',
      entity: 'enrolment',
      action: 'create',
      fields: ['consentDataProcessing', 'consentDate', 'enrolledOn', 'monitoring', 'participantId', 'projectId'],
    },
  ],
  [
    'enrolments.changeStatus (qualified)',
    async (a) => (await a.call('enrolments.changeStatus', { id: (await enrol(a)).id, to: 'qualified', date: '2013-02-10' })).id,
    { channel: 'enrolments.changeStatus', entity: 'enrolment', action: 'status', fields: ['status'] },
  ],
  [
    'enrolments.changeStatus (participant)',
    async (a) => {
      const { id } = await enrol(a);
      await a.call('enrolments.changeStatus', { id, to: 'qualified', date: '2013-02-10' });
      return (await a.call('enrolments.changeStatus', { id, to: 'participant', date: '2013-03-01' })).id;
    },
    { channel: 'enrolments.changeStatus', entity: 'enrolment', action: 'status', fields: ['longTermUnemployed', 'startedOn', 'status'] },
  ],
  [
    'enrolments.updateMonitoring',
    async (a) => (await a.call('enrolments.updateMonitoring', { id: (await enrol(a)).id, monitoring: validMonitoring({ disability: 'yes' }) })).id,
    { channel: 'enrolments.updateMonitoring', entity: 'enrolment', action: 'update', fields: ['monitoring'] },
  ],
];

async function enrol(a: TestApp) {
  const participant = await a.call('participants.create', validParticipant());
  const project = await a.call('projects.create', validProject());
  return a.call('enrolments.create', validEnrolment(participant.id, project.id));
}

describe('audit log — every write is recorded', () => {
  it.each(WRITES)('%s adds an entry with the actor, channel, entity, id and field names', async (_name, write, expected) => {
    const actor = await app().actAs({ firstName: 'Halina', lastName: 'Ćwik' });
    const entityId = await write(app());

    const last = app().auditRows().at(-1)!;
    expect({ ...last, changed_fields: [...(JSON.parse(last.changed_fields) as string[])].sort() }).toEqual({
      id: expect.any(Number),
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      actor_id: actor.id,
      actor_name: 'Halina Ćwik',
      channel: expected.channel,
      entity: expected.entity,
      entity_id: entityId,
      action: expected.action,
      changed_fields: expected.fields,
    });
  });

  it('records a write made while nobody is acting with no actor', async () => {
    const member = await app().call('staff.create', validStaff());
    expect(app().auditRows()).toEqual([expect.objectContaining({ actor_id: null, actor_name: null, entity: 'staff', entity_id: member.id })]);
  });

  it('adds nothing for reads and for refused writes', async () => {
    await app().actAs();
    const before = app().count('audit_log');
    await app().call('participants.search', { query: 'kowalski' });
    await app().call('projects.list');
    await app().call('staff.list');
    await app().call('settings.get');
    await app().call('session.get');
    await app().fail('participants.create', validParticipant({ pesel: '44051401358' }), 'invalid_input');
    await app().fail('participants.get', { id: 999 }, 'not_found');
    expect(app().count('audit_log')).toBe(before);
  });
});

describe('audit log — names of fields, never values', () => {
  it('keeps no PESEL, notes, names, address, reason or contact data anywhere in audit_log', async () => {
    await app().actAs();
    const secrets = {
      pesel: '44051401359',
      notes: 'Terapia uzależnienia w poradni przy ul. Słonecznej',
      lastName: 'Przybyszewski',
      firstName: 'Bonifacy',
      street: 'Zaułek Tajemniczy',
      email: 'bonifacy.p@example.pl',
      phone: '601 234 567',
      family: 'Eustachy',
      reason: 'Wyjazd za granicę do pracy sezonowej',
    };
    const input = validParticipant({
      pesel: secrets.pesel,
      birthDate: '1944-05-14',
      sex: 'M',
      firstName: secrets.firstName,
      lastName: secrets.lastName,
      notes: secrets.notes,
      email: secrets.email,
      phone: secrets.phone,
      address: { street: secrets.street },
      familyMembers: [{ firstName: secrets.family, lastName: secrets.lastName, relation: 'syn' }],
      exclusionReasons: ['addiction'],
    });
    const { id } = await app().call('participants.create', input);
    await app().call('participants.update', { id, participant: { ...input, notes: `${secrets.notes} (2)` } });
    await app().call('participants.get', { id });
    const project = await app().call('projects.create', validProject());
    const enrolment = await app().call('enrolments.create', validEnrolment(id, project.id));
    await app().call('enrolments.changeStatus', { id: enrolment.id, to: 'rejected', date: '2013-02-05', reason: secrets.reason });

    const dump = JSON.stringify(app().handle.sqlite.prepare('SELECT * FROM audit_log').all());

    expect(app().count('audit_log')).toBe(7);
    for (const value of Object.values(secrets)) expect(dump).not.toContain(value);
    expect(dump).not.toContain('addiction');
  });
});

describe('audit.forEntity', () => {
  it('lists the entries of one record, newest first', async () => {
    await app().actAs({ firstName: 'Halina', lastName: 'Ćwik' });
    const input = validParticipant();
    const { id } = await app().call('participants.create', input);
    await app().call('participants.create', validParticipant());
    await app().call('participants.update', { id, participant: { ...input, notes: 'Uwagi' } });

    const entries = await app().call('audit.forEntity', { entity: 'participant', entityId: id });

    expect(entries.map(({ actorName, channel, entity, entityId, action, changedFields }) => ({ actorName, channel, entity, entityId, action, changedFields }))).toEqual([
      { actorName: 'Halina Ćwik', channel: 'participants.update', entity: 'participant', entityId: id, action: 'update', changedFields: ['notes'] },
      expect.objectContaining({ channel: 'participants.create', action: 'create', entityId: id }),
    ]);
  });

  it('gives an empty list for a record without entries', async () => {
    expect(await app().call('audit.forEntity', { entity: 'project', entityId: 12345 })).toEqual([]);
  });

  it.each([
    [{ entity: 'user', entityId: 1 }, ['entity']],
    [{ entity: 'participant', entityId: 0 }, ['entityId']],
    [{ entity: 'participant' }, ['entityId']],
  ])('refuses %j', async (input, path) => {
    const error = await app().fail('audit.forEntity', input, 'invalid_input');
    expect(error.issues!.map((i) => i.path)).toEqual([path]);
  });
});

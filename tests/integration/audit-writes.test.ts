import { describe, expect, it } from 'vitest';
import {
  enrolCandidate,
  useTestApp,
  validMonitoring,
  validParticipant,
  validProject,
  validStaff,
  type TestApp,
} from '../support/test-app';

const app = useTestApp();

interface WriteCase {
  name: string;
  /** Arranges what the write needs, does it, and returns the id the entry must name. */
  write: (a: TestApp) => Promise<number | null>;
  entity: string;
  action: string;
  /** Changed field names, sorted. */
  fields: string[];
}

const PARTICIPANT_FIELDS_SET_BY_BUILDER = [
  ...['areaType', 'commune', 'county', 'flatNumber', 'houseNumber', 'locality'].map(
    (f) => `address.${f}`,
  ),
  ...['postalCode', 'street', 'voivodeship'].map((f) => `address.${f}`),
  ...['birthDate', 'educationLevel', 'exclusionReasons', 'firstName', 'lastName'],
  ...['notes', 'pesel', 'sex'],
];

const WRITES: WriteCase[] = [
  {
    name: 'settings.update',
    write: async (a) => (await a.call('settings.update', { officeName: 'MOPS Bartoszyce' }), null),
    entity: 'settings',
    action: 'create',
    // The idle lock's default is stored with the first save.
    fields: ['idleLockMinutes', 'officeName'],
  },
  {
    name: 'settings.update',
    write: async (a) => {
      await a.call('settings.update', { officeName: 'MOPS Bartoszyce' });
      await a.call('settings.update', { officeName: 'MOPS Bartoszyce', phone: '89 762 00 00' });
      return null;
    },
    entity: 'settings',
    action: 'update',
    fields: ['phone'],
  },
  {
    name: 'staff.create',
    write: async (a) => (await a.call('staff.create', validStaff({ lastName: 'Lis' }))).id,
    entity: 'staff',
    action: 'create',
    fields: ['active', 'firstName', 'lastName', 'phone', 'role'],
  },
  {
    name: 'staff.update',
    write: async (a) => {
      const { id } = await a.call('staff.create', validStaff());
      return (await a.call('staff.update', { ...validStaff(), id, phone: '600 100 200' })).id;
    },
    entity: 'staff',
    action: 'update',
    fields: ['phone'],
  },
  {
    name: 'projects.create',
    write: async (a) => (await a.call('projects.create', validProject())).id,
    entity: 'project',
    action: 'create',
    fields: [
      ...['beneficiary', 'criteria', 'edition', 'endDate', 'euFunding', 'indicators', 'isEfs'],
      ...['measure', 'ownContribution', 'partners', 'plannedMen', 'plannedWomen', 'programme'],
      ...['startDate', 'title', 'totalValue'],
    ],
  },
  {
    name: 'projects.update',
    write: async (a) => {
      const { id } = await a.call('projects.create', validProject());
      const project = validProject({ title: 'KIS II', plannedMen: 7 });
      return (await a.call('projects.update', { id, project })).id;
    },
    entity: 'project',
    action: 'update',
    fields: ['plannedMen', 'title'],
  },
  {
    name: 'participants.create',
    write: async (a) => {
      const input = validParticipant({ notes: 'Uwagi', phone: null, birthPlace: null });
      return (await a.call('participants.create', input)).id;
    },
    entity: 'participant',
    action: 'create',
    fields: PARTICIPANT_FIELDS_SET_BY_BUILDER,
  },
  {
    name: 'participants.update',
    write: async (a) => {
      const input = validParticipant();
      const { id } = await a.call('participants.create', input);
      const address = { ...input.address, locality: 'Sępopol' };
      return (
        await a.call('participants.update', {
          id,
          participant: { ...input, notes: 'Nowe', address },
        })
      ).id;
    },
    entity: 'participant',
    action: 'update',
    fields: ['address.locality', 'notes'],
  },
  {
    name: 'participants.get',
    write: async (a) => {
      const { id } = await a.call('participants.create', validParticipant());
      return (await a.call('participants.get', { id })).id;
    },
    entity: 'participant',
    action: 'view',
    fields: ['exclusionReasons', 'notes'],
  },
  {
    name: 'enrolments.create',
    write: async (a) => (await enrolCandidate(a)).id,
    entity: 'enrolment',
    action: 'create',
    fields: [
      'consentDataProcessing',
      'consentDate',
      'enrolledOn',
      'monitoring',
      'participantId',
      'projectId',
    ],
  },
  {
    name: 'enrolments.changeStatus',
    write: async (a) => {
      const { id } = await enrolCandidate(a);
      return (await a.call('enrolments.changeStatus', { id, to: 'qualified', date: '2013-02-10' }))
        .id;
    },
    entity: 'enrolment',
    action: 'status',
    fields: ['status'],
  },
  {
    name: 'enrolments.changeStatus',
    write: async (a) => {
      const { id } = await enrolCandidate(a);
      await a.call('enrolments.changeStatus', { id, to: 'qualified', date: '2013-02-10' });
      return (
        await a.call('enrolments.changeStatus', { id, to: 'participant', date: '2013-03-01' })
      ).id;
    },
    entity: 'enrolment',
    action: 'status',
    fields: ['longTermUnemployed', 'startedOn', 'status'],
  },
  {
    name: 'enrolments.updateMonitoring',
    write: async (a) => {
      const { id } = await enrolCandidate(a);
      const monitoring = validMonitoring({ disability: 'yes' });
      return (await a.call('enrolments.updateMonitoring', { id, monitoring })).id;
    },
    entity: 'enrolment',
    action: 'update',
    fields: ['monitoring'],
  },
];

describe('audit log — every write is recorded', () => {
  it.each(WRITES)(
    '$name ($action) adds an entry with actor, channel, entity, id and changed field names',
    async ({ name, write, entity, action, fields }) => {
      const actor = await app().actAs({ firstName: 'Halina', lastName: 'Ćwik' });
      const entityId = await write(app());

      const last = app().auditRows().at(-1)!;
      const changed = (JSON.parse(last.changed_fields) as string[]).sort();
      expect({ ...last, changed_fields: changed }).toEqual({
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        actor_id: actor.id,
        actor_name: 'Halina Ćwik',
        channel: name,
        entity,
        entity_id: entityId,
        action,
        changed_fields: fields,
        // The first entry of a file has no predecessor to link to.
        prev_hash: last.id === 1 ? null : expect.stringMatching(/^[0-9a-f]{64}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    },
  );

  it('covers every write channel of the contract', () => {
    const written = new Set(WRITES.filter((w) => w.action !== 'view').map((w) => w.name));
    expect([...written].sort()).toEqual([
      ...['enrolments.changeStatus', 'enrolments.create', 'enrolments.updateMonitoring'],
      ...['participants.create', 'participants.update', 'projects.create', 'projects.update'],
      ...['settings.update', 'staff.create', 'staff.update'],
    ]);
  });

  it('refuses a write from a window where nobody is signed in, and writes nothing', async () => {
    const nobody = await app().window(null);
    const before = app().counts();
    const error = await nobody.fail('staff.create', validStaff(), 'unauthenticated');
    expect(error.message).toBe('Zaloguj się, aby korzystać z programu.');
    expect(app().counts()).toEqual(before);
    expect(app().auditRows()).toEqual([]);
  });

  it('adds nothing for reads and for refused writes', async () => {
    await app().actAs();
    const before = app().count('audit_log');
    await app().call('participants.search', { query: 'kowalski' });
    await app().call('projects.list');
    await app().call('staff.list');
    await app().call('settings.get');
    await app().call('session.get');
    await app().fail(
      'participants.create',
      validParticipant({ pesel: '44051401358' }),
      'invalid_input',
    );
    await app().fail('participants.get', { id: 999 }, 'not_found');
    await app().fail('staff.update', { ...validStaff(), id: 999 }, 'not_found');
    expect(app().count('audit_log')).toBe(before);
  });
});

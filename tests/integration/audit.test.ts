import { describe, expect, it } from 'vitest';
import {
  useTestApp,
  validEnrolment,
  validParticipant,
  validProject,
  validStaff,
} from '../support/test-app';

const app = useTestApp();

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
    const updated = { ...input, notes: `${secrets.notes} (2)` };
    await app().call('participants.update', { id, participant: updated });
    await app().call('participants.get', { id });
    const project = await app().call('projects.create', validProject());
    const enrolment = await app().call('enrolments.create', validEnrolment(id, project.id));
    const rejection = { to: 'rejected', date: '2013-02-05', reason: secrets.reason } as const;
    await app().call('enrolments.changeStatus', { id: enrolment.id, ...rejection });

    const dump = JSON.stringify(app().handle.sqlite.prepare('SELECT * FROM audit_log').all());

    // participants.create/update/get, projects.create, enrolments.create/changeStatus (the
    // signed-in account was written without the channels)
    expect(app().count('audit_log')).toBe(6);
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

    const { rows: entries, total } = await app().call('audit.forEntity', {
      entity: 'participant',
      entityId: id,
    });

    expect(total).toBe(2);
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(String),
        actorName: 'Halina Ćwik',
        channel: 'participants.update',
        entity: 'participant',
        entityId: id,
        action: 'update',
        changedFields: ['notes'],
      },
      expect.objectContaining({ channel: 'participants.create', action: 'create', entityId: id }),
    ]);
  });

  it('shows who acted on a staff record', async () => {
    const member = await app().call('staff.create', validStaff());
    const { rows: entries } = await app().call('audit.forEntity', {
      entity: 'staff',
      entityId: member.id,
    });
    expect(entries).toEqual([
      expect.objectContaining({ actorName: 'Tester Testowy', action: 'create' }),
    ]);
  });

  it('gives an empty list for a record without entries', async () => {
    expect(await app().call('audit.forEntity', { entity: 'project', entityId: 12345 })).toEqual({
      rows: [],
      total: 0,
    });
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

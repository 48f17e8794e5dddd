import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { clubWorld, qualifiedPerson, validGroup, type ClubWorld } from '../support/club';
import { KIS, KURS_ZAWODOWY, TRENING, createSigned, seedInstruments } from '../support/contracts';
import { useTestApp, validEnrolment, validParticipant, validStaff } from '../support/test-app';

const app = useTestApp();

/** A day before the cycle starts (the clock's today), when people are qualified. */
const today = () => app().clock.today();

/** Signs a social contract for the person in force from `from` to `to`. */
async function signContract(w: ClubWorld, participantId: number, from: string, to: string) {
  const instrument = await seedInstruments(app());
  const worker = await app().call('staff.create', validStaff({ lastName: 'Pracownik' }));
  await createSigned(
    app(),
    {
      workerId: worker.id,
      participantId,
      projectId: w.projectId,
      instrument,
      path: [instrument(KIS), instrument(TRENING), instrument(KURS_ZAWODOWY)],
    },
    {
      concludedOn: from,
      periodFrom: from,
      periodTo: to,
      evaluation: { firstOn: addDays(from, 7) },
    },
    { signedOn: from },
  );
}

const member = (participantId: number, joinedOn: string, leftOn: string | null = null) => ({
  participantId,
  joinedOn,
  leftOn,
});

describe('club.setMembers and club.members', () => {
  it('saves the members, warns of one without a social contract in force, and lists names', async () => {
    const w = await clubWorld(app());
    const withContract = await qualifiedPerson(app(), w.projectId, today(), 'Adamska');
    const without = await qualifiedPerson(app(), w.projectId, today(), 'Zając');
    const waiting = await qualifiedPerson(app(), w.projectId, today(), 'Nowicka');
    await signContract(w, withContract, addDays(today(), -7), addDays(today(), 90));
    const before = (await app().call('club.getEdition', { id: w.editionId })).edition.revision;

    const saved = await app().call('club.setMembers', {
      groupId: w.groupId,
      members: [member(without, w.start), member(withContract, w.start)],
    });

    expect(saved).toEqual({
      groupId: w.groupId,
      members: [member(without, w.start), member(withContract, w.start)],
      warnings: [
        {
          participantId: without,
          message: `Brak zawartego kontraktu socjalnego obowiązującego ${formatDate(w.start)} — udział w KIS go wymaga`,
        },
      ],
    });
    const programme = await app().call('club.getEdition', { id: w.editionId });
    expect(programme.edition.revision).toBe(before + 1);
    expect(programme.groups[0]!.members).toBe(2);
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'club.setMembers',
      entity: 'clubGroup',
      entity_id: w.groupId,
      action: 'update',
      changed_fields: '["members"]',
    });
    expect(await app().call('club.members', { groupId: w.groupId })).toEqual({
      groupId: w.groupId,
      sizeLimit: 12,
      members: [
        { ...member(withContract, w.start), name: 'Adamska Jan', contractInForce: true },
        { ...member(without, w.start), name: 'Zając Jan', contractInForce: false },
      ],
      candidates: [{ participantId: waiting, name: 'Nowicka Jan', contractInForce: false }],
    });
  });

  it('judges the contract on the day the member joins when that is later than today', async () => {
    const w = await clubWorld(app());
    const person = await qualifiedPerson(app(), w.projectId, today());
    // In force now, but ending the day before the cycle starts.
    await signContract(w, person, addDays(today(), -7), addDays(w.start, -1));
    const saved = await app().call('club.setMembers', {
      groupId: w.groupId,
      members: [member(person, w.start)],
    });
    expect(saved.warnings.map((x) => x.participantId)).toEqual([person]);
    const early = await app().call('club.setMembers', {
      groupId: w.groupId,
      members: [member(person, today())],
    });
    expect(early.warnings).toEqual([]);
  });

  it('refuses people outside the project and those not qualified, and writes nothing', async () => {
    const w = await clubWorld(app());
    const stranger = await app().call(
      'participants.create',
      validParticipant({ lastName: 'Obca' }),
    );
    const candidate = await app().call(
      'participants.create',
      validParticipant({ lastName: 'Nowy' }),
    );
    await app().call(
      'enrolments.create',
      validEnrolment(candidate.id, w.projectId, { enrolledOn: today(), consentDate: today() }),
    );
    const before = app().counts();
    const error = await app().fail(
      'club.setMembers',
      {
        groupId: w.groupId,
        members: [member(stranger.id, w.start), member(candidate.id, w.start)],
      },
      'invalid_input',
    );
    const message = 'Ta osoba nie uczestniczy w projekcie tej edycji klubu';
    expect(error.issues).toEqual([
      { path: ['members', 0, 'participantId'], message },
      { path: ['members', 1, 'participantId'], message },
    ]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses more members at once than the group’s limit, but not a member who replaces one', async () => {
    const w = await clubWorld(app());
    await app().call('club.saveGroup', { ...validGroup(w.editionId), id: w.groupId, sizeLimit: 2 });
    const [a, b, c] = [
      await qualifiedPerson(app(), w.projectId, today(), 'Adamska'),
      await qualifiedPerson(app(), w.projectId, today(), 'Bielska'),
      await qualifiedPerson(app(), w.projectId, today(), 'Cicha'),
    ];
    const third = addDays(w.start, 7);
    const error = await app().fail(
      'club.setMembers',
      { groupId: w.groupId, members: [member(a, w.start), member(b, w.start), member(c, third)] },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['members'],
        message: `W grupie może być najwyżej 2 osoby naraz, a ${formatDate(third)} byłoby ich 3`,
      },
    ]);
    // B leaves the day before C joins: never more than two at once.
    await app().call('club.setMembers', {
      groupId: w.groupId,
      members: [member(a, w.start), member(b, w.start, addDays(third, -1)), member(c, third)],
    });
    // The limit cannot go below what the group already holds on some day.
    const limit = await app().fail(
      'club.saveGroup',
      { ...validGroup(w.editionId), id: w.groupId, sizeLimit: 1 },
      'invalid_input',
    );
    expect(limit.issues).toEqual([
      {
        path: ['sizeLimit'],
        message: `${formatDate(w.start)} grupa liczy 2 osoby — limit nie może być mniejszy`,
      },
    ]);
  });

  it('refuses one person in two groups of the edition at the same time', async () => {
    const w = await clubWorld(app());
    const other = await app().call('club.saveGroup', validGroup(w.editionId, { name: 'Grupa 2' }));
    const person = await qualifiedPerson(app(), w.projectId, today());
    await app().call('club.setMembers', {
      groupId: w.groupId,
      members: [member(person, w.start, addDays(w.start, 6))],
    });
    const error = await app().fail(
      'club.setMembers',
      { groupId: other.id, members: [member(person, addDays(w.start, 6))] },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['members', 0, 'participantId'],
        message: 'Ta osoba należy w tym czasie do grupy „Grupa 1”',
      },
    ]);
    // From the next day on, the other group may take them.
    await app().call('club.setMembers', {
      groupId: other.id,
      members: [member(person, addDays(w.start, 7))],
    });
  });

  it('refuses dates outside the project, a person twice and a departure before joining', async () => {
    const w = await clubWorld(app());
    const project = await app().call('projects.get', { id: w.projectId });
    const person = await qualifiedPerson(app(), w.projectId, today());
    const outside = await app().fail(
      'club.setMembers',
      { groupId: w.groupId, members: [member(person, addDays(project.startDate, -1))] },
      'invalid_input',
    );
    expect(outside.issues).toEqual([
      {
        path: ['members', 0, 'joinedOn'],
        message: `Data musi przypadać w czasie projektu (${formatDate(project.startDate)}–${formatDate(project.endDate)})`,
      },
    ]);
    const twice = await app().fail(
      'club.setMembers',
      {
        groupId: w.groupId,
        members: [member(person, w.start), member(person, addDays(w.start, 9))],
      },
      'invalid_input',
    );
    expect(twice.issues).toEqual([
      { path: ['members', 1, 'participantId'], message: 'Ta osoba jest już w grupie' },
    ]);
    const reversed = await app().fail(
      'club.setMembers',
      { groupId: w.groupId, members: [member(person, w.start, addDays(w.start, -1))] },
      'invalid_input',
    );
    expect(reversed.issues).toEqual([
      {
        path: ['members', 0, 'leftOn'],
        message: 'Data końcowa nie może być wcześniejsza niż początkowa',
      },
    ]);
  });

  it('empties a group, and answers not_found for a group that does not exist', async () => {
    const w = await clubWorld(app());
    const person = await qualifiedPerson(app(), w.projectId, today());
    await app().call('club.setMembers', { groupId: w.groupId, members: [member(person, w.start)] });
    await app().call('club.setMembers', { groupId: w.groupId, members: [] });
    expect(app().count('club_members')).toBe(0);
    await app().fail('club.setMembers', { groupId: w.groupId + 9, members: [] }, 'not_found');
    await app().fail('club.members', { groupId: w.groupId + 9 }, 'not_found');
  });
});

describe('who may see and change a group’s members', () => {
  it('shows the names to a trainer (who has `names`), and lets only the planners change them', async () => {
    const w = await clubWorld(app());
    const person = await qualifiedPerson(app(), w.projectId, today());
    const trainer = await app().window(['trainer']);
    // A trainer reads the members; whom one could add, and who has a contract, is not theirs.
    expect((await trainer.call('club.members', { groupId: w.groupId })).candidates).toEqual([]);
    await trainer.fail(
      'club.setMembers',
      { groupId: w.groupId, members: [member(person, w.start)] },
      'forbidden',
    );
    const leader = await app().window(['clubLeader']);
    expect((await leader.call('club.members', { groupId: w.groupId })).candidates).toHaveLength(1);
    await leader.call('club.setMembers', {
      groupId: w.groupId,
      members: [member(person, w.start)],
    });
    const seen = await trainer.call('club.members', { groupId: w.groupId });
    expect(seen.members.map((m) => [m.participantId, m.contractInForce])).toEqual([[person, null]]);
  });

  it('refuses the names to an administrator', async () => {
    const w = await clubWorld(app());
    const admin = await app().window(['administrator']);
    await admin.fail('club.members', { groupId: w.groupId }, 'forbidden');
  });
});

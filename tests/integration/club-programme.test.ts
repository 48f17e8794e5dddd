import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import {
  MON_WED_FRI,
  at,
  clubWorld,
  storeSessions,
  validGroup,
  validModule,
  validRoom,
  validTrainer,
  worldSession,
  type ClubWorld,
} from '../support/club';
import { useTestApp, validStaff } from '../support/test-app';

const app = useTestApp();

const revisionOf = async (editionId: number) =>
  (await app().call('club.getEdition', { id: editionId })).edition.revision;

const lastEntry = () => {
  const row = app().auditRows().at(-1)!;
  return {
    channel: row.channel,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    fields: JSON.parse(row.changed_fields) as string[],
  };
};

describe('the programme of an edition (club.getEdition)', () => {
  it('gives back the groups, modules in their order, trainers with absences, and rooms', async () => {
    const w = await clubWorld(app());
    const absence = await app().call('club.addAbsence', {
      trainerId: w.trainerId,
      from: addDays(w.start, 7),
      to: addDays(w.start, 11),
      reason: 'illness',
    });
    const programme = await app().call('club.getEdition', { id: w.editionId });
    expect(programme.groups).toEqual([{ id: w.groupId, ...validGroup(w.editionId), members: 0 }]);
    expect(programme.modules.map((m) => [m.id, m.name, m.position])).toEqual([
      [w.moduleIds[0], 'Psychoedukacja', 1],
      [w.moduleIds[1], 'Trening kompetencji społecznych', 2],
    ]);
    expect(programme.trainers).toEqual([
      {
        id: w.trainerId,
        ...validTrainer(w.editionId),
        absences: [{ ...absence, note: null }],
      },
    ]);
    expect(programme.rooms).toEqual([{ id: w.roomId, ...validRoom(w.editionId) }]);
  });
});

describe('every change under an edition counts in its revision and is audited', () => {
  it.each([
    [
      'a new group',
      (w: ClubWorld) => app().call('club.saveGroup', validGroup(w.editionId, { name: 'Grupa 2' })),
      'clubGroup',
      'create',
      ['name', 'sizeLimit'],
    ],
    [
      'a group’s own meetings',
      (w: ClubWorld) =>
        app().call('club.saveGroup', {
          ...validGroup(w.editionId),
          id: w.groupId,
          meetings: [{ weekday: 2, from: at(10), to: at(14) }],
        }),
      'clubGroup',
      'update',
      ['meetings'],
    ],
    [
      'a module’s hours',
      (w: ClubWorld) =>
        app().call('club.saveModule', {
          ...validModule(w.editionId),
          id: w.moduleIds[0],
          hours: 10,
        }),
      'clubModule',
      'update',
      ['hours'],
    ],
    [
      'a trainer’s availability',
      (w: ClubWorld) =>
        app().call('club.saveTrainer', {
          ...validTrainer(w.editionId),
          id: w.trainerId,
          availability: MON_WED_FRI,
          maxHoursPerWeek: 20,
        }),
      'clubTrainer',
      'update',
      ['availability', 'maxHoursPerWeek'],
    ],
    [
      'an absence',
      (w: ClubWorld) =>
        app().call('club.addAbsence', {
          trainerId: w.trainerId,
          from: w.start,
          to: w.start,
          reason: 'leave',
          note: 'Urlop na żądanie',
        }),
      'clubTrainer',
      'update',
      ['absences'],
    ],
    [
      'a room lent by a partner',
      (w: ClubWorld) =>
        app().call('club.saveRoom', {
          ...validRoom(w.editionId),
          name: 'Pracownia komputerowa',
          features: ['computers'],
          owner: 'Zespół Szkół nr 2',
        }),
      'clubRoom',
      'create',
      ['availability', 'capacity', 'features', 'name', 'owner'],
    ],
  ] as const)('%s', async (_, write, entity, action, fields) => {
    const w = await clubWorld(app());
    const before = await revisionOf(w.editionId);
    const saved = await write(w);
    expect(await revisionOf(w.editionId)).toBe(before + 1);
    const entry = lastEntry();
    expect({ ...entry, fields: [...entry.fields].sort() }).toMatchObject({
      entity,
      action,
      entityId: 'trainerId' in saved ? saved.trainerId : saved.id,
      fields: [...fields].sort(),
    });
  });

  it('removes an absence, counted and audited on the trainer', async () => {
    const w = await clubWorld(app());
    const absence = await app().call('club.addAbsence', {
      trainerId: w.trainerId,
      from: w.start,
      to: addDays(w.start, 4),
      reason: 'other',
    });
    const before = await revisionOf(w.editionId);
    expect(await app().call('club.removeAbsence', { id: absence.id })).toEqual({ id: absence.id });
    expect(await revisionOf(w.editionId)).toBe(before + 1);
    expect(lastEntry()).toMatchObject({ entity: 'clubTrainer', entityId: w.trainerId });
    const programme = await app().call('club.getEdition', { id: w.editionId });
    expect(programme.trainers[0]!.absences).toEqual([]);
    await app().fail('club.removeAbsence', { id: absence.id }, 'not_found');
  });
});

describe('what the programme refuses, on the field', () => {
  it('a session longer than the longest meeting', async () => {
    const w = await clubWorld(app());
    const before = app().counts();
    const error = await app().fail(
      'club.saveModule',
      validModule(w.editionId, { minSession: 2, maxSession: 5 }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['maxSession'],
        message: 'Zajęcia nie mogą trwać dłużej niż najdłuższe spotkanie (4 h)',
      },
    ]);
    expect(app().counts()).toEqual(before);
  });

  it('a longer session fits once a group has longer meetings of its own', async () => {
    const w = await clubWorld(app());
    await app().call(
      'club.saveGroup',
      validGroup(w.editionId, {
        name: 'Grupa 2',
        meetings: [{ weekday: 2, from: at(9), to: at(14) }],
      }),
    );
    const module = await app().call('club.saveModule', validModule(w.editionId, { maxSession: 5 }));
    expect(module.maxSession).toBe(5);
  });

  it.each([
    [
      'the shortest session longer than the longest',
      { minSession: 4, maxSession: 3 },
      ['maxSession'],
      'Najdłuższe zajęcia nie mogą być krótsze niż najkrótsze',
    ],
    [
      'a window of weeks beyond the cycle',
      { weekFrom: 2, weekTo: 5 },
      ['weekTo'],
      'Cykl ma tylko 4 tygodnie',
    ],
    [
      'a window of weeks in reverse',
      { weekFrom: 3, weekTo: 2 },
      ['weekTo'],
      'Tydzień końcowy nie może być wcześniejszy niż początkowy',
    ],
    [
      'no specialist',
      { specialists: [] },
      ['specialists'],
      'Wybierz co najmniej jednego specjalistę',
    ],
    [
      'a specialist twice',
      { specialists: ['psychologist', 'psychologist'] },
      ['specialists', 1],
      'Ten specjalista jest już wybrany',
    ],
    [
      'a specialist not in the catalogue',
      { specialists: ['astrolog'] },
      ['specialists', 0],
      'Wybierz rodzaj specjalisty',
    ],
    ['no hours', { hours: 0 }, ['hours'], 'Moduł ma co najmniej 1 h'],
    ['1001 hours', { hours: 1001 }, ['hours'], 'Moduł może mieć najwyżej 1000 h'],
    ['a 13-hour session', { maxSession: 13 }, ['maxSession'], 'Zajęcia mogą trwać najwyżej 12 h'],
  ] as const)('a module with %s', async (_, overrides, path, message) => {
    const w = await clubWorld(app());
    const error = await app().fail(
      'club.saveModule',
      validModule(w.editionId, overrides as never),
      'invalid_input',
    );
    expect(error.issues).toContainEqual({ path, message });
  });

  it('a trainer with no availability', async () => {
    const w = await clubWorld(app());
    const error = await app().fail(
      'club.saveTrainer',
      validTrainer(w.editionId, { availability: [] }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['availability'],
        message: 'Prowadzący musi mieć co najmniej jeden termin dostępności',
      },
    ]);
  });

  it('a trainer who is a staff member that does not exist, or is already a trainer here', async () => {
    const w = await clubWorld(app());
    const error = await app().fail(
      'club.saveTrainer',
      validTrainer(w.editionId, { staffId: 999 }),
      'invalid_input',
    );
    expect(error.issues).toEqual([{ path: ['staffId'], message: 'Nie ma takiego pracownika' }]);
    const worker = await app().call('staff.create', validStaff({ lastName: 'Socjalna' }));
    const trainer = await app().call(
      'club.saveTrainer',
      validTrainer(w.editionId, {
        name: 'Anna Socjalna',
        staffId: worker.id,
        specialisations: ['socialWorker'],
      }),
    );
    expect(trainer.staffId).toBe(worker.id);
    const twice = await app().fail(
      'club.saveTrainer',
      validTrainer(w.editionId, { staffId: worker.id }),
      'invalid_input',
    );
    expect(twice.issues).toEqual([
      { path: ['staffId'], message: 'Ten pracownik jest już prowadzącym w tej edycji' },
    ]);
  });

  it('a room with no availability, and an absence ending before it starts', async () => {
    const w = await clubWorld(app());
    const room = await app().fail(
      'club.saveRoom',
      validRoom(w.editionId, { availability: [] }),
      'invalid_input',
    );
    expect(room.issues).toEqual([
      { path: ['availability'], message: 'Sala musi mieć co najmniej jeden termin dostępności' },
    ]);
    const absence = await app().fail(
      'club.addAbsence',
      { trainerId: w.trainerId, from: addDays(w.start, 3), to: w.start, reason: 'illness' },
      'invalid_input',
    );
    expect(absence.issues).toEqual([
      { path: ['to'], message: 'Data końcowa nie może być wcześniejsza niż początkowa' },
    ]);
  });

  it('a record of another edition saved as this one’s', async () => {
    const w = await clubWorld(app());
    const other = await clubWorld(app());
    await app().fail(
      'club.saveModule',
      { ...validModule(w.editionId), id: other.moduleIds[0] },
      'not_found',
    );
    await app().fail(
      'club.saveGroup',
      { ...validGroup(w.editionId), id: other.groupId },
      'not_found',
    );
    await app().fail(
      'club.saveTrainer',
      { ...validTrainer(w.editionId), id: other.trainerId },
      'not_found',
    );
    await app().fail('club.saveRoom', { ...validRoom(w.editionId), id: other.roomId }, 'not_found');
    await app().fail('club.saveRoom', validRoom(other.editionId + 10), 'not_found');
  });
});

describe('deleting a part of the programme', () => {
  it('deletes what no session names, counted and audited', async () => {
    const w = await clubWorld(app());
    const cases = [
      ['club.deleteModule', w.moduleIds[1], 'clubModule'],
      ['club.deleteRoom', w.roomId, 'clubRoom'],
      ['club.deleteTrainer', w.trainerId, 'clubTrainer'],
      ['club.deleteGroup', w.groupId, 'clubGroup'],
    ] as const;
    await app().call('club.addAbsence', {
      trainerId: w.trainerId,
      from: w.start,
      to: w.start,
      reason: 'leave',
    });
    for (const [channel, id, entity] of cases) {
      const before = await revisionOf(w.editionId);
      expect(await app().call(channel, { id })).toEqual({ id });
      expect(await revisionOf(w.editionId)).toBe(before + 1);
      expect(lastEntry()).toEqual({ channel, entity, entityId: id, action: 'delete', fields: [] });
      await app().fail(channel, { id }, 'not_found');
    }
    const programme = await app().call('club.getEdition', { id: w.editionId });
    expect(programme.modules.map((m) => m.id)).toEqual([w.moduleIds[0]]);
    expect([programme.groups, programme.trainers, programme.rooms]).toEqual([[], [], []]);
    expect(app().count('club_trainer_absences')).toBe(0);
  });

  it('refuses to delete what the timetable names, with the reason, and loses nothing', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, [
      worldSession(w, w.start),
      worldSession(w, addDays(w.start, 2), { moduleId: w.moduleIds[1], from: at(10), to: at(13) }),
    ]);
    const before = app().counts();
    const cases = [
      [
        'club.deleteModule',
        w.moduleIds[0],
        'Nie można usunąć: moduł „Psychoedukacja” ma w harmonogramie 1 termin zajęć',
      ],
      [
        'club.deleteRoom',
        w.roomId,
        'Nie można usunąć: sala „Sala 12” ma w harmonogramie 2 terminy zajęć',
      ],
      [
        'club.deleteTrainer',
        w.trainerId,
        'Nie można usunąć: prowadzący Ewa Zielińska ma w harmonogramie 2 terminy zajęć',
      ],
      [
        'club.deleteGroup',
        w.groupId,
        'Nie można usunąć: grupa „Grupa 1” ma w harmonogramie 2 terminy zajęć',
      ],
    ] as const;
    for (const [channel, id, message] of cases)
      expect((await app().fail(channel, { id }, 'invalid_state')).message).toBe(message);
    expect(app().counts()).toEqual(before);
  });
});

describe('a group’s size limit', () => {
  it('refuses a group of 101', async () => {
    const w = await clubWorld(app());
    const big = await app().fail(
      'club.saveGroup',
      validGroup(w.editionId, { sizeLimit: 101 }),
      'invalid_input',
    );
    expect(big.issues).toEqual([
      { path: ['sizeLimit'], message: 'Grupa może liczyć najwyżej 100 osób' },
    ]);
  });
});

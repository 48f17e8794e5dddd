import { describe, expect, it } from 'vitest';
import { SLOTS_OVERLAP, SLOT_END_BEFORE_START } from '../../src-main/contract/club-rules';
import { addDays, formatDate } from '../../src-main/domain/dates';
import {
  MON_WED_FRI,
  at,
  clubWorld,
  mondayAfter,
  projectAround,
  validEdition,
} from '../support/club';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

async function project() {
  const today = app().clock.today();
  const created = await app().call('projects.create', projectAround(today));
  return { ...created, start: mondayAfter(today) };
}

describe('club.createEdition', () => {
  it('creates an edition in a project and gives it back, its cycle’s end worked out', async () => {
    const p = await project();
    const edition = await app().call(
      'club.createEdition',
      validEdition(p.id, p.start, { daysOff: [addDays(p.start, 2)], minAttendancePercent: 75 }),
    );
    expect(edition).toEqual({
      id: expect.any(Number),
      projectId: p.id,
      projectTitle: p.title,
      name: 'KIS — edycja jesienna',
      startDate: p.start,
      endDate: addDays(p.start, 27),
      weeks: 4,
      meetings: MON_WED_FRI,
      daysOff: [addDays(p.start, 2)],
      minAttendancePercent: 75,
      revision: 1,
      sessions: 0,
      lastPlan: null,
    });
    const programme = await app().call('club.getEdition', { id: edition.id });
    expect(programme).toEqual({ edition, groups: [], modules: [], trainers: [], rooms: [] });
    expect(await app().call('club.listEditions', { projectId: p.id })).toEqual([
      {
        id: edition.id,
        projectId: p.id,
        projectTitle: p.title,
        name: edition.name,
        startDate: p.start,
        endDate: edition.endDate,
        weeks: 4,
        revision: 1,
        sessions: 0,
        groups: 0,
        plannedAt: null,
      },
    ]);
    expect(await app().call('club.listEditions')).toHaveLength(1);
    expect(await app().call('club.listEditions', { projectId: p.id + 1 })).toEqual([]);
  });

  it('defaults the completion rule to 80% of the hours and the days off to none', async () => {
    const p = await project();
    const { daysOff: _d, minAttendancePercent: _m, ...input } = validEdition(p.id, p.start);
    const edition = await app().call('club.createEdition', input);
    expect(edition.minAttendancePercent).toBe(80);
    expect(edition.daysOff).toEqual([]);
  });

  it('refuses a cycle starting before the project, on the start date', async () => {
    const p = await project();
    const before = app().counts();
    const error = await app().fail(
      'club.createEdition',
      validEdition(p.id, addDays(p.startDate, -7)),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['startDate'],
        message: `Cykl musi zaczynać się w czasie projektu (${formatDate(p.startDate)}–${formatDate(p.endDate)})`,
      },
    ]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses a cycle ending after the project, on the number of weeks', async () => {
    const p = await project();
    const start = addDays(p.endDate, -14);
    const error = await app().fail(
      'club.createEdition',
      validEdition(p.id, start, { weeks: 3 }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['weeks'],
        message: `Cykl kończyłby się ${formatDate(addDays(start, 20))}, po końcu projektu (${formatDate(p.startDate)}–${formatDate(p.endDate)})`,
      },
    ]);
    // Ending on the project's last day is inside it.
    await app().call(
      'club.createEdition',
      validEdition(p.id, addDays(p.endDate, -13), { weeks: 2 }),
    );
  });

  it.each([
    ['no meeting at all', { meetings: [] }, ['meetings'], 'Podaj co najmniej jeden termin spotkań'],
    [
      'a meeting ending before it starts',
      { meetings: [{ weekday: 1, from: at(13), to: at(9) }] },
      ['meetings', 0, 'to'],
      SLOT_END_BEFORE_START,
    ],
    [
      'two meetings overlapping on one weekday',
      { meetings: [...MON_WED_FRI, { weekday: 3, from: at(12), to: at(15) }] },
      ['meetings', 3],
      SLOTS_OVERLAP,
    ],
    [
      'a weekday 8',
      { meetings: [{ weekday: 8, from: at(9), to: at(13) }] },
      ['meetings', 0, 'weekday'],
      'Wybierz dzień tygodnia',
    ],
    ['no weeks', { weeks: 0 }, ['weeks'], 'Cykl trwa co najmniej 1 tydzień'],
    ['105 weeks', { weeks: 105 }, ['weeks'], 'Cykl może trwać najwyżej 104 tygodnie'],
    ['0%', { minAttendancePercent: 0 }, ['minAttendancePercent'], 'Podaj co najmniej 1%'],
    ['101%', { minAttendancePercent: 101 }, ['minAttendancePercent'], 'Najwyżej 100%'],
    ['an empty name', { name: ' ' }, ['name'], 'Pole „Nazwa edycji” jest wymagane'],
  ] as const)(
    'refuses %s with a Polish message on the field',
    async (_, overrides, path, message) => {
      const p = await project();
      const before = app().counts();
      const error = await app().fail(
        'club.createEdition',
        validEdition(p.id, p.start, overrides as never),
        'invalid_input',
      );
      expect(error.issues).toContainEqual({ path, message });
      expect(app().counts()).toEqual(before);
    },
  );

  it('takes meetings that only touch (9–13 and 13–15 on one day)', async () => {
    const p = await project();
    const meetings = [...MON_WED_FRI, { weekday: 1, from: at(13), to: at(15) }];
    const edition = await app().call(
      'club.createEdition',
      validEdition(p.id, p.start, { meetings }),
    );
    expect(edition.meetings).toEqual(meetings);
  });

  it('refuses days off outside the cycle and a day off given twice', async () => {
    const p = await project();
    const outside = addDays(p.start, 28);
    const inside = addDays(p.start, 3);
    const error = await app().fail(
      'club.createEdition',
      validEdition(p.id, p.start, { daysOff: [inside, outside, inside] }),
      'invalid_input',
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        {
          path: ['daysOff', 1],
          message: `Dzień wolny musi przypadać w czasie cyklu (${formatDate(p.start)}–${formatDate(addDays(p.start, 27))})`,
        },
        { path: ['daysOff', 2], message: 'Ten dzień jest już na liście' },
      ]),
    );
  });

  it('answers not_found for a project that does not exist', async () => {
    const p = await project();
    const error = await app().fail(
      'club.createEdition',
      validEdition(p.id + 100, p.start),
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono projektu');
  });
});

describe('club.updateEdition', () => {
  it('changes the fields, counts the change in the revision and audits the names of fields', async () => {
    const w = await clubWorld(app());
    const before = (await app().call('club.getEdition', { id: w.editionId })).edition;
    const { projectId: _p, ...fields } = validEdition(w.projectId, w.start);
    const updated = await app().call('club.updateEdition', {
      id: w.editionId,
      edition: { ...fields, name: 'KIS — edycja zimowa', weeks: 5 },
    });
    expect(updated).toMatchObject({ name: 'KIS — edycja zimowa', weeks: 5 });
    expect(updated.endDate).toBe(addDays(w.start, 34));
    expect(updated.revision).toBe(before.revision + 1);
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'club.updateEdition',
      entity: 'clubEdition',
      entity_id: w.editionId,
      action: 'update',
      changed_fields: JSON.stringify(['name', 'weeks']),
    });
  });

  it('refuses a cycle that would end after the project, on edition.weeks', async () => {
    const w = await clubWorld(app());
    const { projectId: _p, ...fields } = validEdition(w.projectId, w.start);
    const error = await app().fail(
      'club.updateEdition',
      { id: w.editionId, edition: { ...fields, weeks: 104 } },
      'invalid_input',
    );
    expect(error.issues?.[0]?.path).toEqual(['edition', 'weeks']);
    expect(error.issues?.[0]?.message).toMatch(/^Cykl kończyłby się .*, po końcu projektu/);
  });

  it('refuses meetings shorter than a module’s longest session, naming the module', async () => {
    const w = await clubWorld(app());
    const { projectId: _p, ...fields } = validEdition(w.projectId, w.start);
    const short = MON_WED_FRI.map((m) => ({ ...m, to: at(12) }));
    const before = app().counts();
    const error = await app().fail(
      'club.updateEdition',
      { id: w.editionId, edition: { ...fields, meetings: short } },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['edition', 'meetings'],
        message: 'Moduł „Psychoedukacja” ma zajęcia do 4 h, a najdłuższe spotkanie trwałoby 3 h',
      },
    ]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses fewer weeks than a module’s window needs', async () => {
    const w = await clubWorld(app());
    await app().call('club.saveModule', {
      editionId: w.editionId,
      name: 'Kurs komputerowy',
      hours: 6,
      specialists: ['itSpecialist'],
      minSession: 2,
      maxSession: 3,
      weekFrom: 3,
      weekTo: 4,
    });
    const { projectId: _p, ...fields } = validEdition(w.projectId, w.start);
    const error = await app().fail(
      'club.updateEdition',
      { id: w.editionId, edition: { ...fields, weeks: 3 } },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['edition', 'weeks'],
        message: 'Moduł „Kurs komputerowy” ma zajęcia w tygodniu 4, a cykl miałby 3 tygodnie',
      },
    ]);
  });

  it('answers not_found for an edition that does not exist', async () => {
    const w = await clubWorld(app());
    const { projectId: _p, ...fields } = validEdition(w.projectId, w.start);
    await app().fail('club.updateEdition', { id: w.editionId + 1, edition: fields }, 'not_found');
    await app().fail('club.getEdition', { id: w.editionId + 1 }, 'not_found');
  });
});

describe('the club’s permissions', () => {
  it('lets a trainer and a social worker read the programme, but not change it', async () => {
    const w = await clubWorld(app());
    for (const role of ['trainer', 'socialWorker'] as const) {
      const person = await app().window([role]);
      expect((await person.call('club.getEdition', { id: w.editionId })).edition.id).toBe(
        w.editionId,
      );
      await person.call('club.sessions', { editionId: w.editionId });
      const error = await person.fail(
        'club.saveRoom',
        { editionId: w.editionId, name: 'Sala', capacity: 10, availability: MON_WED_FRI },
        'forbidden',
      );
      expect(error.message).toBe('Twoja rola nie pozwala na tę czynność.');
    }
  });

  it('lets a club leader and a coordinator change the programme', async () => {
    const w = await clubWorld(app());
    for (const role of ['clubLeader', 'coordinator'] as const) {
      const person = await app().window([role]);
      await person.call('club.saveRoom', {
        editionId: w.editionId,
        name: `Sala — ${role}`,
        capacity: 10,
        availability: MON_WED_FRI,
      });
    }
  });

  it('refuses the club to an administrator without another role', async () => {
    const w = await clubWorld(app());
    const admin = await app().window(['administrator']);
    await admin.fail('club.getEdition', { id: w.editionId }, 'forbidden');
    await admin.fail('club.listEditions', {}, 'forbidden');
  });
});

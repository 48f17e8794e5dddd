import { describe, expect, it } from 'vitest';
import { END_BEFORE_START } from '../../src-main/contract/rules';
import {
  useTestApp,
  validEnrolment,
  validParticipant,
  validProject,
  validStaff,
} from '../support/test-app';

const app = useTestApp();

describe('projects.create', () => {
  it('creates a project with amounts in grosze and gives it back on projects.get', async () => {
    const created = await app().call(
      'projects.create',
      validProject({
        criteria: [
          { kind: 'minAge', years: 36 },
          { kind: 'residenceInCommune', commune: 'Bartoszyce' },
        ],
      }),
    );

    expect(created).toEqual({
      id: expect.any(Number),
      title: 'Aktywna integracja w Bartoszycach',
      programme: 'PO KL 2007–2013',
      measure: 'Działanie 7.1 Poddziałanie 7.1.1',
      edition: '2013',
      beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
      isEfs: true,
      startDate: '2013-01-01',
      endDate: '2013-12-31',
      totalValue: 34977380,
      euFunding: 31050380,
      ownContribution: 3927000,
      partners: [
        { name: 'Powiatowy Urząd Pracy w Bartoszycach', nip: '1234563218', role: 'Partner' },
      ],
      plannedWomen: 8,
      plannedMen: 6,
      indicators: [
        { name: 'Liczba osób objętych kontraktem socjalnym', targetWomen: 8, targetMen: 6 },
      ],
      criteria: [
        { kind: 'minAge', years: 36 },
        { kind: 'residenceInCommune', commune: 'Bartoszyce' },
      ],
    });
    expect(await app().call('projects.get', { id: created.id })).toEqual(created);
    expect(app().count('projects')).toBe(1);
  });

  it.each([
    [
      'a sum that does not add up',
      { euFunding: 31050381 },
      ['totalValue'],
      'Wartość projektu musi być sumą dofinansowania i wkładu własnego',
    ],
    [
      'an end before the start',
      { startDate: '2014-01-01', endDate: '2013-12-31' },
      ['endDate'],
      END_BEFORE_START,
    ],
    [
      'złote with a fraction instead of grosze',
      { totalValue: 349773.8 },
      ['totalValue'],
      'Kwota w groszach musi być liczbą całkowitą',
    ],
    [
      'a negative own contribution',
      { ownContribution: -1 },
      ['ownContribution'],
      'Kwota nie może być ujemna',
    ],
    ['a missing title', { title: '' }, ['title'], 'Pole „Tytuł projektu” jest wymagane'],
    [
      'a date that does not exist',
      { startDate: '2013-02-29' },
      ['startDate'],
      'Nieprawidłowa data (oczekiwano RRRR-MM-DD)',
    ],
    [
      'a negative planned number',
      { plannedWomen: -2 },
      ['plannedWomen'],
      'Liczba nie może być ujemna',
    ],
    [
      'a partner with a wrong NIP',
      { partners: [{ name: 'PUP', nip: '1234563219', role: null }] },
      ['partners', 0, 'nip'],
      'Nieprawidłowa cyfra kontrolna numeru NIP',
    ],
    [
      'an age criterion over 120',
      { criteria: [{ kind: 'maxAge', years: 121 }] },
      ['criteria', 0, 'years'],
      'Najwyżej 120 lat',
    ],
    [
      'a reason criterion with no reasons',
      { criteria: [{ kind: 'exclusionReasonAmong', reasons: [] }] },
      ['criteria', 0, 'reasons'],
      'Wybierz co najmniej jedną przesłankę',
    ],
  ])('refuses %s and writes nothing', async (_what, overrides, path, message) => {
    const before = app().counts();
    const error = await app().fail(
      'projects.create',
      validProject(overrides as never),
      'invalid_input',
    );
    expect(error.issues).toContainEqual({ path, message });
    expect(app().counts()).toEqual(before);
  });
});

describe('projects.get', () => {
  it('answers a missing id with not_found', async () => {
    const error = await app().fail('projects.get', { id: 4242 }, 'not_found');
    expect(error.message).toBe('Nie znaleziono projektu');
  });

  it('refuses a non-positive id', async () => {
    const error = await app().fail('projects.get', { id: -1 }, 'invalid_input');
    expect(error.issues!.map((i) => i.path)).toEqual([['id']]);
  });
});

describe('projects.update', () => {
  it('replaces the project and projects.get shows the new version', async () => {
    const { id } = await app().call('projects.create', validProject());
    const changed = validProject({
      title: 'Klub Integracji Społecznej — edycja II',
      edition: 'II',
      totalValue: 10000000,
      euFunding: 8500000,
      ownContribution: 1500000,
      partners: [],
      criteria: [{ kind: 'registeredUnemployedMonths', months: 24 }],
    });

    const updated = await app().call('projects.update', { id, project: changed });

    expect(updated).toMatchObject({
      id,
      title: 'Klub Integracji Społecznej — edycja II',
      edition: 'II',
      totalValue: 10000000,
      partners: [],
    });
    expect(await app().call('projects.get', { id })).toEqual(updated);
    expect(updated.criteria).toEqual([{ kind: 'registeredUnemployedMonths', months: 24 }]);
  });

  it('answers a missing id with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail(
      'projects.update',
      { id: 77, project: validProject() },
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono projektu');
    expect(app().counts()).toEqual(before);
  });

  it('refuses invalid input with paths inside `project` and leaves the project unchanged', async () => {
    const created = await app().call('projects.create', validProject());
    const before = app().counts();

    const error = await app().fail(
      'projects.update',
      { id: created.id, project: validProject({ ownContribution: 0 }) },
      'invalid_input',
    );

    expect(error.issues).toEqual([
      {
        path: ['project', 'totalValue'],
        message: 'Wartość projektu musi być sumą dofinansowania i wkładu własnego',
      },
    ]);
    expect(app().counts()).toEqual(before);
    expect(await app().call('projects.get', { id: created.id })).toEqual(created);
  });
});

describe('projects.list', () => {
  it('is empty in a new database', async () => {
    expect(await app().call('projects.list')).toEqual([]);
  });

  it('lists projects by start date with how many are enrolled and how many started', async () => {
    const later = await app().call(
      'projects.create',
      validProject({ title: 'Edycja 2014', startDate: '2014-01-01', endDate: '2014-12-31' }),
    );
    const earlier = await app().call('projects.create', validProject({ title: 'Edycja 2013' }));
    const people = [];
    for (const lastName of ['Nowak', 'Lis', 'Wróbel'])
      people.push(await app().call('participants.create', validParticipant({ lastName })));
    for (const person of people)
      await app().call('enrolments.create', validEnrolment(person.id, earlier.id));
    const [first] = await app().call('enrolments.forParticipant', { participantId: people[0]!.id });
    await app().call('enrolments.changeStatus', {
      id: first!.id,
      to: 'qualified',
      date: '2013-02-05',
    });
    await app().call('enrolments.changeStatus', {
      id: first!.id,
      to: 'participant',
      date: '2013-02-10',
    });

    expect(await app().call('projects.list')).toEqual([
      {
        id: earlier.id,
        title: 'Edycja 2013',
        programme: 'PO KL 2007–2013',
        edition: '2013',
        startDate: '2013-01-01',
        endDate: '2013-12-31',
        plannedWomen: 8,
        plannedMen: 6,
        enrolled: 3,
        participants: 1,
      },
      expect.objectContaining({ id: later.id, title: 'Edycja 2014', enrolled: 0, participants: 0 }),
    ]);
  });

  it('refuses unknown keys', async () => {
    await app().fail('projects.list', { archived: true }, 'invalid_input');
  });
});

describe('projects.team / projects.setTeam', () => {
  it('keeps the team, replaces it whole, and logs the change without names', async () => {
    const project = await app().call('projects.create', validProject());
    expect(await app().call('projects.team', { projectId: project.id })).toEqual({
      projectId: project.id,
      staffIds: [],
    });
    const [a, b] = [
      await app().call('staff.create', validStaff({ lastName: 'Lis' })),
      await app().call('staff.create', validStaff({ lastName: 'Sowa' })),
    ];
    await app().call('projects.setTeam', { projectId: project.id, staffIds: [b.id, a.id] });
    expect(await app().call('projects.team', { projectId: project.id })).toEqual({
      projectId: project.id,
      staffIds: [a.id, b.id].sort((x, y) => x - y),
    });
    await app().call('projects.setTeam', { projectId: project.id, staffIds: [b.id] });
    expect((await app().call('projects.team', { projectId: project.id })).staffIds).toEqual([b.id]);
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'projects.setTeam',
      entity: 'project',
      entity_id: project.id,
      changed_fields: '["team"]',
    });
  });

  it('refuses an unknown project, an unknown person and a repeated one, writing nothing', async () => {
    const project = await app().call('projects.create', validProject());
    const member = await app().call('staff.create', validStaff());
    const before = app().counts();
    await app().fail('projects.setTeam', { projectId: 999, staffIds: [member.id] }, 'not_found');
    const unknown = await app().fail(
      'projects.setTeam',
      { projectId: project.id, staffIds: [member.id, 999] },
      'invalid_input',
    );
    expect(unknown.issues).toEqual([
      { path: ['staffIds', 1], message: 'Nie ma takiego pracownika' },
    ]);
    const repeated = await app().fail(
      'projects.setTeam',
      { projectId: project.id, staffIds: [member.id, member.id] },
      'invalid_input',
    );
    expect(repeated.issues).toEqual([
      { path: ['staffIds', 1], message: 'Ten pracownik jest już w zespole' },
    ]);
    expect(app().counts()).toEqual(before);
  });
});

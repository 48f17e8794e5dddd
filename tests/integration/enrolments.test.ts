import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../src-main/contract/projects';
import {
  personAndProject,
  useTestApp,
  validEnrolment,
  validMonitoring,
  validParticipant,
  validProject,
  type ParticipantOverrides,
} from '../support/test-app';
import { FUTURE_DATE } from '../../src-main/contract/rules';

const app = useTestApp();

const arrange = (person: ParticipantOverrides = {}, criteria: ProjectInput['criteria'] = []) =>
  personAndProject(app(), person, { criteria });

describe('enrolments.create', () => {
  it('registers a candidate, keeps the eligibility of the enrolment day, and lists it for the person', async () => {
    const { participantId, projectId } = await arrange({ birthDate: '1980-04-15' }, [
      { kind: 'minAge', years: 36 },
    ]);

    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId));

    expect(created).toEqual({
      id: expect.any(Number),
      participantId,
      projectId,
      projectTitle: 'Aktywna integracja w Bartoszycach',
      status: 'candidate',
      enrolledOn: '2013-02-01',
      startedOn: null,
      endedOn: null,
      monitoring: validMonitoring(),
      exitSituation: null,
      longTermUnemployed: false,
      consentDataProcessing: true,
      consentDate: '2013-02-01',
      eligibility: {
        eligible: false,
        onDate: '2013-02-01',
        results: [
          {
            label: 'Wiek co najmniej 36 lat',
            passed: false,
            reason: 'Wiek w dniu 01.02.2013: 32 lata, wymagane co najmniej 36',
          },
        ],
      },
      history: [
        {
          id: expect.any(Number),
          fromStatus: null,
          toStatus: 'candidate',
          date: '2013-02-01',
          reason: null,
          actorName: 'Tester Testowy',
          at: expect.any(String),
        },
      ],
    });
    expect(await app().call('enrolments.forParticipant', { participantId })).toEqual([created]);
    // The evidence stays as it stood even when the project's criteria change later.
    await app().call('projects.update', { id: projectId, project: validProject({ criteria: [] }) });
    expect(
      (await app().call('enrolments.forParticipant', { participantId }))[0]!.eligibility.eligible,
    ).toBe(false);
  });

  it('accepts an enrolment without monitoring data yet', async () => {
    const { participantId, projectId } = await arrange();
    const created = await app().call(
      'enrolments.create',
      validEnrolment(participantId, projectId, { monitoring: null }),
    );
    expect(created).toMatchObject({ monitoring: null, longTermUnemployed: null });
  });

  it('refuses the same person in the same project twice and writes nothing', async () => {
    const { participantId, projectId } = await arrange();
    await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const before = app().counts();

    const error = await app().fail(
      'enrolments.create',
      validEnrolment(participantId, projectId, { enrolledOn: '2013-03-01' }),
      'conflict',
    );

    expect(error.message).toBe('Ta osoba jest już zgłoszona do tego projektu');
    expect(app().counts()).toEqual(before);
  });

  it.each([
    [
      'no consent',
      { consentDataProcessing: false },
      ['consentDataProcessing'],
      'Bez zgody na przetwarzanie danych osobowych nie można przyjąć zgłoszenia',
    ],
    [
      'consent without its date',
      { consentDate: null },
      ['consentDate'],
      'Podaj datę wyrażenia zgody',
    ],
    [
      'an impossible enrolment date',
      { enrolledOn: '2013-02-30' },
      ['enrolledOn'],
      'Nieprawidłowa data (oczekiwano RRRR-MM-DD)',
    ],
    [
      'an unknown labour status',
      { monitoring: validMonitoring({ labourStatus: 'retired' as never }) },
      ['monitoring', 'labourStatus'],
      'Wybierz status na rynku pracy',
    ],
    [
      'a sensitive answer outside yes/no/refused',
      { monitoring: validMonitoring({ disability: 'maybe' as never }) },
      ['monitoring', 'disability'],
      'Wybierz odpowiedź',
    ],
  ])('refuses %s and writes nothing', async (_what, overrides, path, message) => {
    const { participantId, projectId } = await arrange();
    const before = app().counts();
    const error = await app().fail(
      'enrolments.create',
      validEnrolment(participantId, projectId, overrides),
      'invalid_input',
    );
    expect(error.issues).toContainEqual({ path, message });
    expect(app().counts()).toEqual(before);
  });

  it('answers a missing participant or project with not_found and writes nothing', async () => {
    const { participantId, projectId } = await arrange();
    const before = app().counts();
    expect(
      (await app().fail('enrolments.create', validEnrolment(404, projectId), 'not_found')).message,
    ).toBe('Nie znaleziono uczestnika');
    expect(
      (await app().fail('enrolments.create', validEnrolment(participantId, 404), 'not_found'))
        .message,
    ).toBe('Nie znaleziono projektu');
    expect(app().counts()).toEqual(before);
  });
});

describe('enrolments.forParticipant', () => {
  it('lists a person’s enrolments by date, and nothing for a person without any', async () => {
    const { participantId, projectId } = await arrange();
    const later = await app().call(
      'projects.create',
      validProject({ title: 'KIS 2014', startDate: '2014-01-01', endDate: '2014-12-31' }),
    );
    await app().call(
      'enrolments.create',
      validEnrolment(participantId, later.id, {
        enrolledOn: '2014-01-10',
        consentDate: '2014-01-10',
      }),
    );
    await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const other = await app().call('participants.create', validParticipant());

    expect(
      (await app().call('enrolments.forParticipant', { participantId })).map((e) => e.projectTitle),
    ).toEqual(['Aktywna integracja w Bartoszycach', 'KIS 2014']);
    expect(await app().call('enrolments.forParticipant', { participantId: other.id })).toEqual([]);
  });

  it('refuses an enrolment dated after the project or in the future, writing nothing', async () => {
    const { participantId, projectId } = await arrange();
    const before = app().count('enrolments');
    const late = await app().fail(
      'enrolments.create',
      validEnrolment(participantId, projectId, {
        enrolledOn: '2099-01-10',
        consentDate: '2099-01-10',
      }),
      'invalid_input',
    );
    expect(late.issues).toEqual([{ path: ['enrolledOn'], message: FUTURE_DATE }]);
    const other = await app().call(
      'projects.create',
      validProject({ title: 'Krótki', startDate: '2012-01-01', endDate: '2012-06-30' }),
    );
    const afterEnd = await app().fail(
      'enrolments.create',
      validEnrolment(participantId, other.id, {
        enrolledOn: '2012-07-01',
        consentDate: '2012-07-01',
      }),
      'invalid_input',
    );
    expect(afterEnd.message).toBe(
      'Projekt kończy się 30.06.2012 — zgłoszenie po tej dacie nie jest możliwe',
    );
    expect(app().count('enrolments')).toBe(before);
  });

  it('starts participation only inside the project period', async () => {
    const { participantId, projectId } = await arrange();
    const enrolment = await app().call(
      'enrolments.create',
      validEnrolment(participantId, projectId),
    );
    await app().call('enrolments.changeStatus', {
      id: enrolment.id,
      to: 'qualified',
      date: '2013-02-01',
    });
    const refused = await app().fail(
      'enrolments.changeStatus',
      { id: enrolment.id, to: 'participant', date: '2014-02-01' },
      'invalid_input',
    );
    expect(refused.issues).toEqual([
      {
        path: ['date'],
        message: 'Udział może się rozpocząć tylko w okresie projektu: 01.01.2013–31.12.2013',
      },
    ]);
    const [stored] = await app().call('enrolments.forParticipant', { participantId });
    expect(stored!.status).toBe('qualified');
    expect(stored!.startedOn).toBeNull();
  });

  it('answers a missing participant with not_found', async () => {
    expect(
      (await app().fail('enrolments.forParticipant', { participantId: 31 }, 'not_found')).message,
    ).toBe('Nie znaleziono uczestnika');
  });

  it('refuses a missing id', async () => {
    const error = await app().fail('enrolments.forParticipant', {}, 'invalid_input');
    expect(error.issues).toEqual([
      { path: ['participantId'], message: 'Nieprawidłowy identyfikator' },
    ]);
  });
});

describe('enrolments.updateMonitoring', () => {
  it('replaces the monitoring data and recomputes the long-term flag', async () => {
    // 25+ and registered since 2011-06-01: more than 12 months on 2013-02-01.
    const { participantId, projectId } = await arrange({ unemployedSince: '2011-06-01' });
    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId));
    expect(created.longTermUnemployed).toBe(true);

    const employed = validMonitoring({ labourStatus: 'employed', disability: 'refused' });
    const updated = await app().call('enrolments.updateMonitoring', {
      id: created.id,
      monitoring: employed,
    });

    expect(updated).toMatchObject({
      monitoring: employed,
      longTermUnemployed: false,
      status: 'candidate',
    });
    expect((await app().call('enrolments.forParticipant', { participantId }))[0]).toEqual(updated);
  });

  it('answers a missing enrolment with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail(
      'enrolments.updateMonitoring',
      { id: 55, monitoring: validMonitoring() },
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono zgłoszenia');
    expect(app().counts()).toEqual(before);
  });

  it('refuses incomplete monitoring data and leaves the old answers', async () => {
    const { participantId, projectId } = await arrange();
    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const { homelessness: _omitted, ...incomplete } = validMonitoring();
    const before = app().counts();

    const error = await app().fail(
      'enrolments.updateMonitoring',
      { id: created.id, monitoring: incomplete },
      'invalid_input',
    );

    expect(error.issues).toEqual([
      { path: ['monitoring', 'homelessness'], message: 'Wybierz odpowiedź' },
    ]);
    expect(app().counts()).toEqual(before);
    expect(
      (await app().call('enrolments.forParticipant', { participantId }))[0]!.monitoring,
    ).toEqual(validMonitoring());
  });
});

import { describe, expect, it } from 'vitest';
import { useTestApp, validEnrolment, validMonitoring, validParticipant, validProject, type ParticipantOverrides } from '../support/test-app';

const app = useTestApp();

/** Radom-like criteria: 24 months registered, at most secondary education, over 35, client ≥ 12 months. */
const RADOM_CRITERIA = [
  { kind: 'registeredUnemployedMonths', months: 24 },
  { kind: 'maxEducation', level: 'isced3' },
  { kind: 'minAge', years: 36 },
  { kind: 'officeClientMonths', months: 12 },
  { kind: 'residenceInCommune', commune: 'Bartoszyce' },
] as const;

async function arrange(person: ParticipantOverrides = {}, criteria: readonly object[] = []) {
  const participant = await app().call('participants.create', validParticipant(person));
  const project = await app().call('projects.create', validProject({ criteria: criteria as never }));
  return { participantId: participant.id, projectId: project.id };
}

describe('enrolments.checkEligibility', () => {
  it('names each failed criterion with a Polish reason, judged on the given day', async () => {
    // Born 1980-04-15: 32 on 2013-02-01. Registered 2012-01-01: 13 full months.
    const { participantId, projectId } = await arrange(
      { birthDate: '1980-04-15', unemployedSince: '2012-01-01', officeClientSince: '2011-01-15', educationLevel: 'isced2' },
      RADOM_CRITERIA,
    );
    const before = app().counts();

    const result = await app().call('enrolments.checkEligibility', { participantId, projectId, onDate: '2013-02-01' });

    expect(result).toEqual({
      eligible: false,
      onDate: '2013-02-01',
      results: [
        { label: 'Zarejestrowany jako bezrobotny co najmniej 24 mies.', passed: false, reason: 'Bezrobocie od 13 mies., wymagane co najmniej 24' },
        { label: 'Wykształcenie najwyżej: Ponadgimnazjalne (średnie lub zasadnicze zawodowe)', passed: true, reason: null },
        { label: 'Wiek co najmniej 36 lat', passed: false, reason: 'Wiek w dniu 01.02.2013: 32 lata, wymagane co najmniej 36' },
        { label: 'Klient ośrodka co najmniej 12 mies.', passed: true, reason: null },
        { label: 'Zamieszkanie w gminie Bartoszyce', passed: true, reason: null },
      ],
    });
    expect(app().counts()).toEqual(before);
  });

  it('finds the same person eligible on a later day', async () => {
    const { participantId, projectId } = await arrange(
      { birthDate: '1970-04-15', unemployedSince: '2011-01-01', officeClientSince: '2011-01-15', educationLevel: 'isced1' },
      RADOM_CRITERIA,
    );
    const result = await app().call('enrolments.checkEligibility', { participantId, projectId, onDate: '2013-02-01' });
    expect(result.eligible).toBe(true);
    expect(result.results.every((r) => r.passed && r.reason === null)).toBe(true);
  });

  it('fails a criterion whose data is missing', async () => {
    const { participantId, projectId } = await arrange({ unemployedSince: null }, [{ kind: 'registeredUnemployedMonths', months: 6 }]);
    const result = await app().call('enrolments.checkEligibility', { participantId, projectId, onDate: '2013-02-01' });
    expect(result.results).toEqual([
      { label: 'Zarejestrowany jako bezrobotny co najmniej 6 mies.', passed: false, reason: 'Brak daty rejestracji jako osoba bezrobotna' },
    ]);
  });

  it('answers a missing participant or project with not_found', async () => {
    const { participantId, projectId } = await arrange();
    expect((await app().fail('enrolments.checkEligibility', { participantId: 99, projectId, onDate: '2013-02-01' }, 'not_found')).message).toBe(
      'Nie znaleziono uczestnika',
    );
    expect((await app().fail('enrolments.checkEligibility', { participantId, projectId: 99, onDate: '2013-02-01' }, 'not_found')).message).toBe(
      'Nie znaleziono projektu',
    );
  });

  it('refuses a date that does not exist', async () => {
    const error = await app().fail('enrolments.checkEligibility', { participantId: 1, projectId: 1, onDate: '2013-13-01' }, 'invalid_input');
    expect(error.issues).toEqual([{ path: ['onDate'], message: 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)' }]);
  });
});

describe('enrolments.create', () => {
  it('registers a candidate, keeps the eligibility of the enrolment day, and lists it for the person', async () => {
    const { participantId, projectId } = await arrange({ birthDate: '1980-04-15' }, [{ kind: 'minAge', years: 36 }]);

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
      longTermUnemployed: false,
      consentDataProcessing: true,
      consentDate: '2013-02-01',
      eligibility: {
        eligible: false,
        onDate: '2013-02-01',
        results: [{ label: 'Wiek co najmniej 36 lat', passed: false, reason: 'Wiek w dniu 01.02.2013: 32 lata, wymagane co najmniej 36' }],
      },
      history: [{ id: expect.any(Number), fromStatus: null, toStatus: 'candidate', date: '2013-02-01', reason: null, actorName: null, at: expect.any(String) }],
    });
    expect(await app().call('enrolments.forParticipant', { participantId })).toEqual([created]);
    // The evidence stays as it stood even when the project's criteria change later.
    await app().call('projects.update', { id: projectId, project: validProject({ criteria: [] }) });
    expect((await app().call('enrolments.forParticipant', { participantId }))[0]!.eligibility.eligible).toBe(false);
  });

  it('accepts an enrolment without monitoring data yet', async () => {
    const { participantId, projectId } = await arrange();
    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId, { monitoring: null }));
    expect(created).toMatchObject({ monitoring: null, longTermUnemployed: null });
  });

  it('refuses the same person in the same project twice and writes nothing', async () => {
    const { participantId, projectId } = await arrange();
    await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const before = app().counts();

    const error = await app().fail('enrolments.create', validEnrolment(participantId, projectId, { enrolledOn: '2013-03-01' }), 'conflict');

    expect(error.message).toBe('Ta osoba jest już zgłoszona do tego projektu');
    expect(app().counts()).toEqual(before);
  });

  it.each([
    ['no consent', { consentDataProcessing: false }, ['consentDataProcessing'], 'Bez zgody na przetwarzanie danych osobowych nie można przyjąć zgłoszenia'],
    ['consent without its date', { consentDate: null }, ['consentDate'], 'Podaj datę wyrażenia zgody'],
    ['an impossible enrolment date', { enrolledOn: '2013-02-30' }, ['enrolledOn'], 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)'],
    ['an unknown labour status', { monitoring: validMonitoring({ labourStatus: 'retired' as never }) }, ['monitoring', 'labourStatus'], 'Wybierz status na rynku pracy'],
    ['a sensitive answer outside yes/no/refused', { monitoring: validMonitoring({ disability: 'maybe' as never }) }, ['monitoring', 'disability'], 'Wybierz odpowiedź'],
  ])('refuses %s and writes nothing', async (_what, overrides, path, message) => {
    const { participantId, projectId } = await arrange();
    const before = app().counts();
    const error = await app().fail('enrolments.create', validEnrolment(participantId, projectId, overrides), 'invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    expect(app().counts()).toEqual(before);
  });

  it('answers a missing participant or project with not_found and writes nothing', async () => {
    const { participantId, projectId } = await arrange();
    const before = app().counts();
    expect((await app().fail('enrolments.create', validEnrolment(404, projectId), 'not_found')).message).toBe('Nie znaleziono uczestnika');
    expect((await app().fail('enrolments.create', validEnrolment(participantId, 404), 'not_found')).message).toBe('Nie znaleziono projektu');
    expect(app().counts()).toEqual(before);
  });
});

describe('enrolments.forParticipant', () => {
  it('lists a person’s enrolments by date, and nothing for a person without any', async () => {
    const { participantId, projectId } = await arrange();
    const later = await app().call('projects.create', validProject({ title: 'KIS 2014' }));
    await app().call('enrolments.create', validEnrolment(participantId, later.id, { enrolledOn: '2014-01-10', consentDate: '2014-01-10' }));
    await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const other = await app().call('participants.create', validParticipant());

    expect((await app().call('enrolments.forParticipant', { participantId })).map((e) => e.projectTitle)).toEqual([
      'Aktywna integracja w Bartoszycach',
      'KIS 2014',
    ]);
    expect(await app().call('enrolments.forParticipant', { participantId: other.id })).toEqual([]);
  });

  it('answers a missing participant with not_found', async () => {
    expect((await app().fail('enrolments.forParticipant', { participantId: 31 }, 'not_found')).message).toBe('Nie znaleziono uczestnika');
  });

  it('refuses a missing id', async () => {
    const error = await app().fail('enrolments.forParticipant', {}, 'invalid_input');
    expect(error.issues).toEqual([{ path: ['participantId'], message: 'Brak identyfikatora' }]);
  });
});

describe('enrolments.updateMonitoring', () => {
  it('replaces the monitoring data and recomputes the long-term flag', async () => {
    // 25+ and registered since 2011-06-01: more than 12 months on 2013-02-01.
    const { participantId, projectId } = await arrange({ unemployedSince: '2011-06-01' });
    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId));
    expect(created.longTermUnemployed).toBe(true);

    const employed = validMonitoring({ labourStatus: 'employed', disability: 'refused' });
    const updated = await app().call('enrolments.updateMonitoring', { id: created.id, monitoring: employed });

    expect(updated).toMatchObject({ monitoring: employed, longTermUnemployed: false, status: 'candidate' });
    expect((await app().call('enrolments.forParticipant', { participantId }))[0]).toEqual(updated);
  });

  it('answers a missing enrolment with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('enrolments.updateMonitoring', { id: 55, monitoring: validMonitoring() }, 'not_found');
    expect(error.message).toBe('Nie znaleziono zgłoszenia');
    expect(app().counts()).toEqual(before);
  });

  it('refuses incomplete monitoring data and leaves the old answers', async () => {
    const { participantId, projectId } = await arrange();
    const created = await app().call('enrolments.create', validEnrolment(participantId, projectId));
    const { homelessness: _omitted, ...incomplete } = validMonitoring();
    const before = app().counts();

    const error = await app().fail('enrolments.updateMonitoring', { id: created.id, monitoring: incomplete }, 'invalid_input');

    expect(error.issues).toEqual([{ path: ['monitoring', 'homelessness'], message: 'Wybierz odpowiedź' }]);
    expect(app().counts()).toEqual(before);
    expect((await app().call('enrolments.forParticipant', { participantId }))[0]!.monitoring).toEqual(validMonitoring());
  });
});

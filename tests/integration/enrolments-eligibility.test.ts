import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../src-main/contract/projects';
import { personAndProject, useTestApp, type ParticipantOverrides } from '../support/test-app';

const app = useTestApp();

/** Radom-like criteria: 24 months registered, at most secondary education, over 35, client ≥ 12 months. */
const RADOM_CRITERIA: ProjectInput['criteria'] = [
  { kind: 'registeredUnemployedMonths', months: 24 },
  { kind: 'maxEducation', level: 'isced3' },
  { kind: 'minAge', years: 36 },
  { kind: 'officeClientMonths', months: 12 },
  { kind: 'residenceInCommune', commune: 'Bartoszyce' },
];

const arrange = (person: ParticipantOverrides = {}, criteria: ProjectInput['criteria'] = []) =>
  personAndProject(app(), person, { criteria });

describe('enrolments.checkEligibility', () => {
  it('names each failed criterion with a Polish reason, judged on the given day', async () => {
    // Born 1980-04-15: 32 on 2013-02-01. Registered 2012-01-01: 13 full months.
    const { participantId, projectId } = await arrange(
      {
        birthDate: '1980-04-15',
        unemployedSince: '2012-01-01',
        officeClientSince: '2011-01-15',
        educationLevel: 'isced2',
      },
      RADOM_CRITERIA,
    );
    const before = app().counts();

    const result = await app().call('enrolments.checkEligibility', {
      participantId,
      projectId,
      onDate: '2013-02-01',
    });

    expect(result).toEqual({
      eligible: false,
      onDate: '2013-02-01',
      results: [
        {
          label: 'Rejestracja w PUP jako osoba bezrobotna co najmniej 24 mies.',
          passed: false,
          reason: 'Bezrobocie od 13 mies., wymagane co najmniej 24',
        },
        {
          label: 'Wykształcenie najwyżej: Ponadgimnazjalne (średnie lub zasadnicze zawodowe)',
          passed: true,
          reason: null,
        },
        {
          label: 'Wiek co najmniej 36 lat',
          passed: false,
          reason: 'Wiek w dniu 01.02.2013: 32 lata, wymagane co najmniej 36',
        },
        { label: 'Korzystanie z pomocy ośrodka co najmniej 12 mies.', passed: true, reason: null },
        { label: 'Zamieszkanie w gminie Bartoszyce', passed: true, reason: null },
      ],
    });
    expect(app().counts()).toEqual(before);
  });

  it('finds the same person eligible on a later day', async () => {
    const { participantId, projectId } = await arrange(
      {
        birthDate: '1970-04-15',
        unemployedSince: '2011-01-01',
        officeClientSince: '2011-01-15',
        educationLevel: 'isced1',
      },
      RADOM_CRITERIA,
    );
    const result = await app().call('enrolments.checkEligibility', {
      participantId,
      projectId,
      onDate: '2013-02-01',
    });
    expect(result.eligible).toBe(true);
    expect(result.results.every((r) => r.passed && r.reason === null)).toBe(true);
  });

  it('fails a criterion whose data is missing', async () => {
    const { participantId, projectId } = await arrange({ unemployedSince: null }, [
      { kind: 'registeredUnemployedMonths', months: 6 },
    ]);
    const result = await app().call('enrolments.checkEligibility', {
      participantId,
      projectId,
      onDate: '2013-02-01',
    });
    expect(result.results).toEqual([
      {
        label: 'Rejestracja w PUP jako osoba bezrobotna co najmniej 6 mies.',
        passed: false,
        reason: 'Brak daty rejestracji jako osoba bezrobotna',
      },
    ]);
  });

  it('answers a missing participant or project with not_found', async () => {
    const { participantId, projectId } = await arrange();
    expect(
      (
        await app().fail(
          'enrolments.checkEligibility',
          { participantId: 99, projectId, onDate: '2013-02-01' },
          'not_found',
        )
      ).message,
    ).toBe('Nie znaleziono uczestnika');
    expect(
      (
        await app().fail(
          'enrolments.checkEligibility',
          { participantId, projectId: 99, onDate: '2013-02-01' },
          'not_found',
        )
      ).message,
    ).toBe('Nie znaleziono projektu');
  });

  it('refuses a date that does not exist', async () => {
    const error = await app().fail(
      'enrolments.checkEligibility',
      { participantId: 1, projectId: 1, onDate: '2013-13-01' },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['onDate'], message: 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeCriterion,
  evaluateEligibility,
  type EligibilityCriterion,
  type EligibilityFacts,
} from '../../../src-main/domain/eligibility';

const ON = '2026-03-01';

/** A candidate who meets the Radom KIS criteria on 01.03.2026. */
const BASE: EligibilityFacts = {
  birthDate: '1980-06-15', // 45 years old
  unemployedSince: '2023-01-10', // 37 full months
  educationLevel: 'isced3',
  officeClientSince: '2024-01-01', // 26 full months
  exclusionReasons: ['unemployment'],
  commune: 'Radom',
};

const RADOM: EligibilityCriterion[] = [
  { kind: 'minAge', years: 35 },
  { kind: 'registeredUnemployedMonths', months: 24 },
  { kind: 'maxEducation', level: 'isced3' },
  { kind: 'officeClientMonths', months: 12 },
];

describe('describeCriterion', () => {
  it.each<[EligibilityCriterion, string]>([
    [{ kind: 'minAge', years: 35 }, 'Wiek co najmniej 35 lat'],
    [{ kind: 'minAge', years: 1 }, 'Wiek co najmniej 1 rok'],
    [{ kind: 'minAge', years: 22 }, 'Wiek co najmniej 22 lata'],
    [{ kind: 'maxAge', years: 29 }, 'Wiek najwyżej 29 lat'],
    [{ kind: 'maxAge', years: 64 }, 'Wiek najwyżej 64 lata'],
    [
      { kind: 'registeredUnemployedMonths', months: 24 },
      'Rejestracja w PUP jako osoba bezrobotna co najmniej 24 mies.',
    ],
    [
      { kind: 'maxEducation', level: 'isced3' },
      'Wykształcenie najwyżej: Ponadgimnazjalne (średnie lub zasadnicze zawodowe)',
    ],
    [{ kind: 'maxEducation', level: 'isced1' }, 'Wykształcenie najwyżej: Podstawowe'],
    [
      { kind: 'officeClientMonths', months: 12 },
      'Korzystanie z pomocy ośrodka co najmniej 12 mies.',
    ],
    [
      { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'disability'] },
      'Przesłanka wykluczenia: Bezrobocie lub Niepełnosprawność',
    ],
    [
      { kind: 'exclusionReasonAmong', reasons: ['domesticViolence'] },
      'Przesłanka wykluczenia: Przemoc w rodzinie',
    ],
    [
      { kind: 'exclusionReasonAmong', reasons: ['addiction', 'homelessness', 'other'] },
      'Przesłanka wykluczenia: Uzależnienie lub Bezdomność lub Inna',
    ],
    [{ kind: 'exclusionReasonAmong', reasons: [] }, 'Przesłanka wykluczenia: dowolna'],
    [{ kind: 'residenceInCommune', commune: 'Radom' }, 'Zamieszkanie w gminie Radom'],
  ])('%j → %j', (criterion, label) => {
    expect(describeCriterion(criterion)).toBe(label);
  });
});

describe('evaluateEligibility — single criteria', () => {
  it.each<[string, EligibilityCriterion, Partial<EligibilityFacts>, string | null]>([
    // minAge
    ['older', { kind: 'minAge', years: 35 }, { birthDate: '1980-06-15' }, null],
    ['35th birthday on the day', { kind: 'minAge', years: 35 }, { birthDate: '1991-03-01' }, null],
    [
      'one day short of 35',
      { kind: 'minAge', years: 35 },
      { birthDate: '1991-03-02' },
      'Wiek w dniu 01.03.2026: 34 lata, wymagane co najmniej 35',
    ],
    [
      '29 years',
      { kind: 'minAge', years: 35 },
      { birthDate: '1996-12-01' },
      'Wiek w dniu 01.03.2026: 29 lat, wymagane co najmniej 35',
    ],
    [
      '21 years',
      { kind: 'minAge', years: 25 },
      { birthDate: '2004-03-02' },
      'Wiek w dniu 01.03.2026: 21 lat, wymagane co najmniej 25',
    ],
    [
      '1 year',
      { kind: 'minAge', years: 2 },
      { birthDate: '2025-01-01' },
      'Wiek w dniu 01.03.2026: 1 rok, wymagane co najmniej 2',
    ],
    ['no birth date', { kind: 'minAge', years: 35 }, { birthDate: null }, 'Brak daty urodzenia'],
    // maxAge (inclusive)
    ['29 for max 29', { kind: 'maxAge', years: 29 }, { birthDate: '1996-03-02' }, null],
    [
      '30 for max 29',
      { kind: 'maxAge', years: 29 },
      { birthDate: '1996-03-01' },
      'Wiek w dniu 01.03.2026: 30 lat, dopuszczalne najwyżej 29',
    ],
    [
      '22 for max 21',
      { kind: 'maxAge', years: 21 },
      { birthDate: '2003-12-01' },
      'Wiek w dniu 01.03.2026: 22 lata, dopuszczalne najwyżej 21',
    ],
    [
      'no birth date (max)',
      { kind: 'maxAge', years: 29 },
      { birthDate: null },
      'Brak daty urodzenia',
    ],
    // registeredUnemployedMonths
    [
      'exactly 24 months',
      { kind: 'registeredUnemployedMonths', months: 24 },
      { unemployedSince: '2024-03-01' },
      null,
    ],
    [
      'a day short of 24 months',
      { kind: 'registeredUnemployedMonths', months: 24 },
      { unemployedSince: '2024-03-02' },
      'Bezrobocie od 23 mies., wymagane co najmniej 24',
    ],
    [
      '14 months',
      { kind: 'registeredUnemployedMonths', months: 24 },
      { unemployedSince: '2025-01-01' },
      'Bezrobocie od 14 mies., wymagane co najmniej 24',
    ],
    [
      'not registered',
      { kind: 'registeredUnemployedMonths', months: 24 },
      { unemployedSince: null },
      'Brak daty rejestracji jako osoba bezrobotna',
    ],
    [
      'registered after the day',
      { kind: 'registeredUnemployedMonths', months: 0 },
      { unemployedSince: '2026-03-02' },
      'Rejestracja jako osoba bezrobotna od 02.03.2026, po dniu 01.03.2026',
    ],
    // maxEducation
    ['same level', { kind: 'maxEducation', level: 'isced3' }, { educationLevel: 'isced3' }, null],
    ['lower level', { kind: 'maxEducation', level: 'isced3' }, { educationLevel: 'isced0' }, null],
    [
      'post-secondary',
      { kind: 'maxEducation', level: 'isced3' },
      { educationLevel: 'isced4' },
      'Wykształcenie: Policealne, dopuszczalne najwyżej: Ponadgimnazjalne (średnie lub zasadnicze zawodowe)',
    ],
    [
      'higher',
      { kind: 'maxEducation', level: 'isced1' },
      { educationLevel: 'isced5_8' },
      'Wykształcenie: Wyższe, dopuszczalne najwyżej: Podstawowe',
    ],
    [
      'no education',
      { kind: 'maxEducation', level: 'isced3' },
      { educationLevel: null },
      'Brak informacji o wykształceniu',
    ],
    // officeClientMonths
    [
      'exactly 12 months',
      { kind: 'officeClientMonths', months: 12 },
      { officeClientSince: '2025-03-01' },
      null,
    ],
    [
      '11 months',
      { kind: 'officeClientMonths', months: 12 },
      { officeClientSince: '2025-03-02' },
      'Korzysta z pomocy ośrodka od 11 mies., wymagane co najmniej 12',
    ],
    [
      'not a client',
      { kind: 'officeClientMonths', months: 12 },
      { officeClientSince: null },
      'Brak daty, od której osoba korzysta z pomocy ośrodka',
    ],
    [
      'client only after the day',
      { kind: 'officeClientMonths', months: 0 },
      { officeClientSince: '2026-05-01' },
      'Korzysta z pomocy ośrodka od 01.05.2026, po dniu 01.03.2026',
    ],
    // exclusionReasonAmong
    [
      'one of them',
      { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'disability'] },
      { exclusionReasons: ['disability'] },
      null,
    ],
    [
      'one among others',
      { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'disability'] },
      { exclusionReasons: ['homelessness', 'disability'] },
      null,
    ],
    [
      'none of them',
      { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'disability'] },
      { exclusionReasons: ['homelessness', 'addiction'] },
      'Wskazane przesłanki: Bezdomność, Uzależnienie; wymagana jedna z: Bezrobocie, Niepełnosprawność',
    ],
    [
      'no reasons',
      { kind: 'exclusionReasonAmong', reasons: ['unemployment'] },
      { exclusionReasons: [] },
      'Brak wskazanej przesłanki wykluczenia',
    ],
    [
      'any reason',
      { kind: 'exclusionReasonAmong', reasons: [] },
      { exclusionReasons: ['other'] },
      null,
    ],
    [
      'any reason, none given',
      { kind: 'exclusionReasonAmong', reasons: [] },
      { exclusionReasons: [] },
      'Brak wskazanej przesłanki wykluczenia',
    ],
    // residenceInCommune
    ['same commune', { kind: 'residenceInCommune', commune: 'Radom' }, { commune: 'Radom' }, null],
    ['other case', { kind: 'residenceInCommune', commune: 'Radom' }, { commune: ' RADOM ' }, null],
    [
      'without diacritics',
      { kind: 'residenceInCommune', commune: 'Dąbrowa Górnicza' },
      { commune: 'dabrowa  gornicza' },
      null,
    ],
    ['ł written as l', { kind: 'residenceInCommune', commune: 'Łódź' }, { commune: 'Lodz' }, null],
    [
      'other commune',
      { kind: 'residenceInCommune', commune: 'Radom' },
      { commune: 'Kozienice' },
      'Gmina zamieszkania: Kozienice, wymagana: Radom',
    ],
    [
      'no commune',
      { kind: 'residenceInCommune', commune: 'Radom' },
      { commune: null },
      'Brak gminy zamieszkania',
    ],
    [
      'blank commune',
      { kind: 'residenceInCommune', commune: 'Radom' },
      { commune: '  ' },
      'Brak gminy zamieszkania',
    ],
  ])('%s', (_name, criterion, override, reason) => {
    const { eligible, results } = evaluateEligibility([criterion], { ...BASE, ...override }, ON);
    expect(eligible).toBe(reason === null);
    expect(results).toEqual([
      { criterion, label: describeCriterion(criterion), passed: reason === null, reason },
    ]);
  });
});

describe('evaluateEligibility — sets of criteria', () => {
  it('accepts anyone when the project sets no criteria', () => {
    expect(evaluateEligibility([], BASE, ON)).toEqual({ eligible: true, results: [] });
  });

  it('accepts a candidate meeting all Radom KIS criteria', () => {
    const { eligible, results } = evaluateEligibility(RADOM, BASE, ON);
    expect(eligible).toBe(true);
    expect(results.map((r) => r.passed)).toEqual([true, true, true, true]);
    expect(results.map((r) => r.label)).toEqual([
      'Wiek co najmniej 35 lat',
      'Rejestracja w PUP jako osoba bezrobotna co najmniej 24 mies.',
      'Wykształcenie najwyżej: Ponadgimnazjalne (średnie lub zasadnicze zawodowe)',
      'Korzystanie z pomocy ośrodka co najmniej 12 mies.',
    ]);
  });

  it('rejects when one criterion fails and reports each result in order', () => {
    const facts = { ...BASE, unemployedSince: '2025-01-01', educationLevel: null };
    const { eligible, results } = evaluateEligibility(RADOM, facts, ON);
    expect(eligible).toBe(false);
    expect(results.map((r) => r.reason)).toEqual([
      null,
      'Bezrobocie od 14 mies., wymagane co najmniej 24',
      'Brak informacji o wykształceniu',
      null,
    ]);
  });

  it('takes the age on the given day, not today', () => {
    const facts = { ...BASE, birthDate: '1991-03-01' };
    expect(evaluateEligibility([{ kind: 'minAge', years: 35 }], facts, '2026-02-28').eligible).toBe(
      false,
    );
    expect(evaluateEligibility([{ kind: 'minAge', years: 35 }], facts, '2026-03-01').eligible).toBe(
      true,
    );
  });
});

import { ageOn, formatDate, fullMonthsBetween } from './dates';
import { EDUCATION_LABELS, educationRank, type EducationLevel } from './education';
import { EXCLUSION_REASON_LABELS, type ExclusionReason } from './exclusion';
import { plural } from './plural';
import { searchKey } from './text';

/** One recruitment criterion of a project (*kryterium rekrutacji*). */
export type EligibilityCriterion =
  | { kind: 'minAge'; years: number }
  /** Age at most `years` (inclusive). */
  | { kind: 'maxAge'; years: number }
  /** Registered unemployed for at least N full months. */
  | { kind: 'registeredUnemployedMonths'; months: number }
  | { kind: 'maxEducation'; level: EducationLevel }
  /** Client of the welfare office (*klient ośrodka*) for at least N full months. */
  | { kind: 'officeClientMonths'; months: number }
  /** At least one of the reasons; an empty list means any reason at all. */
  | { kind: 'exclusionReasonAmong'; reasons: ExclusionReason[] }
  /** Commune (*gmina*) of residence, compared ignoring case and diacritics. */
  | { kind: 'residenceInCommune'; commune: string };

export type EligibilityFacts = {
  birthDate: string | null;
  unemployedSince: string | null;
  educationLevel: EducationLevel | null;
  officeClientSince: string | null;
  exclusionReasons: ExclusionReason[];
  commune: string | null;
};

export type CriterionResult = {
  criterion: EligibilityCriterion;
  label: string;
  passed: boolean;
  reason: string | null;
};

const years = (n: number): string => `${n} ${plural(n, 'rok', 'lata', 'lat')}`;

const reasonList = (reasons: ExclusionReason[], joiner: string): string =>
  reasons.map((r) => EXCLUSION_REASON_LABELS[r]).join(joiner);

/** Human-readable Polish description of a criterion, shown on forms and in reports. */
export function describeCriterion(c: EligibilityCriterion): string {
  switch (c.kind) {
    case 'minAge':
      return `Wiek co najmniej ${years(c.years)}`;
    case 'maxAge':
      return `Wiek najwyżej ${years(c.years)}`;
    case 'registeredUnemployedMonths':
      return `Rejestracja w PUP jako osoba bezrobotna co najmniej ${c.months} mies.`;
    case 'maxEducation':
      return `Wykształcenie najwyżej: ${EDUCATION_LABELS[c.level]}`;
    case 'officeClientMonths':
      return `Korzystanie z pomocy ośrodka co najmniej ${c.months} mies.`;
    case 'exclusionReasonAmong':
      return c.reasons.length === 0
        ? 'Przesłanka wykluczenia: dowolna'
        : `Przesłanka wykluczenia: ${reasonList(c.reasons, ' lub ')}`;
    case 'residenceInCommune':
      return `Zamieszkanie w gminie ${c.commune}`;
  }
}

/** Returns null when passed, otherwise the Polish reason with the actual value. */
function check(c: EligibilityCriterion, f: EligibilityFacts, onDate: string): string | null {
  switch (c.kind) {
    case 'minAge':
    case 'maxAge': {
      if (f.birthDate === null) return 'Brak daty urodzenia';
      const age = ageOn(f.birthDate, onDate);
      const prefix = `Wiek w dniu ${formatDate(onDate)}: ${years(age)}`;
      if (c.kind === 'minAge') {
        return age >= c.years ? null : `${prefix}, wymagane co najmniej ${c.years}`;
      }
      return age <= c.years ? null : `${prefix}, dopuszczalne najwyżej ${c.years}`;
    }
    case 'registeredUnemployedMonths': {
      if (f.unemployedSince === null) return 'Brak daty rejestracji jako osoba bezrobotna';
      if (f.unemployedSince > onDate) {
        return `Rejestracja jako osoba bezrobotna od ${formatDate(f.unemployedSince)}, po dniu ${formatDate(onDate)}`;
      }
      const months = fullMonthsBetween(f.unemployedSince, onDate);
      return months >= c.months
        ? null
        : `Bezrobocie od ${months} mies., wymagane co najmniej ${c.months}`;
    }
    case 'maxEducation': {
      if (f.educationLevel === null) return 'Brak informacji o wykształceniu';
      return educationRank(f.educationLevel) <= educationRank(c.level)
        ? null
        : `Wykształcenie: ${EDUCATION_LABELS[f.educationLevel]}, dopuszczalne najwyżej: ${EDUCATION_LABELS[c.level]}`;
    }
    case 'officeClientMonths': {
      if (f.officeClientSince === null)
        return 'Brak daty, od której osoba korzysta z pomocy ośrodka';
      if (f.officeClientSince > onDate) {
        return `Korzysta z pomocy ośrodka od ${formatDate(f.officeClientSince)}, po dniu ${formatDate(onDate)}`;
      }
      const months = fullMonthsBetween(f.officeClientSince, onDate);
      return months >= c.months
        ? null
        : `Korzysta z pomocy ośrodka od ${months} mies., wymagane co najmniej ${c.months}`;
    }
    case 'exclusionReasonAmong': {
      if (f.exclusionReasons.length === 0) return 'Brak wskazanej przesłanki wykluczenia';
      if (c.reasons.length === 0 || f.exclusionReasons.some((r) => c.reasons.includes(r))) {
        return null;
      }
      return `Wskazane przesłanki: ${reasonList(f.exclusionReasons, ', ')}; wymagana jedna z: ${reasonList(c.reasons, ', ')}`;
    }
    case 'residenceInCommune': {
      if (f.commune === null || f.commune.trim() === '') return 'Brak gminy zamieszkania';
      return searchKey(f.commune) === searchKey(c.commune)
        ? null
        : `Gmina zamieszkania: ${f.commune.trim()}, wymagana: ${c.commune}`;
    }
  }
}

/**
 * Checks a candidate against all criteria of a project on `onDate` (normally the day of
 * the first support). Missing data fails the criterion, so nobody qualifies by omission.
 */
export function evaluateEligibility(
  criteria: EligibilityCriterion[],
  facts: EligibilityFacts,
  onDate: string,
): { eligible: boolean; results: CriterionResult[] } {
  const results = criteria.map((criterion): CriterionResult => {
    const reason = check(criterion, facts, onDate);
    return { criterion, label: describeCriterion(criterion), passed: reason === null, reason };
  });
  return { eligible: results.every((r) => r.passed), results };
}

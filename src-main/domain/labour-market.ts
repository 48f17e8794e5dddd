import { addMonths, ageOn } from './dates';

/**
 * Long-term unemployed (*osoba długotrwale bezrobotna*) in the EFS sense: under 25 —
 * unemployed for more than 6 months, 25 and over — more than 12 months. Age and status
 * are taken on `onDate`, the day the person starts the project (first support).
 * "More than" is strict: exactly 12 months to the day is not yet long-term.
 */
export function isLongTermUnemployed(p: {
  birthDate: string;
  unemployedSince: string | null;
  onDate: string;
}): boolean {
  if (p.unemployedSince === null) return false;
  const months = ageOn(p.birthDate, p.onDate) < 25 ? 6 : 12;
  return addMonths(p.unemployedSince, months) < p.onDate;
}

import { ageOn, formatDate } from './dates';
import { parsePesel, type Sex } from './pesel';
import { plural } from './plural';

/**
 * Ages a participant of *aktywna integracja* plausibly has; a valid PESEL outside them is
 * more likely mistyped (a wrong month code gives 1899 or 2099) than true, so the worker is
 * asked to confirm it, not refused.
 */
export const PLAUSIBLE_AGE = { min: 15, max: 99 } as const;

export type PeselDoubt =
  | { kind: 'bornInFuture'; message: string }
  | { kind: 'tooOld'; age: number; message: string }
  | { kind: 'tooYoung'; age: number; message: string }
  | { kind: 'sexDiffers'; peselSex: Sex; chosenSex: Sex; message: string };

const SEX_NAMES: Record<Sex, string> = { K: 'kobieta', M: 'mężczyzna' };

const years = (n: number) => `${n} ${plural(n, 'rok', 'lata', 'lat')}`;

/**
 * Why a valid PESEL looks wrong, on the core's `today`: an age outside PLAUSIBLE_AGE, a
 * birth date after today, or a sex other than the one the worker had chosen before typing
 * it (`chosenSex`, null when they had not). An invalid PESEL has no doubts — its error says
 * what is wrong.
 */
export function peselDoubts(pesel: string, today: string, chosenSex: Sex | null): PeselDoubt[] {
  const parsed = parsePesel(pesel);
  if (!parsed.ok) return [];
  const doubts: PeselDoubt[] = [];
  const born = `Z numeru PESEL wynika data urodzenia ${formatDate(parsed.birthDate)}`;
  if (parsed.birthDate > today) {
    doubts.push({ kind: 'bornInFuture', message: `${born} — to data z przyszłości.` });
  } else {
    const age = ageOn(parsed.birthDate, today);
    if (age > PLAUSIBLE_AGE.max)
      doubts.push({ kind: 'tooOld', age, message: `${born} — osoba ma ${years(age)}.` });
    else if (age < PLAUSIBLE_AGE.min)
      doubts.push({ kind: 'tooYoung', age, message: `${born} — osoba ma ${years(age)}.` });
  }
  if (chosenSex !== null && chosenSex !== parsed.sex)
    doubts.push({
      kind: 'sexDiffers',
      peselSex: parsed.sex,
      chosenSex,
      message: `Numer PESEL wskazuje płeć: ${SEX_NAMES[parsed.sex]}, a wcześniej wybrano: ${SEX_NAMES[chosenSex]}.`,
    });
  return doubts;
}

import type { PersonHours } from '../../../../src-main/contract/attendance';
import type { CompletionOutcome } from '../../../../src-main/domain/attendance/hours';
import { formatDate } from '../../../../src-main/domain/dates';
import type { ToneName } from '../../../ui/tones';

/*
 * How a person's club hours are put into words on the screens: the share attended, the state
 * of their participation, the outcome in the form of their sex ("Ukończyła program").
 */

type Sex = 'K' | 'M';

/** "a" for a woman, "" for a man, "(a)" when not known: "Ukończył(a)". */
const ending = (sex?: Sex | null) => (sex === 'K' ? 'a' : sex === 'M' ? '' : '(a)');

/** "Ukończyła program", "Zakończył udział przed czasem", "Ukończył(a) program". */
export function outcomeLabel(outcome: CompletionOutcome, sex?: Sex | null): string {
  const a = ending(sex);
  return outcome === 'completed' ? `Ukończył${a} program` : `Zakończył${a} udział przed czasem`;
}

/**
 * Attended of the recorded hours, "85 %" (whole percent, rounded down) — the pace the
 * completion rule judges; "—" while nothing is recorded (0 % would read as "never came").
 */
export function attendedPercent(total: PersonHours['total']): string {
  const recorded = total.held - total.unrecorded;
  if (recorded <= 0) return '—';
  return `${Math.floor((total.attended / recorded) * 100)} %`;
}

export interface PersonState {
  tone: ToneName;
  label: string;
}

/** The participation's state: ended (and how), cannot reach the minimum, behind, or on track. */
export function personState(
  person: Pick<PersonHours, 'completion' | 'warnings' | 'sex' | 'total'>,
): PersonState {
  const { completion } = person;
  if (completion)
    return {
      tone: completion.outcome === 'completed' ? 'green' : 'grey',
      label: `${outcomeLabel(completion.outcome, person.sex)} (${formatDate(completion.endedOn)})`,
    };
  if (person.warnings.some((w) => w.kind === 'cannotReach'))
    return { tone: 'red', label: 'Nie osiągnie minimum obecności' };
  if (person.warnings.length) return { tone: 'gold', label: 'Poniżej minimum obecności' };
  if (person.total.held - person.total.unrecorded <= 0)
    return { tone: 'grey', label: 'Brak zapisanej obecności' };
  return { tone: 'green', label: 'Obecność w normie' };
}

/** "Psychoedukacja" → "Psyc.", "Trening kompetencji społecznych" → "TKS": a grid's narrow head. */
export function moduleShort(name: string): string {
  const words = name.split(/[\s\-–—/]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length > 1)
    return words
      .slice(0, 4)
      .map((w) => /\p{L}/u.exec(w)![0].toLocaleUpperCase('pl'))
      .join('');
  const word = words[0] ?? name;
  return word.length > 5 ? `${word.slice(0, 4)}.` : word;
}

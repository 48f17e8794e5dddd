import type { Sex } from './pesel';

/**
 * Gendered Polish forms for documents (*formy rodzajowe*): a contract or a certificate
 * addresses one person, and "Pan urodzona" or "Pani ukończył" on a signed paper is an
 * error the person notices first. The forms follow the sex recorded for the person
 * (from PESEL or the enrolment form). Present-tense verbs such as "zobowiązuje się" are
 * the same for both sexes and need no entry here.
 */
export type GenderedForms = {
  /** Pan / Pani — nominative, also the polite "you" in letters. */
  honorific: string;
  /** Pana / Pani — genitive ("dane Pana/Pani"). */
  honorificGenitive: string;
  /** Panu / Pani — dative ("przyznaje Panu/Pani zasiłek"). */
  honorificDative: string;
  /** Pana / Panią — accusative ("zobowiązuje Pana/Panią"). */
  honorificAccusative: string;
  /** Panem / Panią — instrumental ("kontrakt zawarty z Panem/Panią"). */
  honorificInstrumental: string;
  /** uczestnik / uczestniczka */
  participant: string;
  /** mieszkaniec / mieszkanka */
  resident: string;
  /** urodzony / urodzona */
  born: string;
  /** zamieszkały / zamieszkała */
  residing: string;
  /** bezrobotny / bezrobotna — variant B of the contract. */
  unemployed: string;
  /** zobowiązany / zobowiązana ("jest zobowiązany do …") */
  obliged: string;
  /** ukończył / ukończyła — course certificates. */
  completed: string;
  /** uczestniczył / uczestniczyła */
  participated: string;
  /** zobowiązał się / zobowiązała się */
  committed: string;
  /** oświadczył / oświadczyła */
  declared: string;
  /** otrzymał / otrzymała — receipt confirmations. */
  received: string;
};

const FORMS: Record<Sex, Readonly<GenderedForms>> = {
  M: Object.freeze({
    honorific: 'Pan',
    honorificGenitive: 'Pana',
    honorificDative: 'Panu',
    honorificAccusative: 'Pana',
    honorificInstrumental: 'Panem',
    participant: 'uczestnik',
    resident: 'mieszkaniec',
    born: 'urodzony',
    residing: 'zamieszkały',
    unemployed: 'bezrobotny',
    obliged: 'zobowiązany',
    completed: 'ukończył',
    participated: 'uczestniczył',
    committed: 'zobowiązał się',
    declared: 'oświadczył',
    received: 'otrzymał',
  }),
  K: Object.freeze({
    honorific: 'Pani',
    honorificGenitive: 'Pani',
    honorificDative: 'Pani',
    honorificAccusative: 'Panią',
    honorificInstrumental: 'Panią',
    participant: 'uczestniczka',
    resident: 'mieszkanka',
    born: 'urodzona',
    residing: 'zamieszkała',
    unemployed: 'bezrobotna',
    obliged: 'zobowiązana',
    completed: 'ukończyła',
    participated: 'uczestniczyła',
    committed: 'zobowiązała się',
    declared: 'oświadczyła',
    received: 'otrzymała',
  }),
};

/** The forms for one person; frozen, since every document shares the same table. */
export function genderedForms(sex: Sex): Readonly<GenderedForms> {
  return FORMS[sex];
}

/** A one-off form not in the table: `gendered(sex, 'przyjął', 'przyjęła')`. */
export function gendered(sex: Sex, male: string, female: string): string {
  return sex === 'K' ? female : male;
}

/** "Pan Jan Kowalski" / "Pani Anna Nowak" — the person as named in a document. */
export function withHonorific(sex: Sex, fullName: string): string {
  const name = fullName.trim().replace(/\s+/g, ' ');
  return name === '' ? FORMS[sex].honorific : `${FORMS[sex].honorific} ${name}`;
}

import type { ContractRow, ContractVariant } from '../../../src-main/contract/social-contracts';
import type { ContractStatus } from '../../../src-main/domain/contract-status';
import { formatDate } from '../../../src-main/domain/dates';
import { withoutDiacritics } from '../../../src-main/domain/text';
import type { ToneName } from '../../ui/tones';

/** Tag colours of the statuses: a draft is grey, a contract in force blue, the end states final. */
export const STATUS_TONES: Record<ContractStatus, ToneName> = {
  draft: 'grey',
  signed: 'blue',
  completed: 'green',
  terminated: 'volcano',
};

/** The two variants of the model form, as the worker chooses between them. */
export const VARIANT_LABELS: Record<ContractVariant, string> = {
  A: 'Wariant A — osoba lub rodzina',
  B: 'Wariant B — osoba bezrobotna',
};

export const VARIANT_DESCRIPTIONS: Record<ContractVariant, string> = {
  A: 'W celu rozwiązania trudnej sytuacji życiowej osoby lub rodziny (część A wzoru). Stronami mogą być też członkowie rodziny.',
  B: 'W celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu osoby bezrobotnej (część B wzoru).',
};

export const ALERT_LABELS: Record<keyof ContractRow['alerts'], string> = {
  endingSoon: 'Kończy się wkrótce',
  evaluationDue: 'Termin oceny',
  periodEnded: 'Okres minął',
};

export const ALERT_TONES: Record<keyof ContractRow['alerts'], ToneName> = {
  endingSoon: 'gold',
  evaluationDue: 'orange',
  periodEnded: 'red',
};

export const ALERT_KEYS = ['endingSoon', 'evaluationDue', 'periodEnded'] as const;

export const period = (from: string, to: string) => `${formatDate(from)}–${formatDate(to)}`;

/** "Kontrakt_KS-2026-0007.pdf": a number's slashes cannot be in a file name. */
export const pdfFileName = (prefix: string, number: string | null) =>
  `${prefix}_${(number ?? 'szkic').replaceAll('/', '-')}.pdf`;

/** A name as any disk and e-mail program take it: "Wiśniewska-Łęcka" → "Wisniewska-Lecka". */
const fileNamePart = (s: string) =>
  withoutDiacritics(s)
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * "Kontrakt_szkic_Kowalska_Anna_2026-11-23.pdf": a draft has no number yet, so the person
 * and the day (the core's) tell one saved draft from another.
 */
export const draftPdfFileName = (person: { firstName: string; lastName: string }, today: string) =>
  `Kontrakt_szkic_${fileNamePart(person.lastName)}_${fileNamePart(person.firstName)}_${today}.pdf`;

import { addDays } from './dates';

/**
 * The life of a social contract (*kontrakt socjalny*, art. 108 ustawy o pomocy
 * społecznej): draft → signed → completed | terminated. A signed contract's content is
 * frozen, because not keeping it may justify refusing benefits (art. 11 ust. 2) and what
 * was signed must stay provable; it changes only by amendments (*aneks*). The UI calls a
 * draft "szkic", not "projekt", which in an office means an EU project.
 */
export const CONTRACT_STATUSES = ['draft', 'signed', 'completed', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  draft: 'Szkic',
  signed: 'Zawarty',
  completed: 'Zakończony',
  terminated: 'Rozwiązany',
};

const NEXT: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ['signed'],
  signed: ['completed', 'terminated'],
  completed: [],
  terminated: [],
};

export function allowedNextStatuses(from: ContractStatus): readonly ContractStatus[] {
  return NEXT[from];
}

/** Only draft → signed and signed → completed | terminated; the end states are final. */
export function canTransition(from: ContractStatus, to: ContractStatus): boolean {
  return NEXT[from].includes(to);
}

/** Why a contract was terminated early (*rozwiązanie kontraktu*). */
export const TERMINATION_REASONS = ['resignation', 'breach', 'other'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const TERMINATION_REASON_LABELS: Record<TerminationReason, string> = {
  resignation: 'rezygnacja osoby',
  breach: 'niedotrzymanie postanowień kontraktu',
  other: 'inna przyczyna',
};

/** Only a draft may be edited; once signed, the text is what both sides put their names to. */
export function isEditable(status: ContractStatus): boolean {
  return status === 'draft';
}

/** Amendments change a contract in force, so only a signed one (a draft is simply edited). */
export function canAmend(status: ContractStatus): boolean {
  return status === 'signed';
}

/** Evaluation entries record how a contract in force is kept, so only a signed one. */
export function canEvaluate(status: ContractStatus): boolean {
  return status === 'signed';
}

/** How many days ahead the end of a contract is flagged. */
export const ENDING_SOON_DAYS = 14;

export type ContractAlerts = {
  /** The period ends between today and today + 14 days, both inclusive. */
  endingSoon: boolean;
  /** The planned evaluation date is today or already past. */
  evaluationDue: boolean;
  /**
   * The period has ended but the contract is still signed: the worker should record it as
   * completed or terminated. Kept apart from endingSoon, which is about planning ahead.
   */
  periodEnded: boolean;
};

const NO_ALERTS: ContractAlerts = { endingSoon: false, evaluationDue: false, periodEnded: false };

/**
 * Flags shown on the list of contracts, for contracts in force (signed) only: a draft has
 * not started and an ended contract needs no reminders. Dates are ISO 'YYYY-MM-DD', which
 * compare correctly as strings. A period already past is not "ending soon" but
 * `periodEnded`, so the list can tell "plan the closing" from "close it now".
 */
export function contractAlerts(
  c: { status: ContractStatus; periodTo: string; nextEvaluationOn: string | null },
  today: string,
): ContractAlerts {
  const horizon = addDays(today, ENDING_SOON_DAYS);
  if (c.status !== 'signed') return NO_ALERTS;
  return {
    endingSoon: c.periodTo >= today && c.periodTo <= horizon,
    evaluationDue: c.nextEvaluationOn !== null && c.nextEvaluationOn <= today,
    periodEnded: c.periodTo < today,
  };
}

/**
 * The number a contract gets from the office's register when signed: `KS/2026/0007`.
 * The sequence is padded to four digits so numbers sort as text within a year; from
 * 10 000 on it simply grows (`KS/2026/12345`).
 */
export function formatContractNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Contract year must be a four-digit integer, got ${year}`);
  }
  if (!Number.isInteger(seq) || seq < 1) {
    throw new RangeError(`Contract sequence number must be an integer ≥ 1, got ${seq}`);
  }
  return `KS/${year}/${String(seq).padStart(4, '0')}`;
}

/**
 * The number of the n-th amendment (*aneks*) to a contract: the contract's number, "A"
 * and the amendment's ordinal within that contract, e.g. `KS/2026/0007/A/1`. Amendments
 * are counted per contract, so the number alone tells which contract it changes.
 */
export function formatAmendmentNumber(contractNumber: string, n: number): string {
  if (contractNumber.trim() === '') throw new RangeError('Contract number is empty');
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`Amendment number must be an integer ≥ 1, got ${n}`);
  }
  return `${contractNumber}/A/${n}`;
}

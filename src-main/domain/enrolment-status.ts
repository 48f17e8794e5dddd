/**
 * The life of an enrolment (zgłoszenie / udział w projekcie):
 * candidate → qualified | reserve | rejected; reserve → qualified | rejected;
 * qualified → participant | rejected; participant → completed | droppedOut.
 */
export const ENROLMENT_STATUSES = [
  'candidate',
  'qualified',
  'reserve',
  'rejected',
  'participant',
  'completed',
  'droppedOut',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  candidate: 'Kandydat',
  qualified: 'Zakwalifikowany',
  reserve: 'Lista rezerwowa',
  rejected: 'Odrzucony',
  participant: 'Uczestnik',
  completed: 'Zakończył udział',
  droppedOut: 'Przerwał udział',
};

const NEXT: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  candidate: ['qualified', 'reserve', 'rejected'],
  reserve: ['qualified', 'rejected'],
  qualified: ['participant', 'reserve', 'rejected'],
  participant: ['completed', 'droppedOut'],
  rejected: [],
  completed: [],
  droppedOut: [],
};

/** Changes that must be explained: a refusal or an early end is always given a reason. */
const NEEDS_REASON: readonly EnrolmentStatus[] = ['rejected', 'reserve', 'droppedOut'];

export function allowedNextStatuses(from: EnrolmentStatus): readonly EnrolmentStatus[] {
  return NEXT[from];
}

export function canChangeStatus(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return NEXT[from].includes(to);
}

export function statusNeedsReason(to: EnrolmentStatus): boolean {
  return NEEDS_REASON.includes(to);
}

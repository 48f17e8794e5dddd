/** Reasons of the risk of social exclusion (*przesłanki wykluczenia społecznego*). */
export const EXCLUSION_REASONS = [
  'unemployment',
  'disability',
  'addiction',
  'homelessness',
  'parentingHelplessness',
  'domesticViolence',
  'longTermIllness',
  'other',
] as const;

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  unemployment: 'Bezrobocie',
  disability: 'Niepełnosprawność',
  addiction: 'Uzależnienie',
  homelessness: 'Bezdomność',
  parentingHelplessness: 'Bezradność w sprawach opiekuńczo-wychowawczych',
  domesticViolence: 'Przemoc w rodzinie',
  longTermIllness: 'Długotrwała choroba',
  other: 'Inna',
};

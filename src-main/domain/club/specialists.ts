/**
 * The club's fixed catalogues (katalogi KIS): the kinds of specialist a module needs and a
 * trainer is, and the features a room may have. Keys are stored; labels are what the office
 * reads (lower case, as they stand inside a sentence: "psycholog ma wolne tylko 36 h").
 */

export const SPECIALIST_KINDS = [
  'psychologist',
  'educator',
  'socialWorker',
  'careerAdvisor',
  'lawyer',
  'itSpecialist',
  'addictionTherapist',
  'instructor',
  'animator',
  'volunteer',
  'other',
] as const;
export type SpecialistKind = (typeof SPECIALIST_KINDS)[number];

export const SPECIALIST_LABELS: Record<SpecialistKind, string> = {
  psychologist: 'psycholog',
  educator: 'pedagog',
  socialWorker: 'pracownik socjalny',
  careerAdvisor: 'doradca zawodowy',
  lawyer: 'prawnik',
  itSpecialist: 'informatyk',
  addictionTherapist: 'terapeuta uzależnień',
  instructor: 'trener/instruktor',
  animator: 'animator',
  volunteer: 'wolontariusz',
  other: 'inny specjalista',
};

/** What a module may require of its room (e.g. the computer course needs computers). */
export const ROOM_FEATURES = ['computers', 'accessible', 'kitchen'] as const;
export type RoomFeature = (typeof ROOM_FEATURES)[number];

export const ROOM_FEATURE_LABELS: Record<RoomFeature, string> = {
  computers: 'sala komputerowa',
  accessible: 'dostępna dla osób z niepełnosprawnościami',
  kitchen: 'kuchnia',
};

export function specialistLabel(kind: string): string {
  return SPECIALIST_LABELS[kind as SpecialistKind] ?? kind;
}

/** "psycholog lub pedagog" for a module any of several kinds may lead. */
export function specialistsLabel(kinds: readonly string[]): string {
  return kinds.map(specialistLabel).join(' lub ');
}

export function roomFeatureLabel(feature: string): string {
  return ROOM_FEATURE_LABELS[feature as RoomFeature] ?? feature;
}

import { plural } from './plural';

/**
 * Groups of integration instruments (*instrumenty aktywnej integracji*) offered in a
 * social contract within an EFS project.
 */
export const INSTRUMENT_GROUPS = ['social', 'educational', 'health', 'vocational'] as const;
export type InstrumentGroup = (typeof INSTRUMENT_GROUPS)[number];

/** Adjectives agreeing with "instrumenty …" (e.g. "instrumenty zdrowotne"). */
export const INSTRUMENT_GROUP_LABELS: Record<InstrumentGroup, string> = {
  social: 'społeczne',
  educational: 'edukacyjne',
  health: 'zdrowotne',
  vocational: 'zawodowe',
};

export type InstrumentDefinition = { group: InstrumentGroup; name: string };

/**
 * The usual catalogue, seeded once; the office edits it in settings afterwards.
 *
 * Socially useful work (*prace społecznie użyteczne*) is listed as vocational. DOMAIN.md
 * does not classify it; it is a labour-market instrument organised with the county labour
 * office for unemployed people (work counted in hours), so it sits nearest the vocational
 * group. This is not confirmed against the current EFS guidelines: an office that counts it
 * as social can move it in settings, and the rule below follows the group it is given.
 */
export const DEFAULT_INSTRUMENTS: InstrumentDefinition[] = [
  { group: 'social', name: 'Skierowanie do Klubu Integracji Społecznej' },
  { group: 'social', name: 'Trening kompetencji i umiejętności społecznych' },
  { group: 'social', name: 'Poradnictwo specjalistyczne — prawne' },
  { group: 'social', name: 'Poradnictwo specjalistyczne — psychologiczne' },
  { group: 'social', name: 'Poradnictwo specjalistyczne — rodzinne' },
  { group: 'social', name: 'Grupa wsparcia / samopomocowa' },
  { group: 'educational', name: 'Kurs lub szkolenie podnoszące kwalifikacje' },
  { group: 'educational', name: 'Uzupełnienie wykształcenia' },
  { group: 'educational', name: 'Zajęcia edukacyjne (edukacja nieformalna)' },
  { group: 'health', name: 'Terapia uzależnień' },
  { group: 'health', name: 'Rehabilitacja' },
  { group: 'health', name: 'Program terapeutyczny / psychoterapia' },
  { group: 'vocational', name: 'Poradnictwo zawodowe (doradca zawodowy)' },
  { group: 'vocational', name: 'Kurs zawodowy' },
  { group: 'vocational', name: 'Staż / praktyka zawodowa' },
  { group: 'vocational', name: 'Zatrudnienie wspierane' },
  { group: 'vocational', name: 'Warsztaty aktywnego poszukiwania pracy' },
  { group: 'vocational', name: 'Prace społecznie użyteczne' },
];

/** The EFS minimum of instruments in one person's reintegration path. */
export const MIN_INSTRUMENTS = 3;

export type InstrumentRuleResult = { satisfied: boolean; problems: string[] };

/**
 * The EFS rule for a contract inside a project (one entry per chosen instrument):
 * at least three instruments, and vocational or educational ones only together with at
 * least one social or health one — a job course alone does not reintegrate. Problems are
 * worded so the social worker knows what to add.
 */
export function checkInstrumentRule(groups: readonly InstrumentGroup[]): InstrumentRuleResult {
  const problems: string[] = [];
  const n = groups.length;
  if (n < MIN_INSTRUMENTS) {
    const noun = plural(n, 'instrument', 'instrumenty', 'instrumentów');
    problems.push(
      `Wybrano ${n} ${noun} — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.`,
    );
  }
  const hasVocationalOrEducational = groups.some((g) => g === 'vocational' || g === 'educational');
  const hasSocialOrHealth = groups.some((g) => g === 'social' || g === 'health');
  if (hasVocationalOrEducational && !hasSocialOrHealth) {
    problems.push(
      'Instrumenty zawodowe lub edukacyjne można stosować tylko razem z co najmniej jednym instrumentem społecznym lub zdrowotnym.',
    );
  }
  return { satisfied: problems.length === 0, problems };
}

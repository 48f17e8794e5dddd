/** Education level (*wykształcenie*) by ISCED, as in the EFS participant form. */
export const EDUCATION_LEVELS = [
  'isced0',
  'isced1',
  'isced2',
  'isced3',
  'isced4',
  'isced5_8',
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  isced0: 'Brak (niższe niż podstawowe)',
  isced1: 'Podstawowe',
  isced2: 'Gimnazjalne',
  isced3: 'Ponadgimnazjalne (średnie lub zasadnicze zawodowe)',
  isced4: 'Policealne',
  isced5_8: 'Wyższe',
};

/** Higher rank = higher education; used for criteria like "at most vocational". */
export function educationRank(l: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(l);
}

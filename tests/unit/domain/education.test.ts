import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  educationRank,
} from '../../../src-main/domain/education';

describe('education', () => {
  it.each([
    ['isced0', 0, 'Brak (niższe niż podstawowe)'],
    ['isced1', 1, 'Podstawowe'],
    ['isced2', 2, 'Gimnazjalne'],
    ['isced3', 3, 'Ponadgimnazjalne (średnie lub zasadnicze zawodowe)'],
    ['isced4', 4, 'Policealne'],
    ['isced5_8', 5, 'Wyższe'],
  ] as const)('%s: rank %i, label %j', (level, rank, label) => {
    expect(educationRank(level)).toBe(rank);
    expect(EDUCATION_LABELS[level]).toBe(label);
  });

  it('lists the levels from lowest to highest', () => {
    expect(EDUCATION_LEVELS).toEqual([
      'isced0',
      'isced1',
      'isced2',
      'isced3',
      'isced4',
      'isced5_8',
    ]);
    expect(Object.keys(EDUCATION_LABELS).sort()).toEqual([...EDUCATION_LEVELS].sort());
  });
});

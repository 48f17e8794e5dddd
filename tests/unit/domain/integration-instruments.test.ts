import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INSTRUMENTS,
  INSTRUMENT_GROUPS,
  INSTRUMENT_GROUP_LABELS,
  checkInstrumentRule,
  type InstrumentGroup,
} from '../../../src-main/domain/integration-instruments';

const TOO_FEW = (text: string) =>
  `Wybrano ${text} — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.`;
const NOT_ALONE =
  'Instrumenty zawodowe lub edukacyjne można stosować tylko razem z co najmniej jednym instrumentem społecznym lub zdrowotnym.';

describe('checkInstrumentRule', () => {
  it.each<[InstrumentGroup[], string[]]>([
    // Satisfied paths.
    [['social', 'social', 'social'], []],
    [['health', 'health', 'health'], []],
    [['social', 'health', 'vocational'], []],
    [['health', 'educational', 'vocational'], []],
    [['vocational', 'vocational', 'vocational', 'vocational', 'social'], []],
    [['educational', 'educational', 'health'], []],
    [['social', 'educational', 'health', 'vocational'], []],
    // Too few instruments, with the plural of "instrument".
    [[], [TOO_FEW('0 instrumentów')]],
    [['social'], [TOO_FEW('1 instrument')]],
    [['social', 'health'], [TOO_FEW('2 instrumenty')]],
    [['health', 'vocational'], [TOO_FEW('2 instrumenty')]],
    // Vocational or educational without a social or health one.
    [['vocational', 'vocational', 'educational'], [NOT_ALONE]],
    [['educational', 'educational', 'educational'], [NOT_ALONE]],
    [['vocational', 'vocational', 'vocational', 'vocational', 'vocational'], [NOT_ALONE]],
    // Both at once, in a fixed order: the count first.
    [['vocational'], [TOO_FEW('1 instrument'), NOT_ALONE]],
    [
      ['vocational', 'educational'],
      [TOO_FEW('2 instrumenty'), NOT_ALONE],
    ],
  ])('%j → %j', (groups, problems) => {
    const result = checkInstrumentRule(groups);
    expect(result.problems).toEqual(problems);
    expect(result.satisfied).toBe(problems.length === 0);
  });
});

describe('instrument catalogue', () => {
  it('labels the four groups as adjectives for "instrumenty …"', () => {
    expect(INSTRUMENT_GROUPS).toEqual(['social', 'educational', 'health', 'vocational']);
    expect(INSTRUMENT_GROUP_LABELS).toEqual({
      social: 'społeczne',
      educational: 'edukacyjne',
      health: 'zdrowotne',
      vocational: 'zawodowe',
    });
  });

  it('seeds every group, with unique names', () => {
    for (const group of INSTRUMENT_GROUPS) {
      expect(DEFAULT_INSTRUMENTS.some((i) => i.group === group)).toBe(true);
    }
    const names = DEFAULT_INSTRUMENTS.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each<[string, InstrumentGroup]>([
    ['Skierowanie do Klubu Integracji Społecznej', 'social'],
    ['Trening kompetencji i umiejętności społecznych', 'social'],
    ['Poradnictwo specjalistyczne — prawne', 'social'],
    ['Poradnictwo specjalistyczne — psychologiczne', 'social'],
    ['Poradnictwo specjalistyczne — rodzinne', 'social'],
    ['Grupa wsparcia / samopomocowa', 'social'],
    ['Kurs lub szkolenie podnoszące kwalifikacje', 'educational'],
    ['Uzupełnienie wykształcenia', 'educational'],
    ['Zajęcia edukacyjne (edukacja nieformalna)', 'educational'],
    ['Terapia uzależnień', 'health'],
    ['Rehabilitacja', 'health'],
    ['Program terapeutyczny / psychoterapia', 'health'],
    ['Poradnictwo zawodowe (doradca zawodowy)', 'vocational'],
    ['Kurs zawodowy', 'vocational'],
    ['Staż / praktyka zawodowa', 'vocational'],
    ['Zatrudnienie wspierane', 'vocational'],
    ['Warsztaty aktywnego poszukiwania pracy', 'vocational'],
    ['Prace społecznie użyteczne', 'vocational'],
  ])('%s is %s', (name, group) => {
    expect(DEFAULT_INSTRUMENTS.filter((i) => i.name === name)).toEqual([{ group, name }]);
  });

  it('holds exactly the listed instruments', () => {
    expect(DEFAULT_INSTRUMENTS).toHaveLength(18);
  });
});

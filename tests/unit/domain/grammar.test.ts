import { describe, expect, it } from 'vitest';
import {
  gendered,
  genderedForms,
  withHonorific,
  type GenderedForms,
} from '../../../src-main/domain/grammar';

describe('genderedForms', () => {
  it.each<[keyof GenderedForms, string, string]>([
    // form, man (M), woman (K)
    ['honorific', 'Pan', 'Pani'],
    ['honorificGenitive', 'Pana', 'Pani'],
    ['honorificDative', 'Panu', 'Pani'],
    ['honorificAccusative', 'Pana', 'Panią'],
    ['honorificInstrumental', 'Panem', 'Panią'],
    ['participant', 'uczestnik', 'uczestniczka'],
    ['resident', 'mieszkaniec', 'mieszkanka'],
    ['born', 'urodzony', 'urodzona'],
    ['residing', 'zamieszkały', 'zamieszkała'],
    ['unemployed', 'bezrobotny', 'bezrobotna'],
    ['obliged', 'zobowiązany', 'zobowiązana'],
    ['completed', 'ukończył', 'ukończyła'],
    ['participated', 'uczestniczył', 'uczestniczyła'],
    ['committed', 'zobowiązał się', 'zobowiązała się'],
    ['declared', 'oświadczył', 'oświadczyła'],
    ['received', 'otrzymał', 'otrzymała'],
  ])('%s: %s / %s', (form, man, woman) => {
    expect(genderedForms('M')[form]).toBe(man);
    expect(genderedForms('K')[form]).toBe(woman);
  });

  it('has the same forms for both sexes, all tested above', () => {
    const keys = Object.keys(genderedForms('M')).sort();
    expect(Object.keys(genderedForms('K')).sort()).toEqual(keys);
    expect(keys).toHaveLength(16);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(genderedForms('K'))).toBe(true);
    expect(Object.isFrozen(genderedForms('M'))).toBe(true);
  });
});

describe('gendered', () => {
  it.each<['K' | 'M', string]>([
    ['M', 'przyjął'],
    ['K', 'przyjęła'],
  ])('%s → %s', (sex, expected) => {
    expect(gendered(sex, 'przyjął', 'przyjęła')).toBe(expected);
  });
});

describe('withHonorific', () => {
  it.each<['K' | 'M', string, string]>([
    ['M', 'Jan Kowalski', 'Pan Jan Kowalski'],
    ['K', 'Anna Nowak', 'Pani Anna Nowak'],
    ['K', 'Łucja Żółć-Ćwik', 'Pani Łucja Żółć-Ćwik'],
    ['M', '  Jan   Kowalski ', 'Pan Jan Kowalski'],
    ['K', '', 'Pani'],
    ['M', '   ', 'Pan'],
  ])('%s %j → %j', (sex, name, expected) => {
    expect(withHonorific(sex, name)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { polishSortKey } from '../../../src-main/domain/sort-key';

const byKey = (names: string[]) =>
  [...names].sort((a, b) =>
    polishSortKey(a) < polishSortKey(b) ? -1 : polishSortKey(a) > polishSortKey(b) ? 1 : 0,
  );

describe('polishSortKey', () => {
  it('orders by the Polish alphabet in plain binary comparison', () => {
    expect(byKey(['Żak', 'Zając', 'Łukasz', 'Lucyna', 'Ćwik', 'Cichy', 'Ąbek', 'Adamek'])).toEqual([
      'Adamek',
      'Ąbek',
      'Cichy',
      'Ćwik',
      'Lucyna',
      'Łukasz',
      'Zając',
      'Żak',
    ]);
  });

  it('puts a shorter name before its extensions and ignores case', () => {
    expect(byKey(['Nowakowska', 'nowak', 'Nowaka'])).toEqual(['nowak', 'Nowaka', 'Nowakowska']);
  });

  it.each([
    ['Ś', 'S'],
    ['ó', 'o'],
    ['ź', 'z'],
  ])('sorts %s as a letter of its own after every word on %s', (accented, plain) => {
    expect(polishSortKey(accented) > polishSortKey(`${plain}zzz`)).toBe(true);
  });

  it('treats a foreign accented letter as its base letter', () => {
    expect(polishSortKey('René')).toBe(polishSortKey('Rene'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  comparePolish,
  polishCollator,
  searchKey,
  withoutDiacritics,
} from '../../../src-main/domain/text';

describe('searchKey', () => {
  it.each([
    ['Łukasz', 'lukasz'],
    ['Żółć', 'zolc'],
    ['Ęą Śń Ź', 'ea sn z'],
    ['ŁÓDŹ', 'lodz'],
    ['Ćwikła', 'cwikla'],
    ['Grzegorz Brzęczyszczykiewicz', 'grzegorz brzeczyszczykiewicz'],
    ['  Anna   Maria\tKowalska-Nowak  ', 'anna maria kowalska-nowak'],
    ['Müller', 'muller'],
    ['Søren', 'soren'],
    ['Đorđe', 'dorde'],
    ['lukasz', 'lukasz'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('finds "Łukasz Kowalski" by "lukasz"', () => {
    expect(searchKey('Łukasz Kowalski').includes(searchKey('lukasz'))).toBe(true);
  });
});

describe('withoutDiacritics', () => {
  it.each([
    ['Łukasz Żółć', 'Lukasz Zolc'],
    ['ŁÓDŹ', 'LODZ'],
    ['Ęą Śń Ź ć', 'Ea Sn Z c'],
    ['Kowalska-Nowak', 'Kowalska-Nowak'],
    ['Søren Đorđe Müller', 'Soren Dorde Muller'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(withoutDiacritics(input)).toBe(expected);
  });
});

describe('comparePolish', () => {
  it('sorts in Polish alphabetical order', () => {
    const names = ['Łukasz', 'Lucyna', 'Zofia', 'Ćma', 'Celina', 'Adam', 'Ąbc'];
    expect([...names].sort(comparePolish)).toEqual([
      'Adam',
      'Ąbc',
      'Celina',
      'Ćma',
      'Lucyna',
      'Łukasz',
      'Zofia',
    ]);
  });

  it('sorts surnames with ó, ś, ź, ż', () => {
    const names = [
      'Żak',
      'Zieliński',
      'Źrebiec',
      'Łoś',
      'Lis',
      'Ślusarz',
      'Sowa',
      'Ósmy',
      'Ostrowska',
    ];
    expect([...names].sort(comparePolish)).toEqual([
      'Lis',
      'Łoś',
      'Ostrowska',
      'Ósmy',
      'Sowa',
      'Ślusarz',
      'Zieliński',
      'Źrebiec',
      'Żak',
    ]);
  });

  it.each([
    ['a', 'ą', -1],
    ['ą', 'b', -1],
    ['l', 'ł', -1],
    ['ł', 'm', -1],
    ['o', 'ó', -1],
    ['z', 'ź', -1],
    ['ź', 'ż', -1],
    ['Łódź', 'Lublin', 1], // ł after every word starting with l
    ['Ząb', 'Zabłocie', 1],
    ['Kowalski', 'kowalski', 0], // case is ignored
  ])('%j vs %j → %i', (a, b, sign) => {
    expect(Math.sign(comparePolish(a, b))).toBe(sign);
    expect(Math.sign(polishCollator.compare(a, b))).toBe(sign);
  });
});

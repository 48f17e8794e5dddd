import { describe, expect, it } from 'vitest';
import {
  formatGrosze,
  MONEY_MALFORMED,
  MONEY_TOO_LARGE,
  MONEY_TOO_MANY_DECIMALS,
  parseZloty,
  readZloty,
} from '../../../src-renderer/ui/money';

describe('money in złote and grosze', () => {
  it.each([
    ['349 773,80', 34977380],
    ['349773.80', 34977380],
    ['349773,80', 34977380],
    ['349.773,80', 34977380],
    ['1.000.000,00', 100000000],
    ['1.000.000', 100000000],
    ['349.773', 34977300],
    ['349\u00a0773,80 zł', 34977380],
    ['349\u202f773,80', 34977380],
    ['39 270', 3927000],
    ['0,5', 50],
    ['0.5', 50],
    ['0,05', 5],
    ['12,', 1200],
    ['0', 0],
  ])('parses %j as %i grosze', (text, grosze) => {
    expect(parseZloty(text)).toBe(grosze);
    expect(readZloty(text)).toEqual({ grosze, problem: null });
  });

  it.each(['', ' ', '\u00a0zł'])('reads %j as no amount, without a problem', (text) => {
    expect(readZloty(text)).toEqual({ grosze: null, problem: null });
  });

  it.each(['1,234', '0,005', '349773.801', '0.500', '1.2345', '349.773,805'])(
    'refuses %j: more than two decimals',
    (text) => {
      expect(parseZloty(text)).toBeNull();
      expect(readZloty(text).problem).toBe(MONEY_TOO_MANY_DECIMALS);
    },
  );

  it.each(['abc', '1,2,3', '-5', ',50', '1.2.3', '34.97.73,80', '3497.73,80', '12.345.67'])(
    'refuses %j as malformed',
    (text) => {
      expect(parseZloty(text)).toBeNull();
      expect(readZloty(text).problem).toBe(MONEY_MALFORMED);
    },
  );

  it('refuses an amount too large to count in grosze exactly', () => {
    expect(readZloty('999999999999999999')).toEqual({ grosze: null, problem: MONEY_TOO_LARGE });
  });

  it.each([
    [34977380, '349 773,80'],
    [3927000, '39 270,00'],
    [5, '0,05'],
    [0, '0,00'],
    [100000000, '1 000 000,00'],
  ])('formats %i grosze as %j', (grosze, text) => {
    expect(formatGrosze(grosze, ' ')).toBe(text);
    expect(parseZloty(formatGrosze(grosze))).toBe(grosze);
  });
});

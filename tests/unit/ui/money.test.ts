import { describe, expect, it } from 'vitest';
import { formatGrosze, parseZloty } from '../../../src-renderer/ui/money';

describe('money in złote and grosze', () => {
  it.each([
    ['349 773,80', 34977380],
    ['349773.80', 34977380],
    ['349\u00a0773,80 zł', 34977380],
    ['39 270', 3927000],
    ['0,5', 50],
    ['0,05', 5],
    ['12,', 1200],
    ['0', 0],
  ])('parses %j as %i grosze', (text, grosze) => {
    expect(parseZloty(text)).toBe(grosze);
  });

  it.each(['', ' ', 'abc', '1,234', '1,2,3', '-5', ',50'])('refuses %j', (text) => {
    expect(parseZloty(text)).toBeNull();
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

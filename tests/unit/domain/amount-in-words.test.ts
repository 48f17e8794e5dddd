import { describe, expect, it } from 'vitest';
import {
  AMOUNT_SPACE,
  amountInWords,
  formatAmount,
  numberInWords,
} from '../../../src-main/domain/amount-in-words';

describe('numberInWords', () => {
  it.each([
    [0, 'zero'],
    [1, 'jeden'],
    [2, 'dwa'],
    [5, 'pięć'],
    [9, 'dziewięć'],
    [10, 'dziesięć'],
    [11, 'jedenaście'],
    [12, 'dwanaście'],
    [15, 'piętnaście'],
    [19, 'dziewiętnaście'],
    [20, 'dwadzieścia'],
    [22, 'dwadzieścia dwa'],
    [40, 'czterdzieści'],
    [99, 'dziewięćdziesiąt dziewięć'],
    [100, 'sto'],
    [101, 'sto jeden'],
    [112, 'sto dwanaście'],
    [200, 'dwieście'],
    [300, 'trzysta'],
    [400, 'czterysta'],
    [570, 'pięćset siedemdziesiąt'],
    [999, 'dziewięćset dziewięćdziesiąt dziewięć'],
    [1000, 'tysiąc'],
    [1001, 'tysiąc jeden'],
    [1002, 'tysiąc dwa'],
    [1100, 'tysiąc sto'],
    [1999, 'tysiąc dziewięćset dziewięćdziesiąt dziewięć'],
    [2000, 'dwa tysiące'],
    [2001, 'dwa tysiące jeden'],
    [5000, 'pięć tysięcy'],
    [11_000, 'jedenaście tysięcy'],
    [12_000, 'dwanaście tysięcy'],
    [21_000, 'dwadzieścia jeden tysięcy'],
    [22_000, 'dwadzieścia dwa tysiące'],
    [100_000, 'sto tysięcy'],
    [101_000, 'sto jeden tysięcy'],
    [102_000, 'sto dwa tysiące'],
    [112_000, 'sto dwanaście tysięcy'],
    [349_773, 'trzysta czterdzieści dziewięć tysięcy siedemset siedemdziesiąt trzy'],
    [1_000_000, 'jeden milion'],
    [1_000_001, 'jeden milion jeden'],
    [1_001_000, 'jeden milion tysiąc'],
    [2_000_000, 'dwa miliony'],
    [5_000_000, 'pięć milionów'],
    [12_000_000, 'dwanaście milionów'],
    [22_000_000, 'dwadzieścia dwa miliony'],
    [1_000_000_000, 'jeden miliard'],
    [2_000_000_000, 'dwa miliardy'],
    [5_000_000_000, 'pięć miliardów'],
    [
      999_999_999_999,
      'dziewięćset dziewięćdziesiąt dziewięć miliardów dziewięćset dziewięćdziesiąt dziewięć milionów dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset dziewięćdziesiąt dziewięć',
    ],
  ])('%i → %s', (n, expected) => {
    expect(numberInWords(n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN, 1_000_000_000_000])('refuses %s', (n) => {
    expect(() => numberInWords(n)).toThrow(RangeError);
  });
});

describe('amountInWords', () => {
  // [grosze, fraction style (default), words style]
  it.each([
    // The amounts required by the issue.
    [1, 'zero złotych 01/100', 'zero złotych i jeden grosz'],
    [100, 'jeden złoty 00/100', 'jeden złoty'],
    [200, 'dwa złote 00/100', 'dwa złote'],
    [1200, 'dwanaście złotych 00/100', 'dwanaście złotych'],
    [2200, 'dwadzieścia dwa złote 00/100', 'dwadzieścia dwa złote'],
    [11_200, 'sto dwanaście złotych 00/100', 'sto dwanaście złotych'],
    [100_200, 'tysiąc dwa złote 00/100', 'tysiąc dwa złote'],
    [
      123_456_789,
      'jeden milion dwieście trzydzieści cztery tysiące pięćset sześćdziesiąt siedem złotych 89/100',
      'jeden milion dwieście trzydzieści cztery tysiące pięćset sześćdziesiąt siedem złotych i osiemdziesiąt dziewięć groszy',
    ],
    // Noun forms of the złoty part.
    [0, 'zero złotych 00/100', 'zero złotych'],
    [500, 'pięć złotych 00/100', 'pięć złotych'],
    [1300, 'trzynaście złotych 00/100', 'trzynaście złotych'],
    [1400, 'czternaście złotych 00/100', 'czternaście złotych'],
    [2100, 'dwadzieścia jeden złotych 00/100', 'dwadzieścia jeden złotych'],
    [2500, 'dwadzieścia pięć złotych 00/100', 'dwadzieścia pięć złotych'],
    [10_000, 'sto złotych 00/100', 'sto złotych'],
    [100_000, 'tysiąc złotych 00/100', 'tysiąc złotych'],
    [200_000, 'dwa tysiące złotych 00/100', 'dwa tysiące złotych'],
    [500_000, 'pięć tysięcy złotych 00/100', 'pięć tysięcy złotych'],
    [1_100_000, 'jedenaście tysięcy złotych 00/100', 'jedenaście tysięcy złotych'],
    [1_200_000, 'dwanaście tysięcy złotych 00/100', 'dwanaście tysięcy złotych'],
    [2_200_000, 'dwadzieścia dwa tysiące złotych 00/100', 'dwadzieścia dwa tysiące złotych'],
    [10_000_000, 'sto tysięcy złotych 00/100', 'sto tysięcy złotych'],
    [100_000_000, 'jeden milion złotych 00/100', 'jeden milion złotych'],
    [200_000_000, 'dwa miliony złotych 00/100', 'dwa miliony złotych'],
    [500_000_000, 'pięć milionów złotych 00/100', 'pięć milionów złotych'],
    // Noun forms of the grosze part.
    [2, 'zero złotych 02/100', 'zero złotych i dwa grosze'],
    [5, 'zero złotych 05/100', 'zero złotych i pięć groszy'],
    [12, 'zero złotych 12/100', 'zero złotych i dwanaście groszy'],
    [14, 'zero złotych 14/100', 'zero złotych i czternaście groszy'],
    [21, 'zero złotych 21/100', 'zero złotych i dwadzieścia jeden groszy'],
    [22, 'zero złotych 22/100', 'zero złotych i dwadzieścia dwa grosze'],
    [123, 'jeden złoty 23/100', 'jeden złoty i dwadzieścia trzy grosze'],
    [11_223, 'sto dwanaście złotych 23/100', 'sto dwanaście złotych i dwadzieścia trzy grosze'],
    [
      34_977_380,
      'trzysta czterdzieści dziewięć tysięcy siedemset siedemdziesiąt trzy złote 80/100',
      'trzysta czterdzieści dziewięć tysięcy siedemset siedemdziesiąt trzy złote i osiemdziesiąt groszy',
    ],
  ])('%i gr → %s / %s', (grosze, fraction, words) => {
    expect(amountInWords(grosze)).toBe(fraction);
    expect(amountInWords(grosze, { groszeStyle: 'fraction' })).toBe(fraction);
    expect(amountInWords(grosze, { groszeStyle: 'words' })).toBe(words);
  });

  it.each([-1, -100, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 100_000_000_000_000])(
    'refuses %s grosze',
    (grosze) => {
      expect(() => amountInWords(grosze)).toThrow(RangeError);
      expect(() => amountInWords(grosze, { groszeStyle: 'words' })).toThrow(RangeError);
    },
  );
});

describe('formatAmount', () => {
  // Expected values typed with ordinary spaces for readability; every one stands for U+00A0.
  it.each([
    [0, '0,00 zł'],
    [1, '0,01 zł'],
    [100, '1,00 zł'],
    [1200, '12,00 zł'],
    [11_200, '112,00 zł'],
    [99_999, '999,99 zł'],
    [100_000, '1 000,00 zł'],
    [100_200, '1 002,00 zł'],
    [1_234_550, '12 345,50 zł'],
    [34_977_380, '349 773,80 zł'],
    [123_456_789, '1 234 567,89 zł'],
    [100_000_000_000, '1 000 000 000,00 zł'],
  ])('%i gr → %s', (grosze, expected) => {
    expect(formatAmount(grosze)).toBe(expected.replaceAll(' ', '\u00a0'));
  });

  it('uses only non-breaking spaces, so an amount never wraps', () => {
    expect(AMOUNT_SPACE).toBe('\u00a0');
    expect(formatAmount(123_456_789)).toBe('1\u00a0234\u00a0567,89\u00a0zł');
    expect(formatAmount(123_456_789)).not.toContain(' ');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s grosze', (grosze) => {
    expect(() => formatAmount(grosze)).toThrow(RangeError);
  });
});

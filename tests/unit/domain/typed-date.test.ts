import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../src-main/domain/dates';

describe('parseTypedDate', () => {
  it.each([
    ['14032026', '2026-03-14'],
    ['01032026', '2026-03-01'],
    ['14.03.2026', '2026-03-14'],
    ['14.3.2026', '2026-03-14'],
    ['1.3.2026', '2026-03-01'],
    ['1.03.2026', '2026-03-01'],
    ['01.3.2026', '2026-03-01'],
    ['14-03-2026', '2026-03-14'],
    ['14/3/2026', '2026-03-14'],
    ['14 03 2026', '2026-03-14'],
    ['14,03,2026', '2026-03-14'], // the numeric keypad's decimal key
    ['14. 03. 2026', '2026-03-14'],
    ['14.03.2026 r.', '2026-03-14'],
    ['14.03.2026.', '2026-03-14'],
    ['  14.03.2026  ', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
    ['2026-3-1', '2026-03-01'],
    ['29022024', '2024-02-29'], // leap year
    ['29.02.2000', '2000-02-29'], // divisible by 400
    ['31.12.1950', '1950-12-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseTypedDate(text)).toEqual({ kind: 'date', iso });
  });

  it.each(['', '   '])('reads %j as no date', (text) => {
    expect(parseTypedDate(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['31022026', 'Nie ma takiej daty: 31.02.2026'],
    ['29.02.2026', 'Nie ma takiej daty: 29.02.2026'], // not a leap year
    ['29.02.1900', 'Nie ma takiej daty: 29.02.1900'], // divisible by 100, not by 400
    ['31.04.2026', 'Nie ma takiej daty: 31.04.2026'],
    ['00.03.2026', 'Nie ma takiej daty: 00.03.2026'],
    ['14.13.2026', 'Nie ma takiej daty: 14.13.2026'],
    ['14.00.2026', 'Nie ma takiej daty: 14.00.2026'],
    ['14.03.0026', 'Nie ma takiej daty: 14.03.0026'],
    ['2026-02-30', 'Nie ma takiej daty: 30.02.2026'],
    ['140326', 'Nie rozpoznano daty „140326”'], // a two-digit year: 1926 or 2026?
    ['14.03.26', 'Nie rozpoznano daty „14.03.26”'],
    ['1432026', 'Nie rozpoznano daty „1432026”'], // 14.3 or 1.43? seven digits are ambiguous
    ['140320261', 'Nie rozpoznano daty „140320261”'],
    ['14.03', 'Nie rozpoznano daty „14.03”'],
    ['jutro', 'Nie rozpoznano daty „jutro”'],
    ['14.03..2026', 'Nie rozpoznano daty „14.03..2026”'],
    ['14.03-2026x', 'Nie rozpoznano daty „14.03-2026x”'],
  ])('refuses %j with the reason', (text, reason) => {
    const result = parseTypedDate(text);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problem).toBe(
      `${reason} — wpisz dzień, miesiąc i rok, np. 14.03.2026`,
    );
  });
});

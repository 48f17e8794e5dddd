import { describe, expect, it } from 'vitest';
import { generatePesel, parsePesel, type Sex } from '../../../src-main/domain/pesel';

// Check digits below are worked out by hand with weights 1,3,7,9,1,3,7,9,1,3.
describe('parsePesel — valid numbers', () => {
  it.each([
    // 4+12+0+45+1+12+0+9+3+15 = 101 → (10 − 1) mod 10 = 9
    ['44051401359', '1944-05-14', 'M'],
    // 0+6+0+63+0+24+0+27+6+6 = 132 → 8; month 07 means the 1900s, not 2002
    ['02070803628', '1902-07-08', 'K'],
    // 9+6+7+18+3+3+0+36+7+12 = 101 → 9
    ['92123104749', '1992-12-31', 'K'],
    // 1800s, month 83: 8+24+56+27+1+15+7+18+3+12 = 171 → 9
    ['88831512349', '1888-03-15', 'K'],
    // 2000s, month 27: 0+6+14+63+0+24+0+27+6+6 = 146 → 4
    ['02270803624', '2002-07-08', 'K'],
    // 0+18+14+9+0+3+0+0+0+21 = 65 → 5
    ['06210100075', '2006-01-01', 'M'],
    // 2100s, month 41: 0+15+28+9+0+3+0+0+0+15 = 70 → 0
    ['05410100050', '2105-01-01', 'M'],
    // 2200s, month 72: 9+27+49+18+3+3+63+81+9+21 = 283 → 7
    ['99723199977', '2299-12-31', 'M'],
    // 29 Feb 2000 (divisible by 400 → leap): 0+0+14+18+2+27+0+9+2+9 = 81 → 9
    ['00222901239', '2000-02-29', 'M'],
    // 29 Feb 1988: 8+24+0+18+2+27+0+27+3+9 = 118 → 2
    ['88022903332', '1988-02-29', 'M'],
    // 29 Feb 1980, month 02 is the 1900s: 8+0+0+18+2+27+0+36+5+18 = 114 → 6
    ['80022904566', '1980-02-29', 'K'],
    // 29 Feb 1804: 0+12+56+18+2+27+0+18+2+6 = 141 → 9
    ['04822902229', '1804-02-29', 'K'],
  ])('%s → %s %s', (pesel, birthDate, sex) => {
    expect(parsePesel(pesel)).toEqual({ ok: true, birthDate, sex });
  });
});

describe('parsePesel — sex from the 10th digit', () => {
  // Same first nine digits (1944-05-14, serial 013), 10th digit 0..9, check digit by hand:
  // the base sum 4+12+0+45+1+12+0+9+3 = 86, plus 3 × the 10th digit.
  it.each([
    ['44051401304', 'K'], // 86 → 4
    ['44051401311', 'M'], // 89 → 1
    ['44051401328', 'K'], // 92 → 8
    ['44051401335', 'M'], // 95 → 5
    ['44051401342', 'K'], // 98 → 2
    ['44051401359', 'M'], // 101 → 9
    ['44051401366', 'K'], // 104 → 6
    ['44051401373', 'M'], // 107 → 3
    ['44051401380', 'K'], // 110 → 0
    ['44051401397', 'M'], // 113 → 7
  ])('%s → %s', (pesel, sex) => {
    const r = parsePesel(pesel);
    expect(r.ok && r.sex).toBe(sex);
  });
});

describe('parsePesel — invalid numbers', () => {
  const DIGITS_ONLY = 'PESEL może zawierać tylko cyfry (bez spacji i innych znaków)';
  const LENGTH = 'PESEL musi mieć 11 cyfr';
  const CHECK = 'Nieprawidłowa cyfra kontrolna numeru PESEL';
  const DATE = 'PESEL zawiera nieistniejącą datę urodzenia';

  it.each([
    ['4405140135X', DIGITS_ONLY],
    ['44O51401359', DIGITS_ONLY], // letter O instead of zero
    [' 44051401359', DIGITS_ONLY],
    ['440514-01359', DIGITS_ONLY],
    ['', LENGTH],
    ['4405140135', LENGTH],
    ['440514013590', LENGTH],
    ['44051401358', CHECK],
    ['44051401350', CHECK],
    ['02070803624', CHECK], // check digit of the 2002 variant on the 1902 number
    // Checksums below are correct, so only the date can be wrong.
    ['00022901233', DATE], // 29 Feb 1900: divisible by 100, not by 400 → not leap (sum 67 → 3)
    ['00822904568', DATE], // 29 Feb 1800, month 82 (sum 162 → 8)
    ['00422907897', DATE], // 29 Feb 2100 (sum 173 → 7)
    ['00622901118', DATE], // 29 Feb 2200 (sum 102 → 8)
    ['99130100007', DATE], // month 13 (sum 73 → 7)
    ['99530100009', DATE], // month 53 = 2100s month 13 (sum 101 → 9)
    ['99000100001', DATE], // month 00 (sum 39 → 1)
    ['99020000006', DATE], // day 00 (sum 54 → 6)
    ['99013200006', DATE], // 32 January (sum 54 → 6)
    ['99043100002', DATE], // 31 April (sum 78 → 2)
    ['99313100008', DATE], // 31 November 2099 (sum 72 → 8)
  ])('%j → %s', (pesel, reason) => {
    expect(parsePesel(pesel)).toEqual({ ok: false, reason });
  });
});

describe('generatePesel', () => {
  it.each([
    // serial 036 → 36 mod 5 = 1 → 10th digit 2 for a woman; check 8 (see above)
    ['1902-07-08', 'K', 36, '02070803628'],
    ['2002-07-08', 'K', 36, '02270803624'],
    // serial 999 → 10th digit 9 for a man: 9+27+49+18+3+3+63+81+9+27 = 289 → 1
    ['2299-12-31', 'M', 999, '99723199991'],
    // serial 123 → 10th digit 6: 8+24+56+27+1+15+7+18+3+18 = 177 → 3
    ['1888-03-15', 'K', 123, '88831512363'],
    // serial 0: 10th digit 0 (K) sum 21 → 9, 1 (M) sum 24 → 6
    ['1900-02-01', 'K', 0, '00020100009'],
    ['1900-02-01', 'M', 0, '00020100016'],
  ] as const)('%s %s serial %i → %s', (birthDate, sex, serial, pesel) => {
    expect(generatePesel(birthDate, sex, serial)).toBe(pesel);
  });

  // Every 37th day over the whole PESEL range, both sexes, changing serials.
  const cases: [string, Sex, number][] = [];
  for (
    let t = Date.UTC(1800, 0, 1), i = 0;
    t <= Date.UTC(2299, 11, 31);
    t += 37 * 86_400_000, i++
  ) {
    cases.push([new Date(t).toISOString().slice(0, 10), i % 2 ? 'M' : 'K', (i * 7919) % 1000]);
  }
  cases.push(['2000-02-29', 'K', 1], ['2299-12-31', 'M', 999], ['1800-01-01', 'K', 0]);

  it(`round-trips ${cases.length} dates through parsePesel`, () => {
    for (const [birthDate, sex, serial] of cases) {
      const pesel = generatePesel(birthDate, sex, serial);
      expect(pesel).toMatch(/^\d{11}$/);
      expect(pesel.slice(6, 9)).toBe(String(serial).padStart(3, '0'));
      expect(parsePesel(pesel)).toEqual({ ok: true, birthDate, sex });
    }
  });

  it.each([
    ['1799-12-31', 'K', 1],
    ['2300-01-01', 'K', 1],
    ['1900-02-29', 'K', 1],
    ['2000-01-01', 'K', 1000],
    ['2000-01-01', 'M', -1],
    ['2000-01-01', 'M', 1.5],
  ] as const)('rejects %s %s serial %d', (birthDate, sex, serial) => {
    expect(() => generatePesel(birthDate, sex, serial)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { generatePesel, type Sex } from '../../../src-main/domain/pesel';
import { PLAUSIBLE_AGE, peselDoubts } from '../../../src-main/domain/pesel-plausibility';

const TODAY = '2026-11-23';
const pesel = (birthDate: string, sex: Sex = 'M') => generatePesel(birthDate, sex, 123);
const kinds = (p: string, chosen: Sex | null = null) =>
  peselDoubts(p, TODAY, chosen).map((d) => d.kind);

describe('peselDoubts — age on the core’s today', () => {
  it('keeps the plausible range 15–99', () => {
    expect(PLAUSIBLE_AGE).toEqual({ min: 15, max: 99 });
  });

  it.each([
    // birth date, what the worker is asked about
    ['1944-05-14', []],
    ['1927-11-23', []], // 99 today: the oldest plausible
    ['1926-11-24', []], // 99, a hundred tomorrow
    ['1926-11-23', ['tooOld']], // a hundred today
    ['1899-12-31', ['tooOld']], // month code of the 1800s: a typo for 1999 as a rule
    ['1804-02-29', ['tooOld']],
    ['2011-11-23', []], // fifteen today: the youngest plausible
    ['2011-11-24', ['tooYoung']], // fifteen tomorrow
    ['2024-05-01', ['tooYoung']],
    ['2026-11-23', ['tooYoung']], // born today
    ['2026-11-24', ['bornInFuture']],
    ['2099-01-01', ['bornInFuture']], // month code of the 2000s: a typo for 1999 as a rule
  ])('born %s → %j', (birthDate, expected) => {
    expect(kinds(pesel(birthDate))).toEqual(expected);
  });

  it.each([
    ['1926-11-23', 100, 'Z numeru PESEL wynika data urodzenia 23.11.1926 — osoba ma 100 lat.'],
    ['1899-12-31', 126, 'Z numeru PESEL wynika data urodzenia 31.12.1899 — osoba ma 126 lat.'],
    ['2011-11-24', 14, 'Z numeru PESEL wynika data urodzenia 24.11.2011 — osoba ma 14 lat.'],
    ['2024-05-01', 2, 'Z numeru PESEL wynika data urodzenia 01.05.2024 — osoba ma 2 lata.'],
    ['2025-11-23', 1, 'Z numeru PESEL wynika data urodzenia 23.11.2025 — osoba ma 1 rok.'],
    ['2026-11-23', 0, 'Z numeru PESEL wynika data urodzenia 23.11.2026 — osoba ma 0 lat.'],
  ])('born %s: age %i, said in Polish', (birthDate, age, message) => {
    expect(peselDoubts(pesel(birthDate), TODAY, null)).toEqual([
      { kind: age > 50 ? 'tooOld' : 'tooYoung', age, message },
    ]);
  });

  it('says a birth date after today is from the future', () => {
    expect(peselDoubts(pesel('2026-11-24'), TODAY, null)).toEqual([
      {
        kind: 'bornInFuture',
        message: 'Z numeru PESEL wynika data urodzenia 24.11.2026 — to data z przyszłości.',
      },
    ]);
  });

  it('moves with today: the same PESEL is plausible a day later', () => {
    const p = pesel('2011-11-24');
    expect(peselDoubts(p, '2026-11-23', null).map((d) => d.kind)).toEqual(['tooYoung']);
    expect(peselDoubts(p, '2026-11-24', null)).toEqual([]);
  });
});

describe('peselDoubts — sex the worker chose before typing the PESEL', () => {
  it.each([
    // PESEL's sex, chosen before, what the worker is asked about
    ['M', null, []],
    ['K', null, []],
    ['M', 'M', []],
    ['K', 'K', []],
    ['M', 'K', ['sexDiffers']],
    ['K', 'M', ['sexDiffers']],
  ] as const)('PESEL %s, chosen %s → %j', (peselSex, chosen, expected) => {
    expect(kinds(pesel('1980-06-15', peselSex), chosen)).toEqual(expected);
  });

  it('names both sexes in Polish', () => {
    expect(peselDoubts(pesel('1980-06-15', 'M'), TODAY, 'K')).toEqual([
      {
        kind: 'sexDiffers',
        peselSex: 'M',
        chosenSex: 'K',
        message: 'Numer PESEL wskazuje płeć: mężczyzna, a wcześniej wybrano: kobieta.',
      },
    ]);
  });

  it('lists an implausible age and a differing sex together', () => {
    expect(kinds(pesel('1899-12-31', 'K'), 'M')).toEqual(['tooOld', 'sexDiffers']);
  });
});

describe('peselDoubts — numbers that are not valid', () => {
  it.each(['', '4405140135', '44051401358', '4405140135a', '44133101359'])(
    '%j has no doubts (its error says what is wrong)',
    (p) => {
      expect(peselDoubts(p, TODAY, 'K')).toEqual([]);
    },
  );
});

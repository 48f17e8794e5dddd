import { isIsoDate, isValidYmd, toIsoDate } from './dates';

/** Sex as recorded in PESEL and EFS indicators: K = kobieta, M = mężczyzna. */
export type Sex = 'K' | 'M';

export type PeselResult = { ok: true; birthDate: string; sex: Sex } | { ok: false; reason: string };

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets that encode the century of birth in PESEL (*numer PESEL*). */
const CENTURY_OFFSETS = [
  { century: 1800, offset: 80 },
  { century: 1900, offset: 0 },
  { century: 2000, offset: 20 },
  { century: 2100, offset: 40 },
  { century: 2200, offset: 60 },
] as const;

function checkDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(firstTen[i]) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

/** Validates a PESEL and reads the date of birth and sex from it. */
export function parsePesel(input: string): PeselResult {
  if (!/^\d*$/.test(input)) {
    return { ok: false, reason: 'PESEL może zawierać tylko cyfry (bez spacji i innych znaków)' };
  }
  if (input.length !== 11) return { ok: false, reason: 'PESEL musi mieć 11 cyfr' };
  if (checkDigit(input) !== Number(input[10])) {
    return { ok: false, reason: 'Nieprawidłowa cyfra kontrolna numeru PESEL' };
  }

  const yy = Number(input.slice(0, 2));
  const encodedMonth = Number(input.slice(2, 4));
  const day = Number(input.slice(4, 6));
  // Offsets are multiples of 20, so the century is the 20-block the month code falls in.
  const block = CENTURY_OFFSETS.find((c) => c.offset === Math.floor(encodedMonth / 20) * 20);
  const month = encodedMonth % 20;
  const year = block ? block.century + yy : NaN;
  if (!block || !isValidYmd(year, month, day)) {
    return { ok: false, reason: 'PESEL zawiera nieistniejącą datę urodzenia' };
  }
  const sex: Sex = Number(input[9]) % 2 === 0 ? 'K' : 'M';
  return { ok: true, birthDate: toIsoDate(year, month, day), sex };
}

/**
 * Builds a valid PESEL (for demo data and tests). `serial` (0–999) fills digits 7–9;
 * the 10th digit follows the sex and varies with the serial, so generated sets look real.
 */
export function generatePesel(birthDate: string, sex: Sex, serial: number): string {
  if (!isIsoDate(birthDate)) throw new RangeError(`Invalid birth date: ${birthDate}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) {
    throw new RangeError(`PESEL serial must be an integer 0..999, got ${serial}`);
  }
  const year = Number(birthDate.slice(0, 4));
  const block = CENTURY_OFFSETS.find((c) => year >= c.century && year < c.century + 100);
  if (!block) throw new RangeError(`PESEL covers years 1800–2299, got ${year}`);

  const yy = String(year % 100).padStart(2, '0');
  const mm = String(Number(birthDate.slice(5, 7)) + block.offset).padStart(2, '0');
  const dd = birthDate.slice(8, 10);
  const sexDigit = (serial % 5) * 2 + (sex === 'M' ? 1 : 0);
  const firstTen = `${yy}${mm}${dd}${String(serial).padStart(3, '0')}${sexDigit}`;
  return firstTen + String(checkDigit(firstTen));
}

import { plural } from './plural';

/**
 * Amounts in words (*kwota słownie*) for contracts and benefit documents, and amounts in
 * digits. Amounts are kept in grosze (integers), so no floating point is involved.
 */

/**
 * The space inside printed amounts: a non-breaking one (U+00A0), both between groups of
 * thousands and before "zł", so an amount never wraps across lines in a table cell or on
 * a form. The renderer's money fields use the same character. Text extracted from a PDF
 * (pdftotext) keeps it, so compare after replacing it with an ordinary space.
 */
export const AMOUNT_SPACE = '\u00a0';

const UNITS = [
  'zero',
  'jeden',
  'dwa',
  'trzy',
  'cztery',
  'pięć',
  'sześć',
  'siedem',
  'osiem',
  'dziewięć',
] as const;

const TEENS = [
  'dziesięć',
  'jedenaście',
  'dwanaście',
  'trzynaście',
  'czternaście',
  'piętnaście',
  'szesnaście',
  'siedemnaście',
  'osiemnaście',
  'dziewiętnaście',
] as const;

/** Index = the tens digit; 0 and 1 are handled by UNITS and TEENS. */
const TENS = [
  '',
  '',
  'dwadzieścia',
  'trzydzieści',
  'czterdzieści',
  'pięćdziesiąt',
  'sześćdziesiąt',
  'siedemdziesiąt',
  'osiemdziesiąt',
  'dziewięćdziesiąt',
] as const;

const HUNDREDS = [
  '',
  'sto',
  'dwieście',
  'trzysta',
  'czterysta',
  'pięćset',
  'sześćset',
  'siedemset',
  'osiemset',
  'dziewięćset',
] as const;

/** Scales from the largest down, with their three noun forms (1, 2–4, 5+). */
const SCALES = [
  { value: 1_000_000_000, forms: ['miliard', 'miliardy', 'miliardów'] },
  { value: 1_000_000, forms: ['milion', 'miliony', 'milionów'] },
  { value: 1_000, forms: ['tysiąc', 'tysiące', 'tysięcy'] },
] as const;

const LIMIT = 1_000_000_000_000;

/** 1–999 in words; 0 gives no words (a silent group, as in "tysiąc dwa"). */
function groupInWords(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds]!);
  if (rest >= 10 && rest < 20) {
    words.push(TEENS[rest - 10]!);
  } else {
    const tens = Math.floor(rest / 10);
    const units = rest % 10;
    if (tens > 0) words.push(TENS[tens]!);
    if (units > 0) words.push(UNITS[units]!);
  }
  return words;
}

/**
 * A non-negative integer below one trillion (10¹²) in Polish words:
 * 112 → "sto dwanaście", 22 000 → "dwadzieścia dwa tysiące".
 *
 * A single thousand is "tysiąc" ("tysiąc dwa"), never "jeden tysiąc", as everyone writes
 * it. A single million or billion is written "jeden milion" / "jeden miliard", the
 * practice of bank and office forms (a cheque or a transfer slip reads "jeden milion
 * dwieście trzydzieści cztery tysiące…"), which leaves no doubt that exactly one is meant.
 */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= LIMIT) {
    throw new RangeError(`numberInWords needs an integer 0 ≤ n < 10^12, got ${n}`);
  }
  if (n === 0) return UNITS[0];

  const words: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count === 0) continue;
    if (count === 1 && scale.value === 1_000) {
      words.push(scale.forms[0]);
    } else {
      const [one, few, many] = scale.forms;
      words.push(...groupInWords(count), plural(count, one, few, many));
    }
  }
  words.push(...groupInWords(rest));
  return words.join(' ');
}

export type GroszeStyle = 'words' | 'fraction';

function checkGrosze(grosze: number): void {
  if (!Number.isSafeInteger(grosze) || grosze < 0) {
    throw new RangeError(`An amount must be a non-negative whole number of grosze, got ${grosze}`);
  }
}

/**
 * An amount in words, e.g. for "słownie: …" on a contract:
 * - `fraction` (the default, as on transfer slips): "sto dwanaście złotych 00/100";
 * - `words`: "sto dwanaście złotych i dwadzieścia trzy grosze". With no grosze the part
 *   is left out ("sto dwanaście złotych"), since "i zero groszy" is not written.
 * The noun agrees with the number: 1 złoty, 2–4 złote but 12–14 złotych, 22 złote,
 * 5+ złotych, 0 złotych; likewise grosz, grosze, groszy.
 */
export function amountInWords(grosze: number, options: { groszeStyle?: GroszeStyle } = {}): string {
  checkGrosze(grosze);
  const zloty = Math.floor(grosze / 100);
  const rest = grosze % 100;
  const zlotyPart = `${numberInWords(zloty)} ${plural(zloty, 'złoty', 'złote', 'złotych')}`;

  if ((options.groszeStyle ?? 'fraction') === 'fraction') {
    return `${zlotyPart} ${String(rest).padStart(2, '0')}/100`;
  }
  if (rest === 0) return zlotyPart;
  return `${zlotyPart} i ${numberInWords(rest)} ${plural(rest, 'grosz', 'grosze', 'groszy')}`;
}

/**
 * An amount in digits as printed: "1 234 567,89 zł" — groups of three digits separated
 * by AMOUNT_SPACE (a non-breaking space, also before "zł"), a comma and always two
 * decimal places.
 */
export function formatAmount(grosze: number): string {
  checkGrosze(grosze);
  const zloty = String(Math.floor(grosze / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, AMOUNT_SPACE);
  const rest = String(grosze % 100).padStart(2, '0');
  return `${zloty},${rest}${AMOUNT_SPACE}zł`;
}

/**
 * Amounts are kept in grosze (integers) and typed in złote the Polish way: "349 773,80".
 * No floating point anywhere, so 0,10 + 0,20 is exactly 0,30.
 */

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** 34977380 → "349 773,80" (a non-breaking space between thousands by default). */
export function formatGrosze(grosze: number, groupSeparator = '\u00a0'): string {
  const sign = grosze < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(grosze));
  const zloty = String(Math.floor(abs / 100)).replace(GROUP, groupSeparator);
  return `${sign}${zloty},${String(abs % 100).padStart(2, '0')}`;
}

export const MONEY_TOO_MANY_DECIMALS = 'Kwota może mieć najwyżej dwie cyfry po przecinku';
export const MONEY_MALFORMED = 'Nieprawidłowa kwota — wpisz np. 349 773,80';
export const MONEY_TOO_LARGE = 'Kwota jest zbyt duża';

/** What a typed amount means: grosze, nothing (empty), or why it cannot be read. */
export type ZlotyReading =
  | { grosze: number; problem: null }
  | { grosze: null; problem: null }
  | { grosze: null; problem: string };

/** Thousands grouped with dots: "349.773", "1.000.000" (never "0.500" or "1.23"). */
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * Reads an amount typed in złote. Spaces group thousands anywhere; a comma is the decimal
 * separator, and then dots may group thousands ("349.773,80"). Without a comma a dot is
 * the decimal separator ("349773.80") unless it groups thousands ("1.000.000").
 */
export function readZloty(text: string): ZlotyReading {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/zł$/i, '');
  if (compact === '') return { grosze: null, problem: null };

  let whole: string;
  let fraction: string;
  const comma = compact.split(',');
  if (comma.length > 2) return { grosze: null, problem: MONEY_MALFORMED };
  if (comma.length === 2) {
    [whole, fraction] = comma as [string, string];
    if (whole.includes('.')) {
      if (!DOT_GROUPED.test(whole)) return { grosze: null, problem: MONEY_MALFORMED };
      whole = whole.replaceAll('.', '');
    }
  } else if (DOT_GROUPED.test(compact)) {
    [whole, fraction] = [compact.replaceAll('.', ''), ''];
  } else {
    const dot = compact.split('.');
    if (dot.length > 2) return { grosze: null, problem: MONEY_MALFORMED };
    [whole, fraction = ''] = dot as [string, string?];
  }

  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction))
    return { grosze: null, problem: MONEY_MALFORMED };
  if (fraction.length > 2) return { grosze: null, problem: MONEY_TOO_MANY_DECIMALS };
  const total = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(total)) return { grosze: null, problem: MONEY_TOO_LARGE };
  return { grosze: total, problem: null };
}

/** "349 773,80 zł" → 34977380; "12" → 1200; "0,5" → 50. Empty or malformed → null. */
export function parseZloty(text: string): number | null {
  return readZloty(text).grosze;
}

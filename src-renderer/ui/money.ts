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

/** "349 773,80 zł" → 34977380; "12" → 1200; "0,5" → 50. Empty or malformed → null. */
export function parseZloty(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/zł$/i, '');
  const match = /^(\d+)(?:[,.](\d{0,2}))?$/.exec(compact);
  if (!match) return null;
  const zloty = Number(match[1]);
  const grosze = Number((match[2] ?? '').padEnd(2, '0'));
  const total = zloty * 100 + grosze;
  return Number.isSafeInteger(total) ? total : null;
}

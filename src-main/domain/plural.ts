/**
 * Polish plural form (*liczba mnoga*) of a noun for an integer count.
 * Returns only the word, so callers can pair it with digits or with a number in words:
 * `plural(n, 'rok', 'lata', 'lat')` → 1 rok, 2 lata, 5 lat, 12 lat, 22 lata.
 */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n);
  if (abs === 1) return one;
  const lastDigit = abs % 10;
  const lastTwo = abs % 100;
  // 12–14 take the "many" form although they end in 2–4.
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}

/**
 * Key for searching names: "Łukasz" must be found by "lukasz". NFD splits ą, ć, ó, ż …
 * into a letter and a combining mark, but ł (and a few foreign letters) have no
 * decomposition, so they are mapped by hand.
 */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
};

/** "Łukasz Żółć" → "Lukasz Zolc": the letters without their marks, case kept. */
export function withoutDiacritics(s: string): string {
  return s
    .replace(/[łŁđĐøØ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export function searchKey(s: string): string {
  return withoutDiacritics(s.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** Polish alphabetical order (ą after a, ł after l, …); case is ignored. */
export const polishCollator = new Intl.Collator('pl', { sensitivity: 'base' });

export function comparePolish(a: string, b: string): number {
  return polishCollator.compare(a, b);
}

/**
 * The words a search can start from: diacritic-free, split on spaces, hyphens and
 * apostrophes, without repeats — "Kowalska-Nowak" gives "kowalska" and "nowak".
 */
export function searchTokens(...texts: string[]): string[] {
  const words = texts.flatMap((text) => searchKey(text).split(/[\s\-'’.,]+/));
  return [...new Set(words.filter(Boolean))];
}

/**
 * The rows of `participant_search_suffixes` for one person: every word a search can start
 * from, and every inner part of a word from its second letter on that is at least
 * `MIN_INNER_LETTERS` long ("wiklinska", "iklinska", … "ska" for "cwiklinska"), so that a
 * prefix search over the rows also finds text inside a word.
 *
 * Two counts per row let the database answer "how many people, in which order" straight
 * from the index, without collecting each person's rows: a query of L letters matches a
 * run of a person's rows that sit next to each other in alphabetical order, and
 * - the first row of that run is the one whose `sharedWithPrevious` is below L, so counting
 *   those rows counts people, each once;
 * - on that first row, `sharedWithWord` ≥ L says the run holds a whole word's start, so the
 *   person is found at the start of a word (ranked first), not only inside one.
 *
 * Letters are counted and compared as Unicode code points, which is the order SQLite's
 * BINARY collation gives UTF-8 text (the migration that fills the table for people written
 * before it computes the same counts in SQL).
 */

/** Inner parts shorter than this are not stored, so 1–2 letters find only word starts. */
export const MIN_INNER_LETTERS = 3;

export interface SearchSuffix {
  suffix: string;
  /** Letters shared with the person's previous row in alphabetical order (0 for the first). */
  sharedWithPrevious: number;
  /** Letters shared with the person's first whole word at or after this row (0 if none). */
  sharedWithWord: number;
}

/** Length in code points, the unit SQLite's `length()` and `substr()` count on text. */
export const letterCount = (text: string): number => [...text].length;

function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function sharedLetters(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * `words` are a person's diacritic-free search words (participant_search_tokens); a word
 * with a digit (a document number) is kept whole, since digits are searched by their start.
 */
export function searchSuffixes(words: readonly string[]): SearchSuffix[] {
  const isWord = new Map<string, boolean>();
  for (const word of words) isWord.set(word, true);
  for (const word of words) {
    if (/\d/.test(word)) continue;
    const letters = [...word];
    for (let start = 1; letters.length - start >= MIN_INNER_LETTERS; start++) {
      const suffix = letters.slice(start).join('');
      if (!isWord.has(suffix)) isWord.set(suffix, false);
    }
  }
  const sorted = [...isWord.keys()].sort(compareCodePoints);
  const sharedWithWord: number[] = [];
  let nextWord: string | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (isWord.get(sorted[i]!)) nextWord = sorted[i];
    sharedWithWord[i] = nextWord === undefined ? 0 : sharedLetters(sorted[i]!, nextWord);
  }
  return sorted.map((suffix, i) => ({
    suffix,
    sharedWithPrevious: i === 0 ? 0 : sharedLetters(sorted[i - 1]!, suffix),
    sharedWithWord: sharedWithWord[i]!,
  }));
}

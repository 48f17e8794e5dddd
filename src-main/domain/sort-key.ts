/** The Polish alphabet in its order; q, v and x appear in foreign names. */
const ALPHABET = 'aąbcćdeęfghijklłmnńoóprqsśtuvwxyzźż';
const RANK = new Map([...ALPHABET].map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));

/**
 * A key whose plain binary order is Polish alphabetical order (ą after a, ł after l, …),
 * so the database can sort with an index and without a custom collation in any dialect.
 * Letters outside the alphabet sort as their base letter (é as e).
 */
export function polishSortKey(text: string): string {
  let key = '';
  for (const ch of text.toLocaleLowerCase('pl')) {
    const ranked = RANK.get(ch) ?? RANK.get(ch.normalize('NFD').charAt(0));
    key += ranked ?? (ch === ' ' ? ' ' : ch < 'A' ? ch : '~');
  }
  return key;
}

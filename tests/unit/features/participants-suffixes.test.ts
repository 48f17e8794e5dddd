import { describe, expect, it } from 'vitest';
import {
  letterCount,
  searchSuffixes,
} from '../../../src-main/features/participants/participants.suffixes';

const rows = (words: string[]) =>
  searchSuffixes(words).map((r) => [r.suffix, r.sharedWithPrevious, r.sharedWithWord]);

describe('searchSuffixes', () => {
  it('keeps each word and its inner parts of 3 letters or more, in alphabetical order', () => {
    expect(rows(['nowak'])).toEqual([
      ['nowak', 0, 5],
      ['owak', 0, 0],
      ['wak', 0, 0],
    ]);
  });

  it('counts the letters shared with the previous row and with the next whole word', () => {
    // anna is a word and also inside joanna: one row, a word.
    expect(rows(['joanna', 'anna', 'annowska'])).toEqual([
      ['anna', 0, 4],
      ['annowska', 3, 8],
      ['joanna', 0, 6],
      ['nna', 0, 0],
      ['nnowska', 2, 0],
      ['nowska', 1, 0],
      ['oanna', 0, 0],
      ['owska', 1, 0],
      ['ska', 0, 0],
      ['wska', 0, 0],
    ]);
  });

  it('keeps a word with digits whole (a document number is searched by its start)', () => {
    expect(rows(['fx123456', '123456', 'olena'])).toEqual([
      ['123456', 0, 6],
      ['ena', 0, 0],
      ['fx123456', 0, 8],
      ['lena', 0, 0],
      ['olena', 0, 5],
    ]);
  });

  it('stores no inner part shorter than 3 letters', () => {
    expect(rows(['li', 'os', 'elk'])).toEqual([
      ['elk', 0, 3],
      ['li', 0, 2],
      ['os', 0, 2],
    ]);
  });

  it('finds, for any query, one first row per person and whether a word starts with it', () => {
    const words = ['kowalska', 'nowak', 'kowalczyk', 'ska'];
    const all = searchSuffixes(words);
    for (const query of ['k', 'ko', 'kowal', 'ska', 'owa', 'wak', 'alc', 'x']) {
      const run = all.filter((r) => r.suffix.startsWith(query));
      const first = run.filter((r) => r.sharedWithPrevious < letterCount(query));
      expect(first.length, query).toBe(run.length ? 1 : 0);
      if (first[0])
        expect(first[0].sharedWithWord >= letterCount(query), query).toBe(
          words.some((w) => w.startsWith(query)),
        );
    }
  });
});

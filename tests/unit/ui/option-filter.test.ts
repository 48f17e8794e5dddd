import { describe, expect, it } from 'vitest';
import { polishOptionFilter } from '../../../src-renderer/ui/option-filter';

describe('polishOptionFilter — typing in a select without Polish letters', () => {
  it.each([
    // typed, label, found
    ['lapinska', 'Joanna Łapińska', true],
    ['ŁAPIŃSKA', 'Joanna Łapińska', true],
    ['Łapińska', 'Joanna Łapinska', true],
    ['lap', 'Joanna Łapińska', true],
    ['pinska', 'Joanna Łapińska', true],
    ['zolkiewski', 'Łukasz Żółkiewski', true],
    ['lukasz zol', 'Łukasz Żółkiewski', true],
    ['nowak an', 'Anna Nowak', true], // words in any order
    ['  anna   nowak ', 'Anna Nowak', true],
    ['', 'Anna Nowak', true], // nothing typed: every option
    ['nowak ewa', 'Anna Nowak', false], // every word must fit
    ['lapinski', 'Joanna Łapińska', false],
    ['kowalska', 'Anna Nowak', false],
  ])('%j in %j → %s', (typed, label, found) => {
    expect(polishOptionFilter(typed, { label })).toBe(found);
  });

  it('never matches an option without a text label', () => {
    expect(polishOptionFilter('a', {})).toBe(false);
    expect(polishOptionFilter('a', undefined)).toBe(false);
    expect(polishOptionFilter('a', { label: 42 })).toBe(false);
  });
});

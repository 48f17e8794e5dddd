import { describe, expect, it } from 'vitest';
import { typeset, typesetContent } from '../../../src-renderer/documents/typography';

const NB = '\u00a0';

describe('typeset — Polish rules against bad line breaks', () => {
  it.each([
    ['a date in words', '12 marca 2004 r.', `12${NB}marca${NB}2004${NB}r.`],
    ['a month and year', 'listopad 2026', `listopad${NB}2026`],
    ['Roman months', 'III–VI 2026', `III–VI${NB}2026`],
    ['an amount and its grosze', 'złotych 14/100', `złotych${NB}14/100`],
    ['an amount and its currency', '150,00 zł', `150,00${NB}zł`],
    [
      'a one-letter word',
      'udział w kursie i w zajęciach',
      `udział w${NB}kursie i${NB}w${NB}zajęciach`,
    ],
    ['a capital one-letter word', 'W związku z tym', `W${NB}związku z${NB}tym`],
    ['an abbreviation and a number', 'art. 108 ust. 4', `art.${NB}108${NB}ust.${NB}4`],
    ['a street', 'ul. Lipowa 5 m. 3', `ul.${NB}Lipowa${NB}5${NB}m.${NB}3`],
    ['a hyphenated name', 'Miejsko-Gminny Ośrodek', 'Miejsko\u2011Gminny Ośrodek'],
  ])('%s: %s', (_what, input, expected) => {
    expect(typeset(input)).toBe(expected);
  });

  it('leaves words that are not bound alone, and dates written with dots as they are', () => {
    expect(typeset('Kontrakt zawiera się na okres od 08.11.2026 do 31.05.2027.')).toBe(
      `Kontrakt zawiera się na okres od${NB}08.11.2026${NB}do${NB}31.05.2027.`,
    );
    expect(typeset('Poprawa sytuacji bytowej rodziny')).toBe('Poprawa sytuacji bytowej rodziny');
  });

  it('reaches every text of a content tree and leaves images and vectors alone', () => {
    const canvas = [{ type: 'line' as const, x1: 0, y1: 0, x2: 10, y2: 0 }];
    const out = typesetContent({
      stack: [
        'w domu',
        { text: ['z ', { text: 'a b', bold: true }] },
        { ol: ['i tak'] },
        { table: { body: [[{ text: 'o tym' }, 'u nas']] } },
        { canvas },
      ],
    });
    expect(out).toEqual({
      stack: [
        `w${NB}domu`,
        { text: [`z${NB}`, { text: `a${NB}b`, bold: true }] },
        { ol: [`i${NB}tak`] },
        { table: { body: [[{ text: `o${NB}tym` }, `u${NB}nas`]] } },
        { canvas },
      ],
    });
  });
});

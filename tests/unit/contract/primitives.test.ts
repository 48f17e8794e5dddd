import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  birthDate,
  email,
  grosze,
  isoDate,
  noRepeats,
  optionalMultilineText,
  optionalPesel,
  optionalText,
  paging,
  peopleCount,
  phone,
  plainText,
  postalCode,
  projectDate,
  projectGrosze,
  requiredMultilineText,
  requiredText,
} from '../../../src-main/contract/common';
import { participantFields } from '../../../src-main/contract/participants';
import { evaluationInput, contractContent } from '../../../src-main/contract/social-contracts';
import { cleanText, textProblem } from '../../../src-main/domain/text-input';
import { z as zod } from 'zod';

/** The messages of a refused value, or the parsed value. */
function parse(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  return r.success
    ? { ok: true as const, value: r.data }
    : { ok: false as const, messages: r.error.issues.map((i) => i.message) };
}

function refused(schema: z.ZodType, value: unknown): string[] {
  const r = parse(schema, value);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(value)} as ${JSON.stringify(r.value)}`);
  return r.messages;
}

function accepted(schema: z.ZodType, value: unknown): unknown {
  const r = parse(schema, value);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(value)}: ${r.messages.join('; ')}`);
  return r.value;
}

const name = requiredText('Imię', 60);
const notes = optionalMultilineText('Uwagi', 4000);

describe('text: control characters are refused, naming the field', () => {
  const controls = {
    NUL: '\u0000',
    'U+0001': '\u0001',
    BEL: '\u0007',
    BS: '\u0008',
    VT: '\u000B',
    FF: '\u000C',
    ESC: '\u001B',
    'U+001F': '\u001F',
    DEL: '\u007F',
    'NEL (C1)': '\u0085',
    'CSI (C1)': '\u009B',
    'U+FFFE': '\uFFFE',
    'U+FFFF': '\uFFFF',
  };
  it.each(Object.entries(controls))('%s inside a line and inside a multi-line text', (_, ch) => {
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    expect(refused(name, `Ja${ch}n`)).toEqual([
      `Pole „Imię” zawiera niedozwolony znak sterujący (${code})`,
    ]);
    expect(refused(notes, `Uwaga${ch}\nkolejna`)).toEqual([
      `Pole „Uwagi” zawiera niedozwolony znak sterujący (${code})`,
    ]);
  });

  it.each([
    ['tab', 'Jan\tKowalski'],
    ['LF', 'Jan\nKowalski'],
    ['CR', 'Jan\rKowalski'],
    ['CR LF', 'Jan\r\nKowalski'],
    ['line separator', 'Jan\u2028Kowalski'],
    ['paragraph separator', 'Jan\u2029Kowalski'],
  ])('a line refuses %s inside it', (_, value) => {
    expect(refused(name, value)).toEqual([
      'Pole „Imię” musi być jednym wierszem — bez podziału wiersza i bez tabulacji',
    ]);
  });

  it('a line drops line breaks and tabs at its ends (they are trimmed)', () => {
    expect(accepted(name, '\tJan\r\n')).toBe('Jan');
  });

  it('a multi-line text keeps newlines and tabs, with CR LF, CR and U+2028/9 made LF', () => {
    expect(accepted(notes, 'Pierwszy\r\nDrugi\rTrzeci\u2028Czwarty\u2029Piąty\n\tWcięty')).toBe(
      'Pierwszy\nDrugi\nTrzeci\nCzwarty\nPiąty\n\tWcięty',
    );
  });
});

describe('text: lone surrogates and direction overrides are refused', () => {
  it.each([
    ['a lone high surrogate', 'Jan\uD83D'],
    ['a lone low surrogate', '\uDE00Jan'],
    ['two high surrogates', 'J\uD83D\uD83Dan'],
    ['a low before a high', 'J\uDE00\uD83Dan'],
  ])('%s', (_, value) => {
    expect(refused(name, value)).toEqual([
      'Pole „Imię” zawiera uszkodzony znak (niepełny znak Unicode) — wpisz tekst ponownie',
    ]);
  });

  it('a whole astral character (an emoji, a pair of surrogates) is fine', () => {
    expect(accepted(notes, 'Dziękuję 😀 👨‍👩‍👧')).toBe('Dziękuję 😀 👨‍👩‍👧');
  });

  const bidi = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];
  it.each(bidi.map((ch) => [`U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`, ch]))(
    '%s',
    (code, ch) => {
      expect(refused(name, `Jan${ch}ikswoloK`)).toEqual([
        `Pole „Imię” zawiera niedozwolony znak zmiany kierunku tekstu (${code})`,
      ]);
      expect(refused(notes, `${ch}tekst`)).toHaveLength(1);
    },
  );
});

describe('text: invisible characters alone are empty', () => {
  const invisible = {
    ZWSP: '\u200B',
    ZWNJ: '\u200C',
    ZWJ: '\u200D',
    'word joiner': '\u2060',
    BOM: '\uFEFF',
    'soft hyphen': '\u00AD',
    LRM: '\u200E',
    'Hangul filler': '\u3164',
    'variation selector': '\uFE0F',
  };
  it.each(Object.entries(invisible))('%s: a required field says it is required', (_, ch) => {
    expect(refused(name, ch)).toEqual(['Pole „Imię” jest wymagane']);
    expect(refused(name, ` ${ch}${ch} \u00A0`)).toEqual(['Pole „Imię” jest wymagane']);
    expect(refused(requiredMultilineText('Ocena'), `\n${ch}\n`)).toEqual([
      'Pole „Ocena” jest wymagane',
    ]);
  });

  it.each(Object.entries(invisible))('%s: an optional field stores nothing (null)', (_, ch) => {
    expect(accepted(optionalText('Ulica'), ch)).toBeNull();
    expect(accepted(notes, `${ch} ${ch}`)).toBeNull();
    expect(accepted(phone, ch)).toBeNull();
    expect(accepted(email, ch)).toBeNull();
    expect(accepted(optionalPesel, ch)).toBeNull();
  });

  it('at the ends they are trimmed; inside text they stay', () => {
    expect(accepted(name, '\u200BAnna\u200B')).toBe('Anna');
    expect(accepted(name, 'Anna\u00ADMaria')).toBe('Anna\u00ADMaria');
  });
});

describe('text: NFC and length', () => {
  it('normalises to NFC, so a decomposed "ó" is the one letter', () => {
    const decomposed = 'Zo\u0301fia Ło\u0301dz\u0301';
    const value = accepted(name, decomposed) as string;
    expect(value).toBe('Zófia Łódź');
    expect(value).toBe(value.normalize('NFC'));
    expect(value.length).toBeLessThan(decomposed.length);
  });

  it('counts the length after NFC and trimming', () => {
    const five = requiredText('Kod', 5);
    expect(accepted(five, '  o\u0301o\u0301o\u0301o\u0301o\u0301  ')).toBe('óóóóó');
    expect(refused(five, 'abcdef')).toEqual(['Pole „Kod” może mieć najwyżej 5 znaków']);
    // Padding that cleaning removes does not count, within a margin…
    expect(accepted(five, `${' '.repeat(500)}abc${'\u200B'.repeat(500)}`)).toBe('abc');
    // …beyond which a raw value is refused before any cleaning.
    expect(refused(five, `${' '.repeat(2000)}abc`)).toEqual([
      'Pole „Kod” może mieć najwyżej 5 znaków',
    ]);
  });

  it('refuses a megabyte with one message, also in fields without a given bound', () => {
    const mb = 'a'.repeat(1_000_000);
    expect(refused(requiredText('Nazwa'), mb)).toEqual([
      'Pole „Nazwa” może mieć najwyżej 200 znaków',
    ]);
    expect(refused(notes, mb)).toEqual(['Pole „Uwagi” może mieć najwyżej 4000 znaków']);
    expect(refused(email, `${mb}@example.com`)).toEqual([
      'Pole „E-mail” może mieć najwyżej 254 znaki',
    ]);
    expect(refused(plainText('Szukaj', 100), mb)).toHaveLength(1);
    expect(refused(phone, mb)).toHaveLength(1);
    expect(refused(optionalPesel, mb)).toHaveLength(1);
    expect(refused(postalCode, mb)).toHaveLength(1);
  });

  it('names the field when the value is not text at all', () => {
    expect(refused(name, 5)).toEqual(['Pole „Imię” jest wymagane']);
    expect(refused(optionalText('Ulica'), 5)).toEqual(['Pole „Ulica” musi być tekstem']);
  });

  it('keeps the formats of phone, e-mail and postal code', () => {
    expect(accepted(phone, ' 89 762 00 00 ')).toBe('89 762 00 00');
    expect(refused(phone, 'zadzwoń')).toEqual(['Nieprawidłowy numer telefonu']);
    expect(accepted(email, ' anna@example.com ')).toBe('anna@example.com');
    expect(refused(email, 'anna@')).toEqual(['Nieprawidłowy adres e-mail']);
    expect(accepted(email, '')).toBeNull();
    expect(accepted(postalCode, '11-200')).toBe('11-200');
    expect(refused(postalCode, '11200')).toHaveLength(1);
    expect(refused(postalCode, undefined)).toEqual(['Podaj kod pocztowy']);
  });
});

describe('the character rules as pure functions', () => {
  it('cleanText: NFC, line breaks of a multi-line text, invisible ends', () => {
    expect(cleanText('\u200B e\u0301 \uFEFF', 'line')).toBe('é');
    expect(cleanText('a\r\nb', 'line')).toBe('a\r\nb');
    expect(cleanText('a\r\nb', 'multiline')).toBe('a\nb');
  });

  it('textProblem: the first problem, or null', () => {
    expect(textProblem('Kowalski', 'line')).toBeNull();
    expect(textProblem('a\tb', 'multiline')).toBeNull();
    expect(textProblem('a\tb', 'line')).toEqual({ kind: 'lineBreak' });
    expect(textProblem('a\u0000b', 'multiline')).toEqual({ kind: 'control', codePoint: 'U+0000' });
    expect(textProblem('a\u202Eb', 'line')).toEqual({ kind: 'bidi', codePoint: 'U+202E' });
    expect(textProblem('a\uD800', 'line')).toEqual({ kind: 'surrogate' });
  });
});

describe('dates: plausible years for their meaning', () => {
  it.each(['0000-01-01', '1800-05-05', '1899-12-31', '2101-01-01', '9999-12-31'])(
    'isoDate refuses %s',
    (d) => {
      expect(refused(isoDate, d)).toEqual(['Data musi przypadać między 1900 a 2100 rokiem']);
    },
  );

  it('isoDate takes 1900–2100 and keeps its format messages', () => {
    expect(accepted(isoDate, '1900-01-01')).toBe('1900-01-01');
    expect(accepted(isoDate, '2100-12-31')).toBe('2100-12-31');
    expect(refused(isoDate, '2026-02-30')).toEqual(['Nieprawidłowa data (oczekiwano RRRR-MM-DD)']);
    expect(refused(isoDate, undefined)).toEqual(['Podaj datę']);
  });

  it('a birth date is from 1900', () => {
    expect(refused(birthDate, '1899-12-31')).toEqual([
      'Data urodzenia nie może być wcześniejsza niż 1900 r.',
    ]);
    expect(accepted(birthDate, '1900-01-01')).toBe('1900-01-01');
    expect(refused(birthDate, '9999-01-01')).toHaveLength(1);
  });

  it('a date of a project, an enrolment or a contract is within 2000–2100', () => {
    expect(refused(projectDate, '1999-12-31')).toEqual([
      'Data musi przypadać między 2000 a 2100 rokiem',
    ]);
    expect(accepted(projectDate, '2000-01-01')).toBe('2000-01-01');
    expect(refused(projectDate, '2101-01-01')).toHaveLength(1);
  });
});

describe('integers: bounded by their meaning', () => {
  it('an amount is below 10 000 000 zł', () => {
    expect(accepted(grosze, 999_999_999)).toBe(999_999_999);
    expect(refused(grosze, 1_000_000_000)).toEqual(['Kwota musi być mniejsza niż 10 000 000 zł']);
    expect(refused(grosze, Number.MAX_SAFE_INTEGER)).toEqual([
      'Kwota musi być mniejsza niż 10 000 000 zł',
    ]);
    expect(refused(grosze, -1)).toEqual(['Kwota nie może być ujemna']);
    expect(refused(grosze, 1.5)).toEqual(['Kwota w groszach musi być liczbą całkowitą']);
  });

  it("a project's budget is below 100 000 000 zł", () => {
    expect(accepted(projectGrosze, 9_999_999_999)).toBe(9_999_999_999);
    expect(refused(projectGrosze, Number.MAX_SAFE_INTEGER)).toEqual([
      'Kwota musi być mniejsza niż 100 000 000 zł',
    ]);
  });

  it('a number of people is below 100 000', () => {
    expect(accepted(peopleCount, 99_999)).toBe(99_999);
    expect(refused(peopleCount, 100_000)).toEqual(['Liczba osób może wynosić najwyżej 99 999']);
    expect(refused(peopleCount, -1)).toEqual(['Liczba nie może być ujemna']);
  });

  it('a page number is bounded', () => {
    expect(refused(paging.page, Number.MAX_SAFE_INTEGER)).toEqual(['Nieprawidłowy numer strony']);
  });
});

describe('lists: repeats are refused where they point', () => {
  const ids = zod.array(zod.number()).superRefine(noRepeats('Dwa razy'));
  it('marks each repeat (second and later), not the first', () => {
    const r = ids.safeParse([1, 2, 1, 3, 1]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([[2], [4]]);
  });

  const issuesOf = (schema: z.ZodType, value: unknown) =>
    Object.fromEntries(
      (schema.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );

  it('an evaluation assesses a task once and a goal once', () => {
    const issues = issuesOf(evaluationInput, {
      id: 1,
      date: '2026-11-16',
      taskProgress: [
        { taskIndex: 0, status: 'done' },
        { taskIndex: 0, status: 'notDone' },
      ],
      // The same goal typed three ways: composed, decomposed (NFD), with spaces around.
      goalProgress: [
        { goal: 'Cél', comment: 'a' },
        { goal: 'Ce\u0301l', comment: 'b' },
        { goal: ' Cél ', comment: 'c' },
        { goal: 'Cel', comment: 'd' },
      ],
      assessment: 'Ocena',
      personKeptObligations: 'yes',
      officeKeptObligations: 'yes',
      result: 'achieved',
      decision: 'continue',
    });
    expect(issues).toEqual({
      'taskProgress.1.taskIndex': 'To zadanie już oceniono w tej ocenie',
      'goalProgress.1.goal': 'Ten cel już oceniono w tej ocenie',
      'goalProgress.2.goal': 'Ten cel już oceniono w tej ocenie',
    });
  });

  it('a contract names an instrument once, and a specific goal once', () => {
    const issues = issuesOf(contractContent.pick({ instrumentIds: true, specificGoals: true }), {
      instrumentIds: [4, 7, 4],
      specificGoals: ['Kurs', 'Praca', 'Kurs'],
    });
    expect(issues).toEqual({
      'instrumentIds.2': 'Każdy instrument można wybrać tylko raz',
      'specificGoals.2': 'Cel szczegółowy: taki wpis już jest na liście',
    });
  });

  it('a person has each reason of exclusion once', () => {
    const issues = issuesOf(participantFields, {
      exclusionReasons: ['unemployment', 'unemployment'],
    });
    expect(issues['exclusionReasons.1']).toBe('Każdą przesłankę można wybrać tylko raz');
  });
});

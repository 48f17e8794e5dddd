/**
 * Text a person typed (or pasted, or a caller sent): what is kept, what is cleaned and what is
 * refused. Pure functions; the contract's text primitives (contract/common.ts) are built on them.
 *
 * - Kept: letters of any script, punctuation, emoji; inside multi-line fields also newlines and
 *   tabs.
 * - Cleaned: Unicode NFC (an "ó" typed as o + combining acute becomes the one letter, so equal
 *   names compare equal); in multi-line fields CR LF, lone CR and the Unicode line/paragraph
 *   separators become LF; whitespace and invisible characters at both ends go, so a value made
 *   only of them is empty.
 * - Refused: control characters (C0, DEL, C1, and in one-line fields also tab and line breaks),
 *   lone surrogates (half of a character — broken text), bidirectional overrides and isolates,
 *   which can make a printed name or number read differently from what is stored
 *   ("Trojan Source"), and the noncharacters U+FFFE / U+FFFF.
 */

/**
 * Invisible characters: zero-width spaces and joiners, word joiner, BOM, soft hyphen, direction
 * marks, Hangul fillers, variation selectors and the like. Harmless inside text (a joiner in an
 * emoji, a soft hyphen in a long word) but never a value on their own.
 */
const INVISIBLE =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F' +
  '\\u2060-\\u2064\\u206A-\\u206F\\u2800\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';

/** Whitespace (as String.prototype.trim knows it) and invisible characters at either end. */
// eslint-disable-next-line no-misleading-character-class -- combining joiners are listed on purpose, one by one
const EDGES = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'g');
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/** U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-disable no-control-regex -- finding control characters is the point */
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/;
/** In a one-line field these are said apart: a pasted line break is the usual cause. */
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
/** Tab (U+0009) and line feed (U+000A) are allowed; CR was turned into LF before. */
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

export type TextShape = 'line' | 'multiline';

/** NFC, line breaks unified (multi-line), whitespace and invisible characters trimmed. */
export function cleanText(value: string, shape: TextShape): string {
  let v = value.normalize('NFC');
  if (shape === 'multiline') v = v.replace(LINE_BREAKS, '\n');
  return v.replace(EDGES, '');
}

export type TextProblem =
  | { kind: 'surrogate' }
  | { kind: 'lineBreak' }
  | { kind: 'bidi'; codePoint: string }
  | { kind: 'control'; codePoint: string };

/** "U+202E": how a character is named in a message, since it cannot be shown. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with an already cleaned value, or null; the first problem found is enough. */
export function textProblem(value: string, shape: TextShape): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return { kind: 'surrogate' };
  const bidi = BIDI.exec(value);
  if (bidi) return { kind: 'bidi', codePoint: codePointName(bidi[0]) };
  if (shape === 'line' && LINE_BREAK_OR_TAB.test(value)) return { kind: 'lineBreak' };
  const control = (shape === 'line' ? CONTROL_ONE_LINE : CONTROL_MULTI_LINE).exec(value);
  if (control) return { kind: 'control', codePoint: codePointName(control[0]) };
  return null;
}

/** The Polish message for a problem of the field called `label`. */
export function textProblemMessage(label: string, problem: TextProblem): string {
  const field = `Pole „${label}”`;
  switch (problem.kind) {
    case 'surrogate':
      return `${field} zawiera uszkodzony znak (niepełny znak Unicode) — wpisz tekst ponownie`;
    case 'bidi':
      return `${field} zawiera niedozwolony znak zmiany kierunku tekstu (${problem.codePoint})`;
    case 'lineBreak':
      return `${field} musi być jednym wierszem — bez podziału wiersza i bez tabulacji`;
    case 'control':
      return `${field} zawiera niedozwolony znak sterujący (${problem.codePoint})`;
  }
}

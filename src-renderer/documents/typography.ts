import type { Content } from 'pdfmake/interfaces';

/**
 * Polish typesetting of printed text, applied to every string of a document in one place
 * (`typesetContent` in documentDefinition), so no builder has to remember it:
 * - a number stays on the line of the word beside it ("12 marca 2004 r.", "listopad 2026",
 *   "III–VI 2026", "złotych 14/100", "nr 5");
 * - a one-letter word (a, i, o, u, w, z) never ends a line;
 * - a hyphenated word ("Miejsko-Gminny") is never broken at its hyphen, so the rule of
 *   repeating the hyphen on the next line never comes into play (U+2011, in Roboto).
 */
const NBSP = '\u00A0';
const NB_HYPHEN = '\u2011';

const RULES: [RegExp, string][] = [
  [/(\d) (?=[\p{L}\d(])/gu, `$1${NBSP}`],
  [/(\p{L}\.?|[)–]) (?=\d)/gu, `$1${NBSP}`],
  [/(^|[\s(„])([aiouwzAIOUWZ]) /gu, `$1$2${NBSP}`],
  [/(^|[\s(„])(ul\.|al\.|pl\.|os\.|nr|tel\.|m\.|art\.|ust\.|pkt|poz\.|§) /gu, `$1$2${NBSP}`],
  [/(\p{L})-(?=\p{L})/gu, `$1${NB_HYPHEN}`],
];

export function typeset(text: string): string {
  let out = text;
  // Twice: a rule's match consumes the character the next match would start with ("a i w").
  for (let pass = 0; pass < 2; pass++)
    for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

const NESTED = ['stack', 'columns', 'ol', 'ul'] as const;

/** The same content with every text typeset; images, vectors and layouts are left alone. */
export function typesetContent<T extends Content>(content: T): T {
  if (typeof content === 'string') return typeset(content) as T;
  if (Array.isArray(content)) return content.map((c: Content) => typesetContent(c)) as T;
  if (content === null || typeof content !== 'object') return content;
  const node: Record<string, unknown> = { ...(content as object) };
  if ('text' in node) node.text = typesetContent(node.text as Content);
  for (const key of NESTED) if (key in node) node[key] = typesetContent(node[key] as Content);
  if ('table' in node) {
    const table = node.table as { body: Content[][] };
    node.table = { ...table, body: table.body.map((row) => row.map((c) => typesetContent(c))) };
  }
  return node as T;
}

import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../src-main/contract';
import { SCHEMA_ONLY_IDS, validChannelInputs } from '../../support/channel-inputs';

/**
 * Every field of every channel's input, found by walking one valid input per channel (each
 * with every optional part filled in), must refuse what item 8 of issue 7 measured getting
 * through: control characters, direction overrides, broken characters, a megabyte of text,
 * zero-width-only values as content, implausible years, 2^53−1, and repeated ids.
 */

type Path = (string | number)[];
const inputs = validChannelInputs(SCHEMA_ONLY_IDS);
const channels = Object.keys(inputs) as Channel[];

function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

function arrays(value: unknown, path: Path = []): [Path, unknown[]][] {
  if (Array.isArray(value))
    return [[path, value], ...value.flatMap((v, i) => arrays(v, [...path, i]))];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => arrays(v, [...path, k]));
  return [];
}

function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = setAt(copy[head!], rest, next);
  return copy;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Lists of records that name something once: a task or goal assessed, a relative, a criterion. */
const IDENTIFIED = /(Progress|familyMembers|familyParties|criteria)$/;
const isId = (path: Path) =>
  /(^id$|Id$|Ids$)/.test(String(path.filter((p) => typeof p === 'string').at(-1)));
const key = (channel: string, path: Path) => `${channel} ${path.join('.')}`;

function parse(channel: Channel, input: unknown) {
  return contract[channel].input.safeParse(input);
}

/** Whether the input is refused with an issue on the field itself (or inside it). */
function refusedAt(channel: Channel, input: unknown, path: Path): boolean {
  const r = parse(channel, input);
  if (r.success) return false;
  return r.error.issues.some((i) => path.every((p, n) => i.path[n] === p));
}

describe('the valid inputs the walk starts from', () => {
  it.each(channels)('%s is valid', (channel) => {
    const r = parse(channel, inputs[channel]);
    expect(r.error?.issues ?? []).toEqual([]);
  });
});

const stringLeaves = channels.flatMap((channel) =>
  leaves(inputs[channel])
    .filter(([, v]) => typeof v === 'string')
    .map(([path, v]) => ({ channel, path, value: v as string })),
);
/** Free text: strings that are neither dates nor enum choices (an enum refuses a suffix "x"). */
const textLeaves = stringLeaves.filter(
  ({ channel, path, value }) =>
    !ISO.test(value) && parse(channel, setAt(inputs[channel], path, `${value}x`)).success,
);
const dateLeaves = stringLeaves.filter(({ value }) => ISO.test(value));
/** Every string but dates: free text, and also formats (PESEL, phone, codes) and choices. */
const nonDateLeaves = stringLeaves.filter(({ value }) => !ISO.test(value));

const MEGABYTE = (v: string) => v + 'a'.repeat(1_000_000);

describe('every text field', () => {
  it('there are the text fields this was written for (a new one joins on its own)', () => {
    expect(textLeaves.length).toBeGreaterThan(90);
  });

  const hostile: [string, (v: string) => string][] = [
    ['NUL', (v) => `${v}\u0000`],
    ['ESC', (v) => `\u001B${v}`],
    ['DEL', (v) => `${v.slice(0, 1)}\u007F${v.slice(1)}`],
    ['right-to-left override', (v) => `\u202E${v}`],
    ['an isolate', (v) => `${v}\u2067`],
    ['a lone surrogate', (v) => `${v}\uD800`],
    ['a megabyte', MEGABYTE],
  ];
  it.each(hostile)('refuses %s on the field, in every channel', (_, make) => {
    const accepted = nonDateLeaves
      // The logo is an image of up to 2 MB: its own bound is tested in settings-session.
      .filter(({ path }) => !(make === MEGABYTE && path.at(-1) === 'dataUrl'))
      .filter(
        ({ channel, path, value }) =>
          !refusedAt(channel, setAt(inputs[channel], path, make(value)), path),
      )
      .map(({ channel, path }) => key(channel, path));
    expect(accepted).toEqual([]);
  });

  it('takes a value of zero-width characters as empty: required says so, optional stores null', () => {
    const wrong = nonDateLeaves
      .filter(({ channel, path }) => {
        const input = setAt(inputs[channel], path, '\u200B\u200D\u2060\uFEFF\u00AD');
        const r = parse(channel, input);
        if (!r.success) {
          const issue = r.error.issues.find((i) => path.every((p, n) => i.path[n] === p));
          // Required free text says it is required; fields with a format (PESEL, a code, a
          // document number) may say what the format is — but never accept the invisible text.
          return !issue;
        }
        const stored = getAt(r.data, path);
        return !(stored === null || stored === '' || stored === undefined);
      })
      .map(({ channel, path }) => key(channel, path));
    expect(wrong).toEqual([]);
  });

  it('normalises to NFC', () => {
    const notNfc = textLeaves
      .filter(({ channel, path }) => {
        const r = parse(channel, setAt(inputs[channel], path, 'Zo\u0301fia'));
        return (
          r.success &&
          getAt(r.data, path) !== 'Zófia'.normalize('NFC') &&
          getAt(r.data, path) !== 'ZÓFIA'
        );
      })
      .map(({ channel, path }) => key(channel, path));
    expect(notNfc).toEqual([]);
  });
});

describe('every date field', () => {
  it.each(['0000-01-01', '1800-01-01', '9999-12-31'])('refuses %s', (date) => {
    const accepted = dateLeaves
      .filter(({ channel, path }) => !refusedAt(channel, setAt(inputs[channel], path, date), path))
      .map(({ channel, path }) => key(channel, path));
    expect(accepted).toEqual([]);
  });
});

describe('every integer field', () => {
  const numberLeaves = channels.flatMap((channel) =>
    leaves(inputs[channel])
      .filter(([path, v]) => typeof v === 'number' && !isId(path))
      .map(([path]) => ({ channel, path })),
  );
  it('refuses 2^53−1 where it is not an id', () => {
    expect(numberLeaves.length).toBeGreaterThan(10);
    const accepted = numberLeaves
      .filter(
        ({ channel, path }) =>
          !refusedAt(channel, setAt(inputs[channel], path, Number.MAX_SAFE_INTEGER), path),
      )
      .map(({ channel, path }) => key(channel, path));
    expect(accepted).toEqual([]);
  });
});

describe('every list of ids or choices', () => {
  const lists = channels.flatMap((channel) =>
    arrays(inputs[channel])
      .filter(([, items]) => items.length > 0)
      .map(([path, items]) => ({ channel, path, items })),
  );
  it('refuses a repeated item', () => {
    const accepted = lists
      .filter(({ channel, path, items }) => {
        // Records (tasks, partners…) may repeat in content; what identifies one must not.
        if (typeof items[0] === 'object' && !IDENTIFIED.test(String(path.at(-1)))) return false;
        const input = setAt(inputs[channel], path, [...items, items[0]]);
        return !refusedAt(channel, input, path);
      })
      .map(({ channel, path }) => key(channel, path));
    expect(accepted).toEqual([]);
  });
});

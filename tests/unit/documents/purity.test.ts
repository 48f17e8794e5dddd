import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAmendment } from '../../../src-renderer/documents/amendment';
import { buildEvaluationSheet } from '../../../src-renderer/documents/evaluation-sheet';
import { buildSocialContract } from '../../../src-renderer/documents/social-contract';
import { amendment, evaluation, familyContract, unemployedWomanContract } from './fixtures';

const DIR = join(import.meta.dirname, '../../../src-renderer/documents');
const BUILDER_FILES = [
  'parts.ts',
  'contract-parties.ts',
  'contract-sections.ts',
  'social-contract.ts',
  'amendment.ts',
  'evaluation-sheet.ts',
];

/** Deeply frozen, so a builder writing into its input throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

describe('document builders are pure', () => {
  it('import pdfmake for its types only, and nothing from the core but contract/ and domain/', () => {
    // The builders; render-browser.ts is the one module that loads pdfmake itself.
    const files = readdirSync(DIR).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('render-'),
    );
    expect(files).toEqual(expect.arrayContaining(BUILDER_FILES));
    let pdfmakeImports = 0;
    for (const file of files) {
      const source = readFileSync(join(DIR, file), 'utf8');
      for (const [statement] of source.matchAll(/^import[^;]*?from '([^']+)';/gms)) {
        if (statement.includes("'pdfmake")) pdfmakeImports++;
        if (statement.includes("'pdfmake")) expect(statement, file).toMatch(/^import type /);
        if (statement.includes('src-main/')) {
          expect(statement, file).toMatch(/src-main\/(contract|domain)\//);
        }
        expect(statement, file).not.toMatch(/'node:/);
      }
    }
    expect(pdfmakeImports).toBeGreaterThan(0);
  });

  it('leave their input untouched and give the same definition for the same data', () => {
    const builds = [
      () => buildSocialContract(frozen(structuredClone(familyContract)), { copies: 2 }),
      () => buildSocialContract(frozen(structuredClone(unemployedWomanContract))),
      () => buildAmendment(frozen(structuredClone(amendment))),
      () => buildEvaluationSheet(frozen(structuredClone(evaluation))),
    ];
    for (const build of builds) {
      expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
    }
  });

  it('make A4 portrait pages with 2 cm margins in Roboto', () => {
    const doc = buildSocialContract(familyContract);
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('portrait');
    expect(doc.pageMargins).toEqual([57, 57, 57, 57]);
    expect(doc.defaultStyle?.font).toBe('Roboto');
  });
});

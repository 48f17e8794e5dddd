import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src-main/contract/documents';
import { buildAmendment } from '../../../src-renderer/documents/amendment';
import { buildEvaluationSheet } from '../../../src-renderer/documents/evaluation-sheet';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import { buildSocialContract } from '../../../src-renderer/documents/social-contract';
import {
  amendment,
  contractWithTasks,
  evaluation,
  familyContract,
  unemployedWomanContract,
} from './fixtures';

const DIR = join(import.meta.dirname, '../../../src-renderer/documents');
const BUILDER_FILES = [
  'page-frame.ts',
  'parts.ts',
  'contract-parties.ts',
  'contract-sections.ts',
  'social-contract.ts',
  'amendment.ts',
  'evaluation-sheet.ts',
  'registry.ts',
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
    // The builders; render-*.ts and the worker load and run pdfmake itself.
    const files = readdirSync(DIR).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('render'),
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
      () =>
        buildDocument({
          kind: 'contract',
          title: 'Kontrakty',
          items: [
            { data: frozen(structuredClone(familyContract)), options: { copies: 'both' } },
            { data: frozen(structuredClone(contractWithTasks(12))) },
          ],
        }),
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

describe('the registry of document kinds', () => {
  it('has a builder for every kind of the register, and nothing else', () => {
    expect(Object.keys(documentRegistry).sort()).toEqual([...DOCUMENT_KINDS].sort());
    // @ts-expect-error a kind without its builder does not compile
    const incomplete: typeof documentRegistry = { contract: documentRegistry.contract };
    expect(incomplete).toBeDefined();
  });

  it('builds what the builders build, and refuses a family member the contract does not have', () => {
    expect(JSON.stringify(buildDocument({ kind: 'amendment', data: amendment }))).toBe(
      JSON.stringify(buildAmendment(amendment)),
    );
    expect(
      JSON.stringify(
        buildDocument({ kind: 'contract', data: familyContract, options: { copies: 'both' } }),
      ),
    ).toBe(JSON.stringify(buildSocialContract(familyContract, { copies: 2 })));
    expect(() =>
      buildDocument({
        kind: 'contract',
        data: familyContract,
        options: { copies: { familyMember: 5 } },
      }),
    ).toThrow(/no family member 5/);
  });
});

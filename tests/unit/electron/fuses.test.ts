import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder reads its YAML with js-yaml (a dependency of electron-builder itself), so
// the test reads the file as the builder will.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const config = load(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as {
  electronFuses?: Record<string, unknown>;
  asar?: unknown;
};

describe('electron-builder.yml', () => {
  it('flips the Electron fuses that close the ways around the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names only fuses electron-builder 26 knows (a typo would fail `npm run dist` on the Windows PC)', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../../node_modules/app-builder-lib/scheme.json', import.meta.url),
        'utf8',
      ),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(config.electronFuses ?? {})) expect(known).toContain(key);
  });

  it('packs the app into app.asar (the asar fuses need one)', () => {
    expect(config.asar).not.toBe(false);
  });
});

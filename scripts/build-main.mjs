// Bundles the main-process entry points with esbuild. Native and Electron modules stay
// external: better-sqlite3 ships its own binary and `electron` exists only inside Electron.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src-main/hosts/web/cli.ts'],
    outfile: 'out/main/web-server.mjs',
    format: 'esm',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['src-main/features/club/planner.worker.ts'],
    outfile: 'out/main/planner-worker.mjs',
    format: 'esm',
  }),
  build({
    ...common,
    entryPoints: ['src-main/hosts/electron/main.ts'],
    outfile: 'out/main/electron-main.cjs',
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: ['src-main/hosts/electron/preload.ts'],
    outfile: 'out/main/preload.cjs',
    format: 'cjs',
  }),
]);

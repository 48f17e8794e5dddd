// Run at each release (`npx tsx scripts/snapshot-release-db.ts`): keeps a database made by this
// version, with the demo data in it, so that later versions prove they can upgrade it.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startCore } from '../src-main/bootstrap';
import { knownMigrationCount } from '../src-main/db/open';

const migrations = resolve('drizzle');
const target = resolve(`tests/fixtures/released/v${knownMigrationCount(migrations)}.sqlite`);
if (existsSync(target)) {
  console.log(`${target} exists already; a released snapshot is never rewritten.`);
} else {
  const core = await startCore({ dbPath: target, migrationsFolder: migrations, demo: true });
  core.close();
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  console.log(`written ${target}`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src-main/app';
import type { Envelope } from '../../src-main/contract';
import { PARTICIPANT_SORT_FIELDS } from '../../src-main/contract/participants';
import { openDatabase } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';
import { TEST_TODAY } from '../support/clock';
import { addFullAccount } from '../support/workstation';
import { buildLargeRegister } from './large-register';
import { measure, ms } from './stats';

/** `LIST_SIZES=500,5000 npm run bench -- list-scaling` for a quicker look. */
const SIZES = (process.env.LIST_SIZES ?? '5000,50000').split(',').map(Number);
const RUNS = 50;
/** A list is flagged when the larger register makes its first page this much slower… */
const GROWTH = 3;
/** …and it takes longer than this (below, the ratio is noise). */
const FLOOR_MS = 2;

/** Every list's default query and each of its sorts, first page, as the screens ask. */
function cases(projectId: number): [string, string, unknown][] {
  return [
    ...PARTICIPANT_SORT_FIELDS.flatMap((sort) =>
      (['asc', 'desc'] as const).map((dir): [string, string, unknown] => [
        `participants.search sort=${sort} ${dir}`,
        'participants.search',
        { sort, dir },
      ]),
    ),
    // The register's project holds every 10th person: its list grows with it, as a project's
    // size, read off its enrolments (not a walk of the register).
    ['participants.search project (10% of all)', 'participants.search', { projectId }],
    [
      'participants.search project, participants',
      'participants.search',
      { projectId, status: 'participant' },
    ],
    ['contracts.list sort=updatedAt', 'contracts.list', {}],
    ['contracts.list signed', 'contracts.list', { status: 'signed' }],
    ['contracts.list draft', 'contracts.list', { status: 'draft' }],
    ['contracts.list ending soon', 'contracts.list', { endingSoon: true }],
    ['audit.search newest first', 'audit.search', {}],
    ['courses.certificates register', 'courses.certificates', {}],
  ];
}

/**
 * Issue 13, item 4: each list's first page on a 5 000- and a 50 000-person register (built by
 * large-register.ts through the dispatcher), through the dispatcher. A list whose time grows
 * with the register — a sort without an index — is named loudly.
 */
export async function benchListScaling(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-lists-'));
  try {
    const medians = new Map<string, number[]>();
    for (const people of SIZES) {
      const file = join(dir, `register-${people}.sqlite`);
      const start = performance.now();
      await buildLargeRegister(file, people);
      const built = (performance.now() - start) / 1000;
      const handle = openDatabase(file, 'drizzle');
      try {
        const app = createApp(handle, { clock: fixedClock(TEST_TODAY), logError: () => undefined });
        const staffId = await addFullAccount(app, 'Lista', 'Pomiarowa');
        app.sessions.start('bench', staffId);
        const projectId = handle.sqlite
          .prepare('SELECT id FROM projects ORDER BY id DESC LIMIT 1')
          .pluck()
          .get() as number;
        console.log(
          `register of ${people.toLocaleString('pl-PL')} people built in ${built.toFixed(1)} s`,
        );
        for (const [label, channel, input] of cases(projectId)) {
          const { median } = await measure(async () => {
            const answer = (await app.dispatch(channel, input, 'bench')) as Envelope<unknown>;
            if (!answer.ok) throw new Error(`${label}: ${answer.error.message}`);
          }, RUNS);
          medians.set(label, [...(medians.get(label) ?? []), median]);
        }
      } finally {
        handle.close();
      }
    }
    const [small, large] = SIZES.map((n) => `${n / 1000}k`) as [string, string];
    console.log(
      `list, first page (median of ${RUNS})`.padEnd(46) +
        `${small.padStart(11)} ${large.padStart(11)}   ratio`,
    );
    for (const [label, [a, b]] of medians) {
      const ratio = b! / a!;
      const grows = ratio > GROWTH && b! > FLOOR_MS;
      console.log(
        `${label.padEnd(45)} ${ms(a!)} ${ms(b!)}   ×${ratio.toFixed(1)}  ${grows ? '' : 'ok'}`,
      );
      if (grows)
        console.log(
          `!!! GROWS WITH THE REGISTER: ${label} ${small} ${a!.toFixed(1)} ms → ${large} ${b!.toFixed(1)} ms (×${ratio.toFixed(0)})`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '../../src-main/contract';
import { PARTICIPANT_SORT_FIELDS } from '../../src-main/contract/participants';
import { efsProject } from '../support/contracts';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

/** Tables that grow with the register: a list over them must read its page off an index. */
const LARGE = [
  'participants',
  'social_contracts',
  'enrolments',
  'audit_log',
  'course_certificates',
];

/** The selects a channel runs (recorded at the connection's `prepare`): ordered ones, or all. */
async function orderedQueries<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  withCounts: boolean,
) {
  const sqlite = app().handle.sqlite;
  const prepare = sqlite.prepare;
  const seen: string[] = [];
  sqlite.prepare = ((source: string) => {
    seen.push(source);
    return prepare.call(sqlite, source);
  }) as typeof prepare;
  try {
    await app().call(channel, input);
  } finally {
    sqlite.prepare = prepare;
  }
  return seen.filter((s) => /^\s*select\b/i.test(s) && (withCounts || /\border by\b/i.test(s)));
}

/** SQLite's plan of a query, line by line. */
function planOf(sql: string): string[] {
  return (
    app()
      .handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      // The values do not change the plan; the builders write every one as `?`.
      .all(...(sql.match(/\?/g) ?? []).map(() => null))
      .map((row) => (row as { detail: string }).detail)
  );
}

/**
 * What keeps a list's cost from growing with the register (issue 13): its page is read in
 * order off an index, or (`sortsFewRows`) from an index narrowing it to a project's people,
 * which are then sorted. A scan of a whole large table without an index, or a sort of all
 * its rows, fails here with the plan in the message.
 */
function problemsOf(sql: string, sortsFewRows = false): string[] {
  const plan = planOf(sql);
  // A walk of a whole large table: without an index; in a count; or, for a narrowed list,
  // at all (an ordered walk along an index that checks each row can read the whole register to
  // fill a page). An ordered walk of the whole list stops at its page.
  const large = `^SCAN (${LARGE.join('|')})( AS \\w+)?`;
  const walksAll = sortsFewRows || !/\border by\b/i.test(sql);
  const fullScan = new RegExp(walksAll ? large : `${large}$`);
  const bad = plan.filter(
    (line) =>
      (!sortsFewRows && /USE TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(line)) ||
      fullScan.test(line),
  );
  return bad.length ? [`${sql}\n  ${plan.join('\n  ')}`] : [];
}

async function expectIndexed<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  sortsFewRows = false,
) {
  const queries = await orderedQueries(channel, input, sortsFewRows);
  expect(queries.length, `${channel} ran no query`).toBeGreaterThan(0);
  expect(queries.flatMap((q) => problemsOf(q, sortsFewRows))).toEqual([]);
}

describe('every list reads its page in order off an index', () => {
  it('the participant register, in each sort and direction', async () => {
    await app().call('participants.create', validParticipant());
    for (const sort of PARTICIPANT_SORT_FIELDS)
      for (const dir of ['asc', 'desc'] as const)
        await expectIndexed('participants.search', { sort, dir });
  });

  it("a project's people, and those of one status, without reading the whole register", async () => {
    const projectId = (await app().call('projects.create', efsProject())).id;
    await expectIndexed('participants.search', { projectId }, true);
    await expectIndexed('participants.search', { projectId, status: 'participant' }, true);
  });

  it('contracts, last changed first, with and without a status', async () => {
    await expectIndexed('contracts.list', {});
    await expectIndexed('contracts.list', { status: 'signed' });
    await expectIndexed('contracts.list', { status: 'draft' });
  });

  it('the audit log, newest first', async () => {
    await expectIndexed('audit.search', {});
  });

  it("a card's history of changes, which the views of the card do not slow down", async () => {
    const id = (await app().call('participants.create', validParticipant())).id;
    await expectIndexed('audit.forEntity', { entity: 'participant', entityId: id });
    const plans = (
      await orderedQueries('audit.forEntity', { entity: 'participant', entityId: id }, true)
    ).flatMap(planOf);
    // The page and its count walk the index of changes only: never past the views.
    expect(plans.filter((line) => /audit_log/.test(line))).not.toHaveLength(0);
    for (const line of plans.filter((l) => /audit_log/.test(l)))
      expect(line).toMatch(/USING (COVERING )?INDEX audit_changes_idx/);
  });

  it('the register of course certificates, newest first', async () => {
    await expectIndexed('courses.certificates', {});
  });

  it('the check itself fails on a sort without an index', () => {
    expect(problemsOf('SELECT id FROM participants ORDER BY phone LIMIT 25')).toHaveLength(1);
    expect(problemsOf('SELECT id FROM participants ORDER BY birth_date LIMIT 25')).toEqual([]);
  });
});

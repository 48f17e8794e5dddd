import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-main/contract';
import {
  contractWorld,
  createDraft,
  createSigned,
  efsProject,
  validContractContent,
  type ContractWorld,
  PARTIES_AGREE,
} from '../support/contracts';
import { useTestApp, validParticipant, validStaff } from '../support/test-app';

const app = useTestApp();

let w: ContractWorld;
let ids: Record<'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6', number>;
let W2: number;
let P2: number;
let Y: number;

/**
 * Six contracts (today 2026-11-23):
 *   C1 draft      Anna, project 1, Jan  period to 2026-12-01 (would be ending soon, but a draft)
 *   C2 0001       Anna, project 1, Jan  to 2026-12-07 (last day of the window), evaluation 2026-11-30
 *   C3 0002       Barbara, project 2, Ewa  to 2026-12-08 (a day too late), evaluation today
 *   C4 0003       Barbara, no project, Ewa  to today, evaluation 2026-11-20 (overdue)
 *   C5 0004 done  Anna, project 1, Ewa  to 2026-11-30, completed
 *   C6 0005       Anna, project 2, Ewa  to 2026-11-22 (ended yesterday), evaluated on 2026-11-16
 *                 with the decision to end it, so no evaluation is planned (not yet completed)
 */
beforeEach(async () => {
  w = await contractWorld(app());
  W2 = (await app().call('staff.create', validStaff({ firstName: 'Barbara', lastName: 'Lis' }))).id;
  P2 = (await app().call('projects.create', efsProject({ title: 'Razem w Górowie' }))).id;
  Y = (
    await app().call(
      'participants.create',
      validParticipant({ firstName: 'Ewa', lastName: 'Zięba', sex: 'K', birthDate: '1985-06-20' }),
    )
  ).id;
  const at = (periodTo: string, firstOn: string) => ({ periodTo, evaluation: { firstOn } });
  const C1 = (await createDraft(app(), w, at('2026-12-01', '2026-11-30'))).id;
  const C2 = (await createSigned(app(), w, at('2026-12-07', '2026-11-30'))).id;
  const C3 = (
    await createSigned(
      app(),
      w,
      { ...at('2026-12-08', '2026-11-23'), socialWorkerId: W2 },
      { participantId: Y, projectId: P2 },
    )
  ).id;
  const C4 = (
    await createSigned(
      app(),
      w,
      { ...at('2026-11-23', '2026-11-20'), socialWorkerId: W2 },
      { participantId: Y, projectId: null },
    )
  ).id;
  const C5 = (await createSigned(app(), w, at('2026-11-30', '2026-11-20'), { participantId: Y }))
    .id;
  await app().call('contracts.complete', { id: C5, date: '2026-11-23', goalsReached: true });
  const C6 = (
    await createSigned(app(), w, at('2026-11-22', '2026-11-16'), {
      participantId: Y,
      projectId: P2,
    })
  ).id;
  await app().call('contracts.addEvaluation', {
    id: C6,
    date: '2026-11-16',
    taskProgress: [],
    assessment: 'Cele osiągnięte',
    ...PARTIES_AGREE,
    decision: 'end',
  });
  ids = { C1, C2, C3, C4, C5, C6 };
});

/** Names (C1…C6) of the contracts a filter lists, sorted; checks `total` agrees. */
async function listed(filter: ChannelInput<'contracts.list'>): Promise<string[]> {
  const { rows, total } = await app().call('contracts.list', filter);
  expect(total).toBe(rows.length);
  const name = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows.map((r) => name.get(r.id)!).sort();
}

describe('contracts.list filters', () => {
  it('by status', async () => {
    expect(await listed({})).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(await listed({ status: 'draft' })).toEqual(['C1']);
    expect(await listed({ status: 'signed' })).toEqual(['C2', 'C3', 'C4', 'C6']);
    expect(await listed({ status: 'completed' })).toEqual(['C5']);
    expect(await listed({ status: 'terminated' })).toEqual([]);
  });

  it('by social worker, project and person', async () => {
    expect(await listed({ socialWorkerId: w.workerId })).toEqual(['C1', 'C2', 'C5', 'C6']);
    expect(await listed({ socialWorkerId: W2 })).toEqual(['C3', 'C4']);
    expect(await listed({ projectId: w.projectId })).toEqual(['C1', 'C2', 'C5']);
    expect(await listed({ projectId: P2 })).toEqual(['C3', 'C6']);
    expect(await listed({ participantId: w.participantId })).toEqual(['C1', 'C2']);
    expect(await listed({ participantId: Y })).toEqual(['C3', 'C4', 'C5', 'C6']);
  });

  it('ending within 14 days and evaluation due, signed contracts only, and combined', async () => {
    expect(await listed({ endingSoon: true })).toEqual(['C2', 'C4']);
    expect(await listed({ evaluationDue: true })).toEqual(['C3', 'C4']);
    expect(await listed({ endingSoon: true, socialWorkerId: W2 })).toEqual(['C4']);
    expect(await listed({ evaluationDue: true, projectId: P2 })).toEqual(['C3']);
    expect(await listed({ endingSoon: false })).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
  });

  it('follows an evaluation and an amendment', async () => {
    await app().call('contracts.addEvaluation', {
      id: ids.C3,
      date: '2026-11-23',
      taskProgress: [],
      assessment: 'Bez uwag',
      // The last day of C3's period: the evaluation is no longer due.
      nextEvaluationOn: '2026-12-08',
      ...PARTIES_AGREE,
    });
    expect(await listed({ evaluationDue: true })).toEqual(['C4']);
    await app().call('contracts.amend', {
      id: ids.C2,
      date: '2026-11-23',
      effectiveFrom: '2026-11-23',
      description: 'Przedłużenie',
      content: validContractContent({
        socialWorkerId: W2,
        instrumentIds: w.path,
        periodTo: '2027-02-28',
        evaluation: { firstOn: '2026-11-30' },
      }),
    });
    expect(await listed({ endingSoon: true })).toEqual(['C4']);
    expect(await listed({ socialWorkerId: W2 })).toEqual(['C2', 'C3', 'C4']);
  });

  it('pages, with the total of all matching rows on every page', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => app().call('contracts.list', { page, pageSize: 4 })),
    );
    expect(pages.map((p) => [p.rows.length, p.total])).toEqual([
      [4, 6],
      [2, 6],
      [0, 6],
    ]);
    const seen = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect([...seen].sort((a, b) => a - b)).toEqual(Object.values(ids).sort((a, b) => a - b));
    const signed = await app().call('contracts.list', { status: 'signed', page: 2, pageSize: 3 });
    expect([signed.rows.length, signed.total]).toEqual([1, 4]);
  });

  it('refuses an unknown status, a page too large and unknown keys', async () => {
    const status = await app().fail('contracts.list', { status: 'active' }, 'invalid_input');
    expect(status.issues!.map((i) => i.path)).toEqual([['status']]);
    const size = await app().fail('contracts.list', { pageSize: 500 }, 'invalid_input');
    expect(size.issues!.map((i) => i.path)).toEqual([['pageSize']]);
    await app().fail('contracts.list', { mine: true }, 'invalid_input');
  });
});

describe('contracts.list rows', () => {
  it('carry what the list shows, and the alerts of contracts in force', async () => {
    const { rows } = await app().call('contracts.list');
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(row(ids.C2)).toEqual({
      id: ids.C2,
      status: 'signed',
      number: 'KS/2026/0001',
      variant: 'A',
      participantId: w.participantId,
      participantName: 'Jan Kowalski',
      projectTitle: 'Aktywna integracja w Bartoszycach',
      socialWorkerName: 'Anna Nowak',
      periodFrom: '2026-11-02',
      periodTo: '2026-12-07',
      nextEvaluationOn: '2026-11-30',
      alerts: { endingSoon: true, evaluationDue: false, periodEnded: false },
    });
    expect(row(ids.C4)).toMatchObject({
      number: 'KS/2026/0003',
      participantName: 'Ewa Zięba',
      projectTitle: null,
      socialWorkerName: 'Barbara Lis',
    });
    const alerts = Object.fromEntries(
      Object.entries(ids).map(([k, id]) => {
        const a = row(id).alerts;
        return [k, [a.endingSoon, a.evaluationDue, a.periodEnded].map(Number).join('')];
      }),
    );
    // endingSoon, evaluationDue, periodEnded
    expect(alerts).toEqual({ C1: '000', C2: '100', C3: '010', C4: '110', C5: '000', C6: '001' });
    expect(row(ids.C5)).toMatchObject({ status: 'completed', nextEvaluationOn: null });
    // The same alerts on the contract itself.
    expect((await app().call('contracts.get', { id: ids.C4 })).alerts).toEqual(row(ids.C4).alerts);
  });
});

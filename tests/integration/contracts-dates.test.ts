import { describe, expect, it } from 'vitest';
import {
  amendment,
  completion,
  contractWorld,
  createDraft,
  createSigned,
  efsProject,
  evaluation,
  refused,
  sign,
  termination,
  validContractContent,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

describe('dates of a contract in force', () => {
  // As for enrolments: what happened cannot be dated tomorrow. A mistyped year would also
  // open next year's register and use up KS/2027/0001 for good.
  it('refuses a signing dated in the future', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const future = await refused(
      app(),
      draft.id,
      'contracts.sign',
      sign(draft.id, '2026-11-24'),
      'invalid_input',
    );
    expect(future.issues?.map((i) => i.path)).toEqual([['signedOn']]);
    expect(future.issues?.[0]?.message).toMatch(/przyszłości/);
    expect(await app().call('contracts.list', { status: 'signed' })).toEqual({
      rows: [],
      total: 0,
    });
  });

  it('refuses an evaluation, amendment or end dated in the future', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    await app().call('contracts.sign', sign(draft.id, '2026-11-23'));
    const cases: [string, unknown][] = [
      ['contracts.addEvaluation', evaluation(draft.id, '2026-11-24')],
      ['contracts.amend', amendment(w, draft.id, '2026-11-24')],
      ['contracts.complete', completion(draft.id, '2026-11-24')],
      ['contracts.terminate', termination(draft.id, '2026-11-24')],
    ];
    for (const [channel, input] of cases) {
      const error = await refused(app(), draft.id, channel, input, 'invalid_input');
      expect(
        error.issues?.map((i) => i.path),
        channel,
      ).toEqual([['date']]);
      expect(error.issues?.[0]?.message, channel).toMatch(/przyszłości/);
    }
  });

  it('refuses an evaluation, amendment, completion or termination dated before signing', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    await app().call('contracts.sign', sign(draft.id, '2026-11-05'));
    const message = 'Data nie może być wcześniejsza niż zawarcie kontraktu (05.11.2026)';
    const cases: [string, unknown][] = [
      ['contracts.addEvaluation', evaluation(draft.id, '2026-11-04')],
      ['contracts.amend', amendment(w, draft.id, '2026-11-04')],
      ['contracts.complete', completion(draft.id, '2026-11-04')],
      ['contracts.terminate', termination(draft.id, '2026-11-04')],
    ];
    for (const [channel, input] of cases) {
      const error = await refused(app(), draft.id, channel, input, 'invalid_input');
      expect(error.issues, channel).toEqual([{ path: ['date'], message }]);
    }
  });

  it('refuses progress of a task the contract does not have, and a next evaluation not after this one', async () => {
    const w = await contractWorld(app());
    const { id } = await createSigned(app(), w);
    const unknownTask = await refused(
      app(),
      id,
      'contracts.addEvaluation',
      {
        ...evaluation(id),
        taskProgress: [
          { taskIndex: 0, status: 'done' },
          { taskIndex: 2, status: 'done' },
        ],
      },
      'invalid_input',
    );
    expect(unknownTask.issues).toEqual([
      { path: ['taskProgress', 1, 'taskIndex'], message: 'Nie ma takiego zadania' },
    ]);
    const sameDay = await refused(
      app(),
      id,
      'contracts.addEvaluation',
      { ...evaluation(id), nextEvaluationOn: '2026-11-16' },
      'invalid_input',
    );
    expect(sameDay.issues).toEqual([
      { path: ['nextEvaluationOn'], message: 'Następna ocena musi być po dacie tej oceny' },
    ]);
  });
});

describe('a draft', () => {
  it('names the project in the audit entry when a draft moves to another project', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const other = await app().call('projects.create', efsProject({ title: 'Drugi projekt' }));
    await app().call('contracts.update', {
      id: draft.id,
      projectId: other.id,
      content: validContractContent({ socialWorkerId: w.workerId, instrumentIds: w.path }),
    });
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'contracts.update',
      entity_id: draft.id,
      changed_fields: '["projectId"]',
    });
  });
});

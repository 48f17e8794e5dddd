import { describe, expect, it } from 'vitest';
import { contractWorld, createDraft, issued, trail } from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

describe('a variant B contract of an unemployed person, terminated', () => {
  it('is signed and then terminated for breach, with the reason and note kept', async () => {
    const w = await contractWorld(app(), { person: { firstName: 'Ewa', sex: 'K' } });
    const draft = await createDraft(app(), w, {
      variant: 'B',
      assessment: {
        timeWithoutWork: '3 lata',
        earlierActivation: 'Staż w 2024 r., przerwany z powodu choroby',
      },
    });
    expect(draft.content.variant).toBe('B');
    expect(draft.content.assessment).toMatchObject({
      timeWithoutWork: '3 lata',
      earlierActivation: 'Staż w 2024 r., przerwany z powodu choroby',
    });

    const signed = await app().call('contracts.sign', { id: draft.id, signedOn: '2026-11-10' });
    expect(signed).toMatchObject({ number: 'KS/2026/0001', signedOn: '2026-11-10' });
    const printed = await issued(app(), signed.documentId, 'contract');
    expect(printed.data).toMatchObject({
      person: { firstName: 'Ewa', sex: 'K' },
      content: { variant: 'B', assessment: { timeWithoutWork: '3 lata' } },
    });

    const terminated = await app().call('contracts.terminate', {
      id: draft.id,
      date: '2026-11-20',
      reason: 'breach',
      note: 'Nie stawia się na zajęcia od trzech tygodni',
    });
    expect(terminated).toMatchObject({
      status: 'terminated',
      endedOn: '2026-11-20',
      terminationReason: 'breach',
      goalsReached: null,
      endNote: 'Nie stawia się na zajęcia od trzech tygodni',
      nextEvaluationOn: null,
    });
    expect(await trail(app(), draft.id)).toEqual([
      ['contracts.create', 'create', 'Anna Nowak'],
      ['contracts.sign', 'issue', 'Anna Nowak'],
      ['contracts.terminate', 'status', 'Anna Nowak'],
    ]);
  });

  it('is completed without its goals reached and without a note', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    await app().call('contracts.sign', { id: draft.id, signedOn: '2026-11-02' });
    const completed = await app().call('contracts.complete', {
      id: draft.id,
      date: '2026-11-02',
      goalsReached: false,
    });
    expect(completed).toMatchObject({ status: 'completed', goalsReached: false, endNote: null });
  });
});

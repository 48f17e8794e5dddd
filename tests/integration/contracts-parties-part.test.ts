import { describe, expect, it } from 'vitest';
import {
  amendment,
  contractWorld,
  createDraft,
  createSigned,
  evaluation,
  issued,
  refused,
  validContractContent,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

describe('an evaluation by both parties (part II of the model form)', () => {
  it('keeps the person’s assessment, both sides’ obligations, the result and the decision, and prints them', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const evaluated = await app().call('contracts.addEvaluation', {
      ...evaluation(signed.id),
      personAssessment: 'Nie zdążyłam z zadaniem 1 z powodu choroby dziecka',
      personKeptObligations: 'partly',
      officeKeptObligations: 'yes',
      result: 'partlyAchieved',
      decision: 'amend',
    });
    const kept = evaluated.evaluations[0]!;
    expect(kept).toMatchObject({
      personAssessment: 'Nie zdążyłam z zadaniem 1 z powodu choroby dziecka',
      personKeptObligations: 'partly',
      officeKeptObligations: 'yes',
      result: 'partlyAchieved',
      decision: 'amend',
    });
    const sheet = await issued(app(), kept.documentId, 'evaluation');
    expect(sheet.data).toMatchObject({
      personAssessment: 'Nie zdążyłam z zadaniem 1 z powodu choroby dziecka',
      personKeptObligations: 'partly',
      result: 'partlyAchieved',
      decision: 'amend',
    });
  });

  it('refuses an evaluation without the result, or one that ends the contract and sets a next date', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const { result: _r, ...withoutResult } = evaluation(signed.id);
    const missing = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      withoutResult,
      'invalid_input',
    );
    expect(missing.issues).toEqual([{ path: ['result'], message: 'Wybierz wynik oceny' }]);

    const ending = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      { ...evaluation(signed.id), decision: 'end', nextEvaluationOn: '2026-12-14' },
      'invalid_input',
    );
    expect(ending.issues).toEqual([
      {
        path: ['nextEvaluationOn'],
        message: 'Przy zakończeniu kontraktu nie wyznacza się następnej oceny',
      },
    ]);
  });
});

describe('an amendment’s effective date', () => {
  it('is kept and printed; it cannot be before the amendment is concluded', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const early = await refused(
      app(),
      signed.id,
      'contracts.amend',
      { ...amendment(w, signed.id, '2026-11-20'), effectiveFrom: '2026-11-19' },
      'invalid_input',
    );
    expect(early.issues).toEqual([
      { path: ['effectiveFrom'], message: 'Aneks nie może obowiązywać przed dniem jego zawarcia' },
    ]);

    const amended = await app().call('contracts.amend', {
      ...amendment(w, signed.id, '2026-11-20'),
      effectiveFrom: '2026-12-01',
    });
    expect(amended.amendments[0]!.effectiveFrom).toBe('2026-12-01');
    const printed = await issued(app(), amended.amendments[0]!.documentId, 'amendment');
    expect(printed.data.effectiveFrom).toBe('2026-12-01');
  });
});

describe('what variant B and family tasks must say', () => {
  it('keeps the labour office’s referral of variant B', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, {
      variant: 'B',
      labourOfficeReferral: { date: '2026-10-28', number: 'PUP.CAZ.5523.14.2026' },
    });
    expect(draft.content.labourOfficeReferral).toEqual({
      date: '2026-10-28',
      number: 'PUP.CAZ.5523.14.2026',
    });
    const preview = await app().call('contracts.preview', { id: draft.id });
    expect(preview.content.labourOfficeReferral).toEqual(draft.content.labourOfficeReferral);
  });

  it('refuses a family member’s task that does not name the member, writing nothing', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const error = await app().fail(
      'contracts.create',
      {
        participantId: w.participantId,
        projectId: w.projectId,
        content: validContractContent({
          socialWorkerId: w.workerId,
          instrumentIds: w.path,
          tasks: [{ description: 'Udział w terapii', party: 'familyMember' }],
        }),
      },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['content', 'tasks', 0, 'partyName'],
        message: 'Podaj, który członek rodziny realizuje zadanie',
      },
    ]);
    expect(app().counts()).toEqual(before);
  });
});

describe('ending a contract ends the participation in its project, in one write', () => {
  it('completes the enrolment with the contract, or changes neither', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const enrolment = await app().call('enrolments.create', {
      participantId: w.participantId,
      projectId: w.projectId,
      enrolledOn: '2026-10-01',
      consentDataProcessing: true,
      consentDate: '2026-10-01',
    });
    await app().call('enrolments.changeStatus', {
      id: enrolment.id,
      to: 'qualified',
      date: '2026-10-01',
      reason: null,
    });

    // The situation on leaving belongs to ending the participation, not to the contract alone.
    const alone = await refused(
      app(),
      signed.id,
      'contracts.complete',
      { id: signed.id, date: '2026-11-23', goalsReached: true, exitResults: ['employed'] },
      'invalid_input',
    );
    expect(alone.issues?.map((i) => i.path)).toEqual([['exitResults']]);

    // Not yet a participant: nothing changes, not even the contract.
    const refusedEnd = await refused(
      app(),
      signed.id,
      'contracts.complete',
      { id: signed.id, date: '2026-11-23', goalsReached: true, endParticipation: true },
      'invalid_input',
    );
    expect(refusedEnd.issues).toEqual([
      {
        path: ['endParticipation'],
        message: 'Ta osoba nie uczestniczy w projekcie tego kontraktu',
      },
    ]);

    await app().call('enrolments.changeStatus', {
      id: enrolment.id,
      to: 'participant',
      date: '2026-11-02',
      reason: null,
    });
    const ended = await app().call('contracts.complete', {
      id: signed.id,
      date: '2026-11-23',
      goalsReached: true,
      note: null,
      endParticipation: true,
      exitResults: ['employed', 'gainedQualification'],
    });
    expect(ended.status).toBe('completed');
    const [after] = await app().call('enrolments.forParticipant', {
      participantId: w.participantId,
    });
    expect(after).toMatchObject({
      status: 'completed',
      endedOn: '2026-11-23',
      // The situation on leaving, recorded in the same write, on the same day.
      exitSituation: { results: ['employed', 'gainedQualification'], recordedOn: '2026-11-23' },
    });
    expect(after!.history.at(-1)).toMatchObject({
      toStatus: 'completed',
      date: '2026-11-23',
      reason: `Zakończenie kontraktu socjalnego nr ${signed.number}`,
    });
  });
});

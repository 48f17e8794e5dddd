import { describe, expect, it } from 'vitest';
import {
  contractWorld,
  createDraft,
  issued,
  KIS,
  KURS_ZAWODOWY,
  PSYCHOLOG,
  sha256Hex,
  sortedKeysJson,
  TRENING,
  validContractContent,
  PARTIES_AGREE,
  changeTrail,
  trail,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

const NO_ALERTS = { endingSoon: false, evaluationDue: false, periodEnded: false };

/** Maria Kowalska, born 1982-03-10: 8·1+2·3+0·7+3·9+1·1+0·3+0·7+0·9+3·1+2·3 = 51 → check 9. */
const MARIA = {
  firstName: 'Maria',
  lastName: 'Kowalska',
  relation: 'żona',
  pesel: '82031000329',
  documentNumber: null,
};

describe('a variant A family contract, from draft to completion', () => {
  it('is drafted, edited, signed, evaluated, amended and completed', async () => {
    await app().call('settings.update', {
      officeName: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
      address: 'ul. Kajki 3, 11-200 Bartoszyce',
      phone: '89 762 00 01',
    });
    const w = await contractWorld(app(), { person: { birthDate: '1980-04-15', sex: 'M' } });
    const pesel = (await app().call('participants.get', { id: w.participantId })).pesel;

    // Draft.
    const draft = await createDraft(app(), w, { familyParties: [MARIA] });
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      signedOn: null,
      participantName: 'Jan Kowalski',
      projectId: w.projectId,
      projectTitle: 'Aktywna integracja w Bartoszycach',
      nextEvaluationOn: null,
      documentId: null,
      alerts: NO_ALERTS,
      evaluations: [],
      amendments: [],
    });
    expect(draft.content.familyParties).toEqual([MARIA]);
    expect(draft.rule).toEqual({ applies: true, satisfied: true, problems: [] });
    expect(draft.instruments.map((i) => [i.group, i.name])).toEqual([
      ['social', KIS],
      ['social', TRENING],
      ['vocational', KURS_ZAWODOWY],
    ]);

    // Edit the draft: another main goal and a third task.
    const edited = validContractContent({
      socialWorkerId: w.workerId,
      instrumentIds: w.path,
      familyParties: [MARIA],
      mainGoal: 'Podjęcie stałego zatrudnienia',
    });
    edited.tasks = [
      ...edited.tasks!,
      { description: 'Wizyta u doradcy zawodowego', party: 'institution', partyName: 'PUP' },
    ];
    const updated = await app().call('contracts.update', {
      id: draft.id,
      projectId: w.projectId,
      content: edited,
    });
    expect(updated.content.mainGoal).toBe('Podjęcie stałego zatrudnienia');
    expect(updated.content.tasks[2]).toEqual({
      description: 'Wizyta u doradcy zawodowego',
      party: 'institution',
      partyName: 'PUP',
      dueDate: null,
      notes: null,
    });

    // Sign.
    const signed = await app().call('contracts.sign', { id: draft.id, signedOn: '2026-11-02' });
    expect(signed).toMatchObject({
      status: 'signed',
      number: 'KS/2026/0001',
      signedOn: '2026-11-02',
      nextEvaluationOn: '2026-11-30',
      alerts: NO_ALERTS,
    });
    expect(signed.content).toEqual(updated.content);
    expect(signed.documentId).toEqual(expect.any(Number));

    const document = await issued(app(), signed.documentId, 'contract');
    expect(document).toMatchObject({
      kind: 'contract',
      number: 'KS/2026/0001',
      issuedOn: '2026-11-02',
      entityId: draft.id,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.sha256).toBe(sha256Hex(sortedKeysJson(document.data)));
    const { socialWorkerId: _w, instrumentIds: _i, familyParties: _f, ...printed } = edited;
    expect(document.data).toEqual({
      number: 'KS/2026/0001',
      office: {
        name: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
        address: 'ul. Kajki 3, 11-200 Bartoszyce',
        phone: '89 762 00 01',
      },
      person: {
        firstName: 'Jan',
        lastName: 'Kowalski',
        sex: 'M',
        pesel,
        documentNumber: null,
        birthDate: '1980-04-15',
        address: 'ul. Kajki 7/3, 11-200 Bartoszyce',
      },
      familyParties: [MARIA],
      socialWorker: { name: 'Anna Nowak', phone: '89 762 11 11' },
      content: {
        ...printed,
        assessment: { ...printed.assessment, timeWithoutWork: null, earlierActivation: null },
        labourOfficeReferral: null,
        tasks: [
          { ...printed.tasks![0], partyName: null, notes: null },
          { ...printed.tasks![1], partyName: null, notes: null },
          { ...printed.tasks![2], dueDate: null, notes: null },
        ],
      },
      instruments: [
        { group: 'social', name: KIS },
        { group: 'social', name: TRENING },
        { group: 'vocational', name: KURS_ZAWODOWY },
      ],
      project: {
        title: 'Aktywna integracja w Bartoszycach',
        programme: 'PO KL 2007–2013',
        isEfs: true,
        logoStrip: null,
      },
    });

    // Evaluate.
    const evaluated = await app().call('contracts.addEvaluation', {
      id: draft.id,
      date: '2026-11-16',
      taskProgress: [
        { taskIndex: 0, status: 'inProgress', comment: 'Chodzi na zajęcia' },
        { taskIndex: 1, status: 'done' },
      ],
      goalProgress: [{ goal: 'Spłata zaległości czynszowych', comment: 'Ugoda podpisana' }],
      assessment: 'Współpraca przebiega dobrze',
      nextEvaluationOn: '2026-12-14',
      ...PARTIES_AGREE,
      personAssessment: 'Potrzebuję pomocy w opiece nad dziećmi w dni zajęć',
    });
    expect(evaluated.nextEvaluationOn).toBe('2026-12-14');
    expect(evaluated.evaluations).toEqual([
      {
        id: expect.any(Number),
        date: '2026-11-16',
        taskProgress: [
          { taskIndex: 0, status: 'inProgress', comment: 'Chodzi na zajęcia' },
          { taskIndex: 1, status: 'done', comment: null },
        ],
        goalProgress: [{ goal: 'Spłata zaległości czynszowych', comment: 'Ugoda podpisana' }],
        assessment: 'Współpraca przebiega dobrze',
        ...PARTIES_AGREE,
        personAssessment: 'Potrzebuję pomocy w opiece nad dziećmi w dni zajęć',
        nextEvaluationOn: '2026-12-14',
        actorName: 'Anna Nowak',
        documentId: expect.any(Number),
      },
    ]);
    const sheet = await issued(app(), evaluated.evaluations[0]!.documentId, 'evaluation');
    expect(sheet).toMatchObject({ kind: 'evaluation', number: 'KS/2026/0001/O/1' });
    expect(sheet.data).toMatchObject({
      date: '2026-11-16',
      taskProgress: [
        {
          task: 'Udział w zajęciach Klubu Integracji Społecznej',
          status: 'inProgress',
          comment: 'Chodzi na zajęcia',
        },
        { task: 'Pomoc w rozłożeniu zadłużenia na raty', status: 'done', comment: null },
      ],
      assessment: 'Współpraca przebiega dobrze',
      nextEvaluationOn: '2026-12-14',
      contract: { number: 'KS/2026/0001' },
    });

    // Amend: two more months and one more instrument; the concluded parts may not change.
    const amendedContent = {
      ...edited,
      variant: 'B' as const,
      concludedOn: '2026-11-20',
      concludedPlace: 'Olsztyn',
      familyParties: [],
      instrumentIds: [...w.path, w.instrument(PSYCHOLOG)],
      periodTo: '2027-02-28',
    };
    const amended = await app().call('contracts.amend', {
      id: draft.id,
      date: '2026-11-20',
      effectiveFrom: '2026-12-01',
      description: 'Przedłużenie kontraktu i wsparcie psychologa',
      content: amendedContent,
    });
    expect(amended.amendments).toEqual([
      {
        id: expect.any(Number),
        seq: 1,
        number: 'KS/2026/0001/A/1',
        date: '2026-11-20',
        effectiveFrom: '2026-12-01',
        description: 'Przedłużenie kontraktu i wsparcie psychologa',
        changes: [
          {
            section: 'Instrumenty aktywnej integracji',
            // Only what changed: one instrument added, none taken away.
            before: '—',
            after: `• ${PSYCHOLOG}`,
          },
          {
            section: 'Okres obowiązywania',
            before: '02.11.2026 – 31.12.2026',
            after: '02.11.2026 – 28.02.2027',
          },
        ],
        documentId: expect.any(Number),
      },
    ]);
    expect(amended.content).toEqual({
      ...signed.content,
      instrumentIds: [...w.path, w.instrument(PSYCHOLOG)],
      periodTo: '2027-02-28',
    });
    expect(amended.content).toMatchObject({
      variant: 'A',
      concludedOn: '2026-11-02',
      concludedPlace: 'Bartoszyce',
      familyParties: [MARIA],
    });
    expect(amended).toMatchObject({ number: 'KS/2026/0001', signedOn: '2026-11-02' });
    const aneks = await issued(app(), amended.amendments[0]!.documentId, 'amendment');
    expect(aneks).toMatchObject({
      kind: 'amendment',
      number: 'KS/2026/0001/A/1',
      issuedOn: '2026-11-20',
      data: {
        number: 'KS/2026/0001/A/1',
        date: '2026-11-20',
        description: 'Przedłużenie kontraktu i wsparcie psychologa',
        changes: amended.amendments[0]!.changes,
        contract: {
          number: 'KS/2026/0001',
          familyParties: [MARIA],
          content: { variant: 'A', concludedPlace: 'Bartoszyce', periodTo: '2027-02-28' },
        },
      },
    });
    expect(aneks.data.contract.instruments).toHaveLength(4);
    // The original as signed is still what its own document says.
    expect((await issued(app(), signed.documentId, 'contract')).data).toEqual(document.data);

    // Complete.
    const completed = await app().call('contracts.complete', {
      id: draft.id,
      date: '2026-11-23',
      goalsReached: true,
      note: 'Podjął pracę w pełnym wymiarze',
    });
    expect(completed).toMatchObject({
      status: 'completed',
      endedOn: '2026-11-23',
      goalsReached: true,
      terminationReason: null,
      endNote: 'Podjął pracę w pełnym wymiarze',
      nextEvaluationOn: null,
      alerts: NO_ALERTS,
      number: 'KS/2026/0001',
    });

    expect(await trail(app(), draft.id)).toEqual([
      ['contracts.create', 'create', 'Anna Nowak'],
      ['contracts.update', 'update', 'Anna Nowak'],
      ['contracts.sign', 'issue', 'Anna Nowak'],
      ['contracts.addEvaluation', 'issue', 'Anna Nowak'],
      ['contracts.amend', 'issue', 'Anna Nowak'],
      ['contracts.complete', 'status', 'Anna Nowak'],
    ]);
    const changed = (await changeTrail(app(), draft.id)).map((e) => e.changedFields);
    expect(changed[1]).toEqual(['mainGoal', 'tasks']);
    expect(changed[2]).toEqual(['status', 'number']);
    expect(changed[4]).toEqual(['Instrumenty aktywnej integracji', 'Okres obowiązywania']);
    expect(changed[5]).toEqual(['status']);
    expect(app().count('issued_documents')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import {
  contractWorld,
  createDraft,
  snapshot,
  validContractContent,
  PARTIES_AGREE,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';
import { END_BEFORE_START } from '../../src-main/contract/rules';

const app = useTestApp();

const issuesByPath = (issues: { path: (string | number)[]; message: string }[] = []) =>
  Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

describe('contracts.create — invalid input is refused field by field, nothing written', () => {
  it('names every missing or wrong field of the form in Polish', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const content = validContractContent({ socialWorkerId: w.workerId }) as Record<string, unknown>;
    delete content.mainGoal;
    const error = await app().fail(
      'contracts.create',
      {
        participantId: w.participantId,
        projectId: w.projectId,
        content: {
          ...content,
          variant: 'C',
          concludedOn: '2026-02-30',
          concludedPlace: '   ',
          socialWorkerPhone: 'zadzwoń',
          assessment: { causes: '', resources: 'Zasoby', limitations: 'Bariery' },
          tasks: [{ description: 'Zadanie', party: 'neighbour' }],
          benefits: [{ kind: 'Zasiłek celowy', purpose: 'Opał', amount: 12.5, when: 'zaraz' }],
          familyParties: [
            { firstName: 'Ola', lastName: 'Nowak', relation: 'córka', pesel: '12345678901' },
          ],
          evaluation: { method: 'Rozmowa', firstOn: '2026-11-30', everyWeeks: 0 },
        },
      },
      'invalid_input',
    );
    expect(error.message).toBe('Popraw zaznaczone pola');
    const byPath = issuesByPath(error.issues);
    expect(byPath).toMatchObject({
      'content.variant': 'Wybierz wariant kontraktu',
      'content.concludedOn': 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)',
      'content.concludedPlace': 'Pole „Miejsce zawarcia” jest wymagane',
      'content.socialWorkerPhone': 'Nieprawidłowy numer telefonu',
      'content.mainGoal': 'Pole „Cel główny” jest wymagane',
      'content.assessment.causes': 'Pole „Przyczyny trudnej sytuacji” jest wymagane',
      'content.tasks.0.party': 'Wybierz, kto realizuje zadanie',
      'content.benefits.0.amount': 'Kwota w groszach musi być liczbą całkowitą',
    });
    expect(byPath['content.familyParties.0.pesel']).toBe(
      'Nieprawidłowa cyfra kontrolna numeru PESEL',
    );
    expect(byPath).toHaveProperty(['content.evaluation.everyWeeks']);
    expect(app().counts()).toEqual(before);
  });

  // A field the worker types gets its own wording, not Zod's fallback ("…number będzie >=1").
  it('words the refusal of "every 0 weeks" for a person', async () => {
    const w = await contractWorld(app());
    const content = validContractContent({
      socialWorkerId: w.workerId,
      evaluation: { everyWeeks: 0 },
    });
    const error = await app().fail(
      'contracts.create',
      { participantId: w.participantId, projectId: null, content },
      'invalid_input',
    );
    const message = issuesByPath(error.issues)['content.evaluation.everyWeeks'];
    expect(message).toMatch(/tydz|tygod/);
    expect(message).not.toMatch(/number|>=|\(y\/a\/e\)/);
  });

  it('refuses a negative benefit and a missing period', async () => {
    const w = await contractWorld(app());
    const content = validContractContent({ socialWorkerId: w.workerId }) as Record<string, unknown>;
    delete content.periodFrom;
    const error = await app().fail(
      'contracts.create',
      {
        participantId: w.participantId,
        projectId: null,
        content: {
          ...content,
          benefits: [{ kind: 'Zasiłek', purpose: 'Opał', amount: -1, when: 'X' }],
        },
      },
      'invalid_input',
    );
    expect(issuesByPath(error.issues)).toEqual({
      'content.periodFrom': 'Podaj datę',
      'content.benefits.0.amount': 'Kwota nie może być ujemna',
    });
  });

  it('refuses a period that ends before it starts, on create and on update', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const wrong = validContractContent({ socialWorkerId: w.workerId, periodTo: '2026-11-01' });
    const issue = { path: ['content', 'periodTo'], message: END_BEFORE_START };

    const onCreate = await app().fail(
      'contracts.create',
      { participantId: w.participantId, projectId: w.projectId, content: wrong },
      'invalid_input',
    );
    expect(onCreate.issues).toEqual([issue]);
    expect(app().counts()).toEqual(before);

    const draft = await createDraft(app(), w);
    const kept = await snapshot(app(), draft.id);
    const onUpdate = await app().fail(
      'contracts.update',
      { id: draft.id, projectId: w.projectId, content: wrong },
      'invalid_input',
    );
    expect(onUpdate.issues).toEqual([issue]);
    expect(await snapshot(app(), draft.id)).toEqual(kept);
  });

  // The rule lived only in the editor: the core took a first evaluation after the period's end.
  it('refuses a first evaluation outside the period, on create, update and amend', async () => {
    const w = await contractWorld(app());
    // The period is 2026-11-02 – 2026-12-31 (validContractContent).
    const firstOn = (day: string) =>
      validContractContent({
        socialWorkerId: w.workerId,
        instrumentIds: w.path,
        evaluation: { firstOn: day },
      });
    const issue = {
      path: ['content', 'evaluation', 'firstOn'],
      message: 'Pierwsza ocena musi przypaść w okresie kontraktu (02.11.2026–31.12.2026)',
    };
    const before = app().counts();
    for (const day of ['2026-11-01', '2027-01-01']) {
      const onCreate = await app().fail(
        'contracts.create',
        { participantId: w.participantId, projectId: w.projectId, content: firstOn(day) },
        'invalid_input',
      );
      expect(onCreate.issues, day).toEqual([issue]);
    }
    expect(app().counts()).toEqual(before);

    const draft = await createDraft(app(), w);
    const kept = await snapshot(app(), draft.id);
    const onUpdate = await app().fail(
      'contracts.update',
      { id: draft.id, projectId: w.projectId, content: firstOn('2027-01-01') },
      'invalid_input',
    );
    expect(onUpdate.issues).toEqual([issue]);
    expect(await snapshot(app(), draft.id)).toEqual(kept);

    const signed = await app().call('contracts.sign', { id: draft.id, signedOn: '2026-11-02' });
    const signedKept = await snapshot(app(), signed.id);
    const onAmend = await app().fail(
      'contracts.amend',
      {
        id: signed.id,
        date: '2026-11-20',
        effectiveFrom: '2026-11-20',
        description: 'Przesunięcie oceny',
        content: firstOn('2027-01-01'),
      },
      'invalid_input',
    );
    expect(onAmend.issues).toEqual([issue]);
    expect(await snapshot(app(), signed.id)).toEqual(signedKept);

    // The period's first and last days are within it.
    for (const day of ['2026-11-02', '2026-12-31']) {
      const made = await app().call('contracts.create', {
        participantId: w.participantId,
        projectId: w.projectId,
        content: firstOn(day),
      });
      expect(made.content.evaluation.firstOn).toBe(day);
    }
  });

  it('refuses an instrument or social worker that does not exist', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const create = (content: object) =>
      app().fail(
        'contracts.create',
        { participantId: w.participantId, projectId: w.projectId, content },
        'invalid_input',
      );
    const withUnknownInstrument = await create(
      validContractContent({ socialWorkerId: w.workerId, instrumentIds: [w.path[0]!, 999] }),
    );
    expect(withUnknownInstrument.issues).toEqual([
      { path: ['content', 'instrumentIds', 1], message: 'Nie ma takiego instrumentu' },
    ]);
    const withUnknownWorker = await create(validContractContent({ socialWorkerId: 999 }));
    expect(withUnknownWorker.issues).toEqual([
      { path: ['content', 'socialWorkerId'], message: 'Nie ma takiego pracownika' },
    ]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses keys the contract does not know, and an unknown termination reason', async () => {
    const error = await app().fail(
      'contracts.sign',
      { id: 1, signedOn: '2026-11-02', number: 'KS/2026/0099' },
      'invalid_input',
    );
    expect(error.issues!.length).toBeGreaterThan(0);
    const terminate = await app().fail(
      'contracts.terminate',
      { id: 1, date: '2026-11-20', reason: 'boredom', note: '' },
      'invalid_input',
    );
    expect(issuesByPath(terminate.issues)).toEqual({
      reason: 'Wybierz przyczynę rozwiązania',
      note: 'Pole „Uzasadnienie” jest wymagane',
    });
    const preview = await app().fail('contracts.preview', { id: 'pierwszy' }, 'invalid_input');
    expect(preview.issues).toEqual([{ path: ['id'], message: 'Nieprawidłowy identyfikator' }]);
    const document = await app().fail('documents.get', {}, 'invalid_input');
    expect(document.issues).toEqual([{ path: ['id'], message: 'Nieprawidłowy identyfikator' }]);
  });
});

describe('unknown records are not_found, nothing written', () => {
  it('refuses a contract for an unknown person or project', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const content = validContractContent({ socialWorkerId: w.workerId, instrumentIds: w.path });
    const noPerson = await app().fail(
      'contracts.create',
      { participantId: 999, projectId: w.projectId, content },
      'not_found',
    );
    expect(noPerson.message).toBe('Nie znaleziono uczestnika');
    const noProject = await app().fail(
      'contracts.create',
      { participantId: w.participantId, projectId: 999, content },
      'not_found',
    );
    expect(noProject.message).toBe('Nie znaleziono projektu');

    const draft = await createDraft(app(), w);
    const kept = await snapshot(app(), draft.id);
    const moved = await app().fail(
      'contracts.update',
      { id: draft.id, projectId: 999, content },
      'not_found',
    );
    expect(moved.message).toBe('Nie znaleziono projektu');
    expect(await snapshot(app(), draft.id)).toEqual(kept);
    expect(app().count('social_contracts')).toBe(before.social_contracts! + 1);
  });

  it('answers every channel of a contract with not_found for an unknown id', async () => {
    const w = await contractWorld(app());
    const before = app().counts();
    const content = validContractContent({ socialWorkerId: w.workerId, instrumentIds: w.path });
    const cases: [string, unknown][] = [
      ['contracts.get', { id: 999 }],
      ['contracts.preview', { id: 999 }],
      ['contracts.update', { id: 999, projectId: null, content }],
      ['contracts.sign', { id: 999, signedOn: '2026-11-02' }],
      [
        'contracts.addEvaluation',
        {
          id: 999,
          date: '2026-11-16',
          taskProgress: [],
          assessment: 'Ocena',
          ...PARTIES_AGREE,
        },
      ],
      [
        'contracts.amend',
        { id: 999, date: '2026-11-20', effectiveFrom: '2026-11-20', description: 'Aneks', content },
      ],
      ['contracts.complete', { id: 999, date: '2026-11-20', goalsReached: true }],
      ['contracts.terminate', { id: 999, date: '2026-11-20', reason: 'other', note: 'Powód' }],
    ];
    for (const [channel, input] of cases) {
      const error = await app().fail(channel, input, 'not_found');
      expect(error.message, channel).toBe('Nie znaleziono kontraktu');
    }
    const document = await app().fail('documents.get', { id: 999 }, 'not_found');
    expect(document.message).toBe('Nie znaleziono dokumentu');
    expect(app().counts()).toEqual(before);
  });
});

describe('contracts.update of a draft', () => {
  it('can take the draft out of a project, which turns the EFS rule off', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, { instrumentIds: w.path.slice(0, 1) });
    expect(draft.rule.applies).toBe(true);
    const moved = await app().call('contracts.update', {
      id: draft.id,
      projectId: null,
      content: validContractContent({
        socialWorkerId: w.workerId,
        instrumentIds: w.path.slice(0, 1),
      }),
    });
    expect(moved).toMatchObject({ projectId: null, projectTitle: null });
    expect(moved.rule).toEqual({ applies: false, satisfied: true, problems: [] });
  });
});

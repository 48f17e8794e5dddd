import { describe, expect, it } from 'vitest';
import {
  amendment,
  completion,
  contractWorld,
  createDraft,
  createSigned,
  DORADCA,
  evaluation,
  KIS,
  KURS_ZAWODOWY,
  refused,
  sign,
  STAZ,
  termination,
  validContractContent,
} from '../support/contracts';
import { useTestApp, validProject } from '../support/test-app';

const app = useTestApp();

const EFS = 'Ścieżka reintegracji nie spełnia zasad EFS: ';
const TOO_FEW =
  'Wybrano 2 instrumenty — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.';
const VOCATIONAL_ALONE =
  'Instrumenty zawodowe lub edukacyjne można stosować tylko razem z co najmniej jednym instrumentem społecznym lub zdrowotnym.';

describe('a signed contract is frozen', () => {
  it('refuses contracts.update: only an amendment changes it', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.update',
      {
        id: signed.id,
        projectId: w.projectId,
        content: validContractContent({
          socialWorkerId: w.workerId,
          instrumentIds: w.path,
          mainGoal: 'Inny cel',
        }),
      },
      'invalid_state',
    );
    expect(error.message).toBe('Zawartego kontraktu nie można zmieniać — sporządź aneks');
  });

  it('refuses signing twice, and the refusal uses up no number', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.sign',
      sign(signed.id, '2026-11-03'),
      'invalid_state',
    );
    expect(error.message).toBe('Nie można zawrzeć kontraktu o statusie „Zawarty”');
    expect((await createSigned(app(), w)).number).toBe('KS/2026/0002');
  });
});

describe('signing checks the content', () => {
  it('refuses a contract without tasks', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, { tasks: [] });
    const error = await refused(app(), draft.id, 'contracts.sign', sign(draft.id), 'invalid_state');
    expect(error.message).toBe('Kontrakt musi zawierać co najmniej jedno zadanie');
    expect((await createSigned(app(), w)).number).toBe('KS/2026/0001');
  });

  it('refuses an EFS contract with only two instruments, explaining why', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, { instrumentIds: w.path.slice(0, 2) });
    expect(draft.rule).toEqual({ applies: true, satisfied: false, problems: [TOO_FEW] });
    const error = await refused(app(), draft.id, 'contracts.sign', sign(draft.id), 'invalid_state');
    expect(error.message).toBe(EFS + TOO_FEW);
  });

  it('refuses an EFS path of vocational instruments without a social or health one', async () => {
    const w = await contractWorld(app());
    const ids = [KURS_ZAWODOWY, STAZ, DORADCA].map(w.instrument);
    const draft = await createDraft(app(), w, { instrumentIds: ids });
    expect(draft.rule).toEqual({ applies: true, satisfied: false, problems: [VOCATIONAL_ALONE] });
    const error = await refused(app(), draft.id, 'contracts.sign', sign(draft.id), 'invalid_state');
    expect(error.message).toBe(EFS + VOCATIONAL_ALONE);
  });

  it('gives both problems of one vocational instrument alone, in the Polish singular', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, { instrumentIds: [w.instrument(STAZ)] });
    expect(draft.rule.problems).toEqual([
      'Wybrano 1 instrument — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.',
      VOCATIONAL_ALONE,
    ]);
  });

  it('does not apply the rule outside a project or in a project without EFS money', async () => {
    const w = await contractWorld(app());
    const local = await app().call(
      'projects.create',
      validProject({ isEfs: false, title: 'Gminny' }),
    );
    const two = [w.instrument(KIS), w.instrument(KURS_ZAWODOWY)];

    const alone = await createDraft(app(), w, { instrumentIds: two }, { projectId: null });
    expect(alone.rule).toEqual({ applies: false, satisfied: true, problems: [] });
    const inLocal = await createDraft(app(), w, { instrumentIds: two }, { projectId: local.id });
    expect(inLocal.rule).toEqual({ applies: false, satisfied: true, problems: [] });

    expect((await app().call('contracts.sign', sign(alone.id))).number).toBe('KS/2026/0001');
    expect((await app().call('contracts.sign', sign(inLocal.id))).number).toBe('KS/2026/0002');
  });

  it('refuses a signing date before the date the contract was concluded', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const error = await refused(
      app(),
      draft.id,
      'contracts.sign',
      sign(draft.id, '2026-11-01'),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['signedOn'],
        message: 'Data podpisania nie może być wcześniejsza niż data zawarcia',
      },
    ]);
  });
});

describe('a draft can only be signed', () => {
  it('refuses evaluating, amending, completing or terminating a draft', async () => {
    const w = await contractWorld(app());
    const { id } = await createDraft(app(), w);
    const cases: [string, unknown, string][] = [
      ['contracts.addEvaluation', evaluation(id), 'Nie można oceniać kontraktu o statusie „Szkic”'],
      [
        'contracts.amend',
        amendment(w, id),
        'Nie można zmieniać aneksem kontraktu o statusie „Szkic”',
      ],
      ['contracts.complete', completion(id), 'Nie można zakończyć kontraktu o statusie „Szkic”'],
      ['contracts.terminate', termination(id), 'Nie można rozwiązać kontraktu o statusie „Szkic”'],
    ];
    for (const [channel, input, message] of cases)
      expect((await refused(app(), id, channel, input, 'invalid_state')).message, channel).toBe(
        message,
      );
  });
});

describe('a completed or terminated contract is final', () => {
  it.each([
    ['completed', 'contracts.complete', completion, 'Zakończony'],
    ['terminated', 'contracts.terminate', termination, 'Rozwiązany'],
  ] as const)('refuses every change of a %s contract', async (_status, end, input, label) => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const { id } = signed;
    await app().call(end, input(id) as never);
    const cases: [string, unknown, string][] = [
      [
        'contracts.sign',
        sign(id, '2026-11-23'),
        `Nie można zawrzeć kontraktu o statusie „${label}”`,
      ],
      [
        'contracts.update',
        { id, projectId: w.projectId, content: amendment(w, id).content },
        'Zawartego kontraktu nie można zmieniać — sporządź aneks',
      ],
      [
        'contracts.addEvaluation',
        evaluation(id),
        `Nie można oceniać kontraktu o statusie „${label}”`,
      ],
      [
        'contracts.amend',
        amendment(w, id),
        `Nie można zmieniać aneksem kontraktu o statusie „${label}”`,
      ],
      ['contracts.complete', completion(id), `Nie można zakończyć kontraktu o statusie „${label}”`],
      [
        'contracts.terminate',
        termination(id),
        `Nie można rozwiązać kontraktu o statusie „${label}”`,
      ],
    ];
    for (const [channel, call, message] of cases)
      expect((await refused(app(), id, channel, call, 'invalid_state')).message, channel).toBe(
        message,
      );
  });
});

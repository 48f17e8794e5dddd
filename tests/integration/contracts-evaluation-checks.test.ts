import { describe, expect, it } from 'vitest';
import {
  amendment,
  contractWorld,
  createSigned,
  PARTIES_AGREE,
  refused,
  validContractContent,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

/** The goals of `validContractContent`. */
const MAIN_GOAL = 'Podjęcie zatrudnienia i uregulowanie zaległości czynszowych';
const SPECIFIC_GOAL = 'Ukończenie kursu zawodowego';

const evaluationOf = (id: number, extra: Record<string, unknown>) => ({
  id,
  date: '2026-11-16',
  taskProgress: [{ taskIndex: 0, status: 'done' as const }],
  assessment: 'Bez uwag',
  ...PARTIES_AGREE,
  ...extra,
});

describe('contracts.addEvaluation — the tasks and goals must be the contract’s, each once', () => {
  it('refuses a task marked both done and not done, writing nothing', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        taskProgress: [
          { taskIndex: 0, status: 'done' },
          { taskIndex: 1, status: 'inProgress' },
          { taskIndex: 0, status: 'notDone' },
        ],
      }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['taskProgress', 2, 'taskIndex'], message: 'To zadanie już oceniono w tej ocenie' },
    ]);
  });

  it('refuses a task the contract does not have', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, { taskProgress: [{ taskIndex: 2, status: 'done' }] }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['taskProgress', 0, 'taskIndex'], message: 'Nie ma takiego zadania' },
    ]);
  });

  it('refuses to rate a goal the contract does not have, writing nothing', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        goalProgress: [
          { goal: MAIN_GOAL, comment: 'Rozmowy kwalifikacyjne' },
          { goal: 'Wyjazd na wakacje', comment: 'Zaplanowany' },
        ],
      }),
      'invalid_input',
    );
    expect(error.message).toBe('Kontrakt nie ma takiego celu');
    expect(error.issues).toEqual([
      { path: ['goalProgress', 1, 'goal'], message: 'Kontrakt nie ma takiego celu' },
    ]);
  });

  it('refuses one goal rated twice, also when typed differently (NFD, spaces)', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        goalProgress: [
          { goal: SPECIFIC_GOAL, comment: 'Zapisany na kurs' },
          { goal: `  ${SPECIFIC_GOAL.normalize('NFD')}\n`, comment: 'Ukończył połowę' },
        ],
      }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['goalProgress', 1, 'goal'], message: 'Ten cel już oceniono w tej ocenie' },
    ]);
  });

  it('accepts a goal of the contract typed differently and keeps it as the contract has it', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const evaluated = await app().call(
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        goalProgress: [{ goal: ` ${MAIN_GOAL.normalize('NFD')} `, comment: 'Dwie rozmowy' }],
      }) as never,
    );
    expect(evaluated.evaluations[0]!.goalProgress).toEqual([
      { goal: MAIN_GOAL, comment: 'Dwie rozmowy' },
    ]);
  });

  it('judges the goals of the contract as amended', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const amend = amendment(w, signed.id);
    await app().call('contracts.amend', {
      ...amend,
      content: validContractContent({
        socialWorkerId: w.workerId,
        instrumentIds: w.path,
        specificGoals: ['Uzyskanie prawa jazdy'],
      }),
    });
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        date: '2026-11-21',
        goalProgress: [{ goal: SPECIFIC_GOAL, comment: 'Już nieaktualny' }],
      }),
      'invalid_input',
    );
    expect(error.issues?.[0]?.path).toEqual(['goalProgress', 0, 'goal']);
    const evaluated = await app().call(
      'contracts.addEvaluation',
      evaluationOf(signed.id, {
        date: '2026-11-21',
        goalProgress: [{ goal: 'Uzyskanie prawa jazdy', comment: 'Zapisany na kurs' }],
      }) as never,
    );
    expect(evaluated.evaluations).toHaveLength(1);
  });
});

describe('contracts.addEvaluation — the next evaluation falls within the contract', () => {
  it('refuses a next evaluation after the contract’s period, writing nothing', async () => {
    const w = await contractWorld(app());
    // validContractContent runs to 2026-12-31.
    const signed = await createSigned(app(), w);
    const error = await refused(
      app(),
      signed.id,
      'contracts.addEvaluation',
      evaluationOf(signed.id, { nextEvaluationOn: '2027-01-04' }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['nextEvaluationOn'],
        message: 'Następna ocena musi przypaść w okresie kontraktu (do 31.12.2026)',
      },
    ]);
    const onLastDay = await app().call(
      'contracts.addEvaluation',
      evaluationOf(signed.id, { nextEvaluationOn: '2026-12-31' }),
    );
    expect(onLastDay.nextEvaluationOn).toBe('2026-12-31');
  });
});

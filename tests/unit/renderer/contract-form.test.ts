import { describe, expect, it } from 'vitest';
import { END_BEFORE_START } from '../../../src-main/contract/rules';
import {
  amendmentForm,
  contractForm,
  type ContractFormValues,
} from '../../../src-renderer/features/contracts/contract-form';

const OUTSIDE = 'Pierwsza ocena musi przypaść w okresie kontraktu (02.11.2026–31.12.2026)';

/** A content the contract accepts, for 02.11.2026–31.12.2026. */
const complete: ContractFormValues = {
  projectId: null,
  variant: 'A',
  concludedOn: '2026-11-02',
  concludedPlace: 'Bartoszyce',
  socialWorkerId: 1,
  assessment: { causes: 'Bezrobocie', resources: 'Motywacja', limitations: 'Brak prawa jazdy' },
  mainGoal: 'Podjęcie zatrudnienia',
  periodFrom: '2026-11-02',
  periodTo: '2026-12-31',
  evaluation: { method: 'Rozmowa', firstOn: '2026-11-30', everyWeeks: 4 },
};

const issues = (schema: typeof contractForm, values: ContractFormValues) => {
  const r = schema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the contract editor reports the contract’s rules as the worker types', () => {
  it('a first evaluation outside the period, while the rest of the form is still empty', () => {
    const typing = {
      periodFrom: '2026-11-02',
      periodTo: '2026-12-31',
      evaluation: { firstOn: '2027-01-04' },
    } as ContractFormValues;
    const found = issues(contractForm, typing);
    expect(found).toContainEqual(['evaluation.firstOn', OUTSIDE]);
    expect(found.map(([path]) => path)).toContain('mainGoal');
  });

  it('a period ending before it starts, in the one wording', () => {
    const found = issues(contractForm, { ...complete, periodTo: '2026-11-01' });
    expect(found).toEqual([['periodTo', END_BEFORE_START]]);
  });

  it('each once, and the content as the core takes it when all holds', () => {
    const outside = { ...complete, evaluation: { ...complete.evaluation!, firstOn: '2027-01-04' } };
    expect(issues(contractForm, outside)).toEqual([['evaluation.firstOn', OUTSIDE]]);
    const parsed = contractForm.parse(complete);
    expect(parsed.evaluation.firstOn).toBe('2026-11-30');
    expect(parsed).not.toHaveProperty('projectId');
  });

  it('an amendment applying before its day, while its description is still empty', () => {
    const found = issues(amendmentForm, {
      ...complete,
      amendment: { date: '2026-11-20', effectiveFrom: '2026-11-19' },
    });
    expect(found).toEqual([
      ['amendment.effectiveFrom', 'Aneks nie może obowiązywać przed dniem jego zawarcia'],
      ['amendment.description', 'Pole „Czego dotyczy aneks” jest wymagane'],
    ]);
  });
});

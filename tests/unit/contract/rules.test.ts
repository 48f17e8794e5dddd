import { describe, expect, it } from 'vitest';
import { contract as api } from '../../../src-main/contract';
import { auditSearchInput } from '../../../src-main/contract/audit';
import { identityIssues, IDENTITY_REQUIRED } from '../../../src-main/contract/participants';
import { projectFields } from '../../../src-main/contract/projects';
import {
  END_BEFORE_START,
  FUTURE_DATE,
  endBeforeStartProblem,
  futureDateProblem,
  issueAt,
} from '../../../src-main/contract/rules';
import {
  amendmentIssues,
  beforeSigningProblem,
  contentIssues,
  evaluationIssues,
  firstEvaluationProblem,
  nextEvaluationAfterPeriodProblem,
  signedBeforeConcludedProblem,
} from '../../../src-main/contract/social-contract-rules';
import { contractContentInput } from '../../../src-main/contract/social-contracts';

/** Not a whole date (yet): a rule says nothing, the field reports it. */
const NOT_WHOLE = [undefined, null, '', '2026-1', '2026-02-30', 20261123, {}];

describe('end before start', () => {
  it.each([
    ['2026-11-02', '2026-11-01', END_BEFORE_START],
    ['2026-11-02', '2026-11-02', null],
    ['2026-11-02', '2027-01-01', null],
    ['2026-12-31', '2027-01-01', null],
  ])('from %s to %s → %s', (start, end, problem) => {
    expect(endBeforeStartProblem(start, end)).toBe(problem);
  });

  it('judges only whole dates', () => {
    for (const partial of NOT_WHOLE) {
      expect(endBeforeStartProblem(partial, '2026-11-01')).toBeNull();
      expect(endBeforeStartProblem('2026-11-02', partial)).toBeNull();
    }
  });
});

describe('not in the future', () => {
  const today = '2026-11-23';

  it.each([
    ['2026-11-24', FUTURE_DATE],
    ['2027-01-01', FUTURE_DATE],
    ['2026-11-23', null],
    ['1990-01-01', null],
  ])('%s → %s', (date, problem) => {
    expect(futureDateProblem(date, today)).toBe(problem);
  });

  it('judges only whole dates', () => {
    for (const partial of NOT_WHOLE) expect(futureDateProblem(partial, today)).toBeNull();
  });

  it('puts a problem on a path, or nothing', () => {
    expect(issueAt(['a', 0], FUTURE_DATE)).toEqual([{ path: ['a', 0], message: FUTURE_DATE }]);
    expect(issueAt(['a'], null)).toEqual([]);
  });
});

describe("a social contract's content", () => {
  const period = { periodFrom: '2026-11-02', periodTo: '2026-12-31' };
  const OUTSIDE = 'Pierwsza ocena musi przypaść w okresie kontraktu (02.11.2026–31.12.2026)';

  it.each([
    ['2026-11-01', OUTSIDE],
    ['2026-11-02', null],
    ['2026-11-30', null],
    ['2026-12-31', null],
    ['2027-01-01', OUTSIDE],
  ])('first evaluation on %s → %s', (firstOn, problem) => {
    expect(firstEvaluationProblem(firstOn, period.periodFrom, period.periodTo)).toBe(problem);
  });

  it('reports on the content paths, judging the first evaluation only within a real period', () => {
    expect(contentIssues({ ...period, evaluation: { firstOn: '2027-01-01' } })).toEqual([
      { path: ['evaluation', 'firstOn'], message: OUTSIDE },
    ]);
    expect(
      contentIssues({
        periodFrom: '2026-11-02',
        periodTo: '2026-11-01',
        evaluation: { firstOn: '2026-12-01' },
      }),
    ).toEqual([{ path: ['periodTo'], message: END_BEFORE_START }]);
  });

  it('works on what a form holds while the worker types', () => {
    expect(contentIssues({})).toEqual([]);
    expect(contentIssues({ ...period, evaluation: null })).toEqual([]);
    expect(contentIssues({ ...period, evaluation: { firstOn: '2027-0' } })).toEqual([]);
    expect(
      contentIssues({ periodFrom: '2026-11-02', evaluation: { firstOn: '2026-01-01' } }),
    ).toEqual([]);
  });

  it('an amendment applies from its day or later', () => {
    expect(amendmentIssues({ date: '2026-11-20', effectiveFrom: '2026-11-19' })).toEqual([
      { path: ['effectiveFrom'], message: 'Aneks nie może obowiązywać przed dniem jego zawarcia' },
    ]);
    expect(amendmentIssues({ date: '2026-11-20', effectiveFrom: '2026-11-20' })).toEqual([]);
    expect(amendmentIssues({ effectiveFrom: '2026-11-19' })).toEqual([]);
  });

  it('an evaluation: the next one after it, none when the contract ends', () => {
    const after = 'Następna ocena musi być po dacie tej oceny';
    const ending = 'Przy zakończeniu kontraktu nie wyznacza się następnej oceny';
    const on = (nextEvaluationOn: unknown, decision?: string) =>
      evaluationIssues({ date: '2026-11-16', nextEvaluationOn, decision }).map((i) => i.message);
    expect(on('2026-11-16')).toEqual([after]);
    expect(on('2026-11-15', 'continue')).toEqual([after]);
    expect(on('2026-11-17')).toEqual([]);
    expect(on(null)).toEqual([]);
    expect(on('2026-12-14', 'end')).toEqual([ending]);
    expect(on(null, 'end')).toEqual([]);
    expect(evaluationIssues({ nextEvaluationOn: '2026-11-01' })).toEqual([]);
  });

  it('the dates of its life against the stored contract', () => {
    expect(signedBeforeConcludedProblem('2026-11-01', '2026-11-02')).toBe(
      'Data podpisania nie może być wcześniejsza niż data zawarcia',
    );
    expect(signedBeforeConcludedProblem('2026-11-02', '2026-11-02')).toBeNull();
    expect(beforeSigningProblem('2026-11-01', '2026-11-02')).toBe(
      'Data nie może być wcześniejsza niż zawarcie kontraktu (02.11.2026)',
    );
    expect(beforeSigningProblem('2026-11-01', null)).toBeNull();
    expect(beforeSigningProblem('2026-11-02', '2026-11-02')).toBeNull();
    expect(nextEvaluationAfterPeriodProblem('2027-01-01', '2026-12-31')).toBe(
      'Następna ocena musi przypaść w okresie kontraktu (do 31.12.2026)',
    );
    expect(nextEvaluationAfterPeriodProblem('2026-12-31', '2026-12-31')).toBeNull();
    for (const partial of NOT_WHOLE) {
      expect(signedBeforeConcludedProblem(partial, '2026-11-02')).toBeNull();
      expect(beforeSigningProblem(partial, '2026-11-02')).toBeNull();
      expect(nextEvaluationAfterPeriodProblem(partial, '2026-12-31')).toBeNull();
    }
  });
});

describe("a person's identity", () => {
  // 44051401458: born 1944-05-14, a man.
  const person = { pesel: '44051401458', birthDate: '1944-05-14', sex: 'M' };

  it('a PESEL whose birth date and sex are the record’s', () => {
    expect(identityIssues(person)).toEqual([]);
    expect(identityIssues({ ...person, birthDate: '1944-05-15', sex: 'K' })).toEqual([
      { path: ['birthDate'], message: 'Data urodzenia nie zgadza się z numerem PESEL' },
      { path: ['sex'], message: 'Płeć nie zgadza się z numerem PESEL' },
    ]);
  });

  it('or a document number, in a document’s form; one of them always', () => {
    expect(identityIssues({ pesel: null, documentNumber: 'ABC123456' })).toEqual([]);
    expect(identityIssues({ pesel: null, documentNumber: 'AB 1' })).toEqual([
      { path: ['documentNumber'], message: 'Numer dokumentu musi mieć od 5 do 20 znaków' },
    ]);
    for (const none of [
      {},
      { pesel: '  ', documentNumber: '' },
      { pesel: null, documentNumber: null },
    ])
      expect(identityIssues(none)).toEqual([{ path: ['pesel'], message: IDENTITY_REQUIRED }]);
  });

  it('leaves a wrong PESEL to its field and compares nothing not given yet', () => {
    expect(identityIssues({ ...person, pesel: '44051401459' })).toEqual([]);
    expect(identityIssues({ ...person, pesel: '4405' })).toEqual([]);
    expect(identityIssues({ pesel: person.pesel, birthDate: '1944-05', sex: undefined })).toEqual(
      [],
    );
  });
});

describe('the schemas call the same rules', () => {
  const issuesOf = (schema: { safeParse: (v: unknown) => unknown }, value: unknown) => {
    const r = schema.safeParse(value) as { success: boolean; error?: { issues: unknown[] } };
    return r.success
      ? []
      : r.error!.issues.map((i) => {
          const { path, message } = i as { path: unknown[]; message: string };
          return [path.join('.'), message];
        });
  };

  it('a project and the audit search: end before start', () => {
    const project = {
      title: 'Aktywna integracja',
      programme: 'FEWiM 2021–2027',
      beneficiary: 'MOPS w Bartoszycach',
      startDate: '2026-01-02',
      endDate: '2026-01-01',
      totalValue: 100,
      euFunding: 85,
      ownContribution: 15,
      plannedWomen: 1,
      plannedMen: 1,
    };
    expect(issuesOf(projectFields, project)).toEqual([['endDate', END_BEFORE_START]]);
    expect(issuesOf(auditSearchInput, { from: '2026-11-02', to: '2026-11-01' })).toEqual([
      ['to', END_BEFORE_START],
    ]);
  });

  it('the content of a contract on create, update and amend', () => {
    const content = {
      variant: 'A',
      concludedOn: '2026-11-02',
      concludedPlace: 'Bartoszyce',
      socialWorkerId: 1,
      assessment: { causes: 'Bezrobocie', resources: 'Motywacja', limitations: 'Brak' },
      mainGoal: 'Zatrudnienie',
      periodFrom: '2026-11-02',
      periodTo: '2026-12-31',
      evaluation: { method: 'Rozmowa', firstOn: '2027-01-04' },
    };
    const outside = 'Pierwsza ocena musi przypaść w okresie kontraktu (02.11.2026–31.12.2026)';
    expect(issuesOf(contractContentInput, content)).toEqual([['evaluation.firstOn', outside]]);
    expect(
      issuesOf(api['contracts.create'].input, { participantId: 1, projectId: null, content }),
    ).toEqual([['content.evaluation.firstOn', outside]]);
    expect(issuesOf(api['contracts.update'].input, { id: 1, projectId: null, content })).toEqual([
      ['content.evaluation.firstOn', outside],
    ]);
    const amendment = { id: 1, date: '2026-11-20', effectiveFrom: '2026-11-20', description: 'X' };
    expect(issuesOf(api['contracts.amend'].input, { ...amendment, content })).toEqual([
      ['content.evaluation.firstOn', outside],
    ]);
    const fixed = { ...content, evaluation: { method: 'Rozmowa', firstOn: '2026-12-31' } };
    const early = { ...amendment, effectiveFrom: '2026-11-19', content: fixed };
    expect(issuesOf(api['contracts.amend'].input, early)).toEqual([
      ['effectiveFrom', 'Aneks nie może obowiązywać przed dniem jego zawarcia'],
    ]);
    expect(issuesOf(api['contracts.amend'].input, { ...amendment, content: fixed })).toEqual([]);
  });
});

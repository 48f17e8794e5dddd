import { describe, expect, it } from 'vitest';
import { contract as api } from '../../../src-main/contract';
import { FUTURE_DATE } from '../../../src-main/contract/rules';
import { addDays } from '../../../src-main/domain/dates';
import { withRules } from '../../../src-renderer/ui/confirmed-write';
import {
  lifeDateIssues,
  nextEvaluationIssues,
  pastProjectEnd,
  signingIssues,
  suggestedNextEvaluation,
} from '../../../src-renderer/features/contracts/contract-checks';
import { acknowledgeIssues } from '../../../src-renderer/features/contracts/PrintWarnings';
import { TEST_TODAY } from '../../support/clock';

const today = TEST_TODAY;
const signedOn = addDays(today, -20);
const periodTo = addDays(today, 60);
const content = {
  concludedOn: addDays(today, -21),
  periodTo,
  evaluation: { method: 'Rozmowa', firstOn: today, everyWeeks: 4 },
};

describe('the dates of a contract, checked before the worker is asked to confirm', () => {
  it('signing: today or earlier, not before the contract was drawn up', () => {
    const contract = { content } as never;
    expect(signingIssues(today, contract, today)).toEqual([]);
    expect(signingIssues(addDays(today, 1), contract, today)).toEqual([
      { path: ['signedOn'], message: FUTURE_DATE },
    ]);
    expect(signingIssues(addDays(today, -22), contract, today)[0]?.message).toBe(
      'Data podpisania nie może być wcześniejsza niż data zawarcia',
    );
    // A date still being typed is the schema's business.
    expect(signingIssues('2026-1', contract, today)).toEqual([]);
    expect(signingIssues(null, contract, today)).toEqual([]);
  });

  it('an evaluation, amendment or end: not in the future, not before the signing', () => {
    const contract = { signedOn };
    expect(lifeDateIssues(['date'], today, contract, today)).toEqual([]);
    expect(lifeDateIssues(['date'], signedOn, contract, today)).toEqual([]);
    expect(lifeDateIssues(['amendment', 'date'], addDays(today, 3), contract, today)).toEqual([
      { path: ['amendment', 'date'], message: FUTURE_DATE },
    ]);
    expect(lifeDateIssues(['date'], addDays(signedOn, -1), contract, today)[0]?.message).toMatch(
      /^Data nie może być wcześniejsza niż zawarcie kontraktu \(\d\d\.\d\d\.\d{4}\)$/,
    );
  });

  it('the next evaluation: after this one, within the period', () => {
    expect(nextEvaluationIssues(today, addDays(today, 28), content)).toEqual([]);
    expect(nextEvaluationIssues(today, null, content)).toEqual([]);
    expect(nextEvaluationIssues(today, today, content)[0]?.message).toBe(
      'Następna ocena musi być po dacie tej oceny',
    );
    expect(nextEvaluationIssues(today, addDays(periodTo, 1), content)[0]?.path).toEqual([
      'nextEvaluationOn',
    ]);
  });

  it('suggests the next evaluation everyWeeks later, at most the last day of the period', () => {
    expect(suggestedNextEvaluation(today, content)).toBe(addDays(today, 28));
    expect(suggestedNextEvaluation(addDays(periodTo, -7), content)).toBe(periodTo);
    expect(suggestedNextEvaluation(periodTo, content)).toBeNull();
    expect(suggestedNextEvaluation(null, content)).toBeNull();
    const noRhythm = { ...content, evaluation: { ...content.evaluation, everyWeeks: null } };
    expect(suggestedNextEvaluation(today, noRhythm)).toBeNull();
  });

  it('says where the contract runs past its project: the period and each late task', () => {
    const projectEnd = addDays(today, 30);
    expect(pastProjectEnd({ periodTo: projectEnd, tasks: [] }, projectEnd)).toEqual([]);
    const lines = pastProjectEnd(
      {
        periodTo: addDays(projectEnd, 1),
        tasks: [{ dueDate: projectEnd }, { dueDate: null }, { dueDate: addDays(projectEnd, 15) }],
      },
      projectEnd,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Termin zadania 3 \(/);
    expect(pastProjectEnd({ periodTo: '2027-05-31' }, '2026-12-31')).toEqual([
      'Kontrakt trwa do 31.05.2027, a projekt kończy się 31.12.2026.',
    ]);
    expect(pastProjectEnd({ tasks: [undefined, { dueDate: '2027-01-15' }] }, '2026-12-31')).toEqual(
      ['Termin zadania 2 (15.01.2027) przypada po zakończeniu projektu (31.12.2026).'],
    );
  });

  it('a warning only asks to be acknowledged, and only while there is one', () => {
    const warning = { key: 'x', title: 'Uwaga', description: null };
    expect(acknowledgeIssues([], undefined)).toEqual([]);
    expect(acknowledgeIssues([warning], true)).toEqual([]);
    expect(acknowledgeIssues([warning], false)[0]?.path).toEqual(['acknowledged']);
  });
});

describe('withRules: the channel schema and the core rules reported together', () => {
  const schema = withRules(api['contracts.complete'].input, (v) =>
    lifeDateIssues(['date'], v.date, { signedOn }, today),
  );

  it('marks a future date even while another field is still missing', () => {
    const result = schema.safeParse({ id: 1, date: addDays(today, 1), note: null });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toContainEqual(['date', FUTURE_DATE]);
    expect(issues.map(([path]) => path)).toContain('goalsReached');
  });

  it('says a rule the schema also refines on once', () => {
    const evaluation = withRules(api['contracts.addEvaluation'].input, (v) =>
      nextEvaluationIssues(v.date, v.nextEvaluationOn, content),
    );
    const input = {
      id: 1,
      date: today,
      taskProgress: [],
      assessment: 'Bez uwag',
      personKeptObligations: 'yes',
      officeKeptObligations: 'yes',
      result: 'achieved',
      decision: 'continue',
      nextEvaluationOn: today,
    };
    const result = evaluation.safeParse(input);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nextEvaluationOn', 'Następna ocena musi być po dacie tej oceny'],
    ]);
  });

  it("gives the channel's parsed input when everything holds", () => {
    expect(schema.parse({ id: 1, date: today, goalsReached: true, note: '  ' })).toEqual({
      id: 1,
      date: today,
      goalsReached: true,
      note: null,
      endParticipation: false,
    });
  });
});

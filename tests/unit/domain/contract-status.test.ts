import { describe, expect, it } from 'vitest';
import {
  CONTRACT_STATUSES,
  CONTRACT_STATUS_LABELS,
  TERMINATION_REASONS,
  TERMINATION_REASON_LABELS,
  allowedNextStatuses,
  canAmend,
  canEvaluate,
  canTransition,
  contractAlerts,
  formatAmendmentNumber,
  formatContractNumber,
  isEditable,
  type ContractStatus,
} from '../../../src-main/domain/contract-status';

describe('canTransition', () => {
  // Every pair of statuses, written out so a new transition cannot slip in unnoticed.
  it.each<[ContractStatus, ContractStatus, boolean]>([
    ['draft', 'draft', false],
    ['draft', 'signed', true],
    ['draft', 'completed', false],
    ['draft', 'terminated', false],
    ['signed', 'draft', false],
    ['signed', 'signed', false],
    ['signed', 'completed', true],
    ['signed', 'terminated', true],
    ['completed', 'draft', false],
    ['completed', 'signed', false],
    ['completed', 'completed', false],
    ['completed', 'terminated', false],
    ['terminated', 'draft', false],
    ['terminated', 'signed', false],
    ['terminated', 'completed', false],
    ['terminated', 'terminated', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it.each<[ContractStatus, ContractStatus[]]>([
    ['draft', ['signed']],
    ['signed', ['completed', 'terminated']],
    ['completed', []],
    ['terminated', []],
  ])('next after %s: %j', (from, next) => {
    expect(allowedNextStatuses(from)).toEqual(next);
  });
});

describe('what each status allows', () => {
  it.each<[ContractStatus, boolean, boolean, boolean]>([
    // status, editable, amendable, evaluable
    ['draft', true, false, false],
    ['signed', false, true, true],
    ['completed', false, false, false],
    ['terminated', false, false, false],
  ])('%s: edit %s, amend %s, evaluate %s', (status, editable, amendable, evaluable) => {
    expect(isEditable(status)).toBe(editable);
    expect(canAmend(status)).toBe(amendable);
    expect(canEvaluate(status)).toBe(evaluable);
  });
});

describe('labels', () => {
  it('names every status and termination reason in Polish', () => {
    expect(CONTRACT_STATUSES).toEqual(['draft', 'signed', 'completed', 'terminated']);
    expect(CONTRACT_STATUS_LABELS).toEqual({
      draft: 'Szkic',
      signed: 'Zawarty',
      completed: 'Zakończony',
      terminated: 'Rozwiązany',
    });
    expect(TERMINATION_REASONS).toEqual(['resignation', 'breach', 'other']);
    expect(TERMINATION_REASON_LABELS).toEqual({
      resignation: 'rezygnacja osoby',
      breach: 'niedotrzymanie postanowień kontraktu',
      other: 'inna przyczyna',
    });
  });
});

describe('contractAlerts', () => {
  const signed = (periodTo: string, nextEvaluationOn: string | null = null) => ({
    status: 'signed' as const,
    periodTo,
    nextEvaluationOn,
  });

  it.each<[string, string, boolean, boolean]>([
    // today, periodTo, endingSoon, periodEnded
    ['2026-03-20', '2026-03-19', false, true],
    ['2026-03-20', '2026-03-20', true, false],
    ['2026-03-20', '2026-03-21', true, false],
    ['2026-03-20', '2026-04-03', true, false], // today + 14, across the DST change of 29 March
    ['2026-03-20', '2026-04-04', false, false],
    ['2026-03-20', '2026-12-31', false, false],
    ['2026-12-25', '2027-01-08', true, false], // across the new year
    ['2026-12-25', '2027-01-09', false, false],
    ['2026-02-20', '2026-03-06', true, false], // February of 28 days
    ['2026-02-20', '2026-03-07', false, false],
    ['2028-02-20', '2028-03-05', true, false], // February of 29 days
    ['2028-02-20', '2028-03-06', false, false],
    ['2026-01-05', '2025-12-31', false, true],
  ])('today %s, ends %s → ending soon %s, ended %s', (today, periodTo, soon, ended) => {
    const alerts = contractAlerts(signed(periodTo), today);
    expect(alerts.endingSoon).toBe(soon);
    expect(alerts.periodEnded).toBe(ended);
  });

  it.each<[string | null, boolean]>([
    [null, false],
    ['2026-02-01', true],
    ['2026-03-19', true],
    ['2026-03-20', true],
    ['2026-03-21', false],
    ['2026-06-30', false],
  ])('evaluation planned on %s, today 2026-03-20 → due %s', (on, due) => {
    expect(contractAlerts(signed('2026-12-31', on), '2026-03-20').evaluationDue).toBe(due);
  });

  it.each<ContractStatus>(['draft', 'completed', 'terminated'])(
    'gives no alerts for a %s contract',
    (status) => {
      for (const periodTo of ['2026-03-01', '2026-03-25']) {
        expect(
          contractAlerts({ status, periodTo, nextEvaluationOn: '2026-03-01' }, '2026-03-20'),
        ).toEqual({ endingSoon: false, evaluationDue: false, periodEnded: false });
      }
    },
  );

  it('refuses a malformed today', () => {
    expect(() => contractAlerts(signed('2026-03-25'), '20.03.2026')).toThrow(RangeError);
    expect(() => contractAlerts(signed('2026-03-25'), '2026-02-30')).toThrow(RangeError);
  });
});

describe('formatContractNumber', () => {
  it.each<[number, number, string]>([
    [2026, 1, 'KS/2026/0001'],
    [2026, 7, 'KS/2026/0007'],
    [2026, 42, 'KS/2026/0042'],
    [2026, 123, 'KS/2026/0123'],
    [2027, 9999, 'KS/2027/9999'],
    [2027, 10000, 'KS/2027/10000'],
    [2027, 123456, 'KS/2027/123456'],
  ])('%i, %i → %s', (year, seq, expected) => {
    expect(formatContractNumber(year, seq)).toBe(expected);
  });

  it.each<[number, number]>([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [26, 1],
    [20260, 1],
    [2026.5, 1],
  ])('refuses year %s, number %s', (year, seq) => {
    expect(() => formatContractNumber(year, seq)).toThrow(RangeError);
  });
});

describe('formatAmendmentNumber', () => {
  it.each<[string, number, string]>([
    ['KS/2026/0007', 1, 'KS/2026/0007/A/1'],
    ['KS/2026/0007', 2, 'KS/2026/0007/A/2'],
    ['KS/2026/0123', 12, 'KS/2026/0123/A/12'],
  ])('%s, %i → %s', (number, n, expected) => {
    expect(formatAmendmentNumber(number, n)).toBe(expected);
  });

  it.each<[string, number]>([
    ['KS/2026/0007', 0],
    ['KS/2026/0007', -1],
    ['KS/2026/0007', 1.5],
    ['', 1],
    ['  ', 1],
  ])('refuses %j, %s', (number, n) => {
    expect(() => formatAmendmentNumber(number, n)).toThrow(RangeError);
  });
});

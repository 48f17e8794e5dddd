import type { ContractContent } from '../../contract/social-contracts';
import { TASK_PARTY_LABELS } from '../../contract/social-contracts';
import { formatAmount } from '../../domain/amount-in-words';
import { formatDate } from '../../domain/dates';

export interface ContentChange {
  section: string;
  before: string;
  after: string;
}

type Describe = (c: ContractContent) => string;

/**
 * How each part of the contract reads in an amendment's table of changes. An amendment
 * lists a part when its text differs, so the wording is what the signing parties compare.
 */
function sections(instrumentName: (id: number) => string): [string, Describe][] {
  const list = (items: string[]) => (items.length ? items.map((x, i) => `${i + 1}. ${x}`).join('\n') : '—');
  return [
    ['Cel główny', (c) => c.mainGoal],
    ['Cele szczegółowe', (c) => list(c.specificGoals)],
    [
      'Zadania',
      (c) =>
        list(
          c.tasks.map(
            (t) =>
              `${t.description} — ${t.partyName ?? TASK_PARTY_LABELS[t.party]}` +
              (t.dueDate ? `, do ${formatDate(t.dueDate)}` : ''),
          ),
        ),
    ],
    ['Zobowiązania osoby', (c) => list(c.personObligations)],
    ['Zobowiązania ośrodka', (c) => list(c.officeObligations)],
    ['Instrumenty aktywnej integracji', (c) => list(c.instrumentIds.map(instrumentName))],
    [
      'Świadczenia',
      (c) => list(c.benefits.map((b) => `${b.kind}: ${b.purpose}, ${formatAmount(b.amount)}, ${b.when}`)),
    ],
    ['Okres obowiązywania', (c) => `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`],
    [
      'Ocena realizacji',
      (c) =>
        `${c.evaluation.method}; pierwsza ocena ${formatDate(c.evaluation.firstOn)}` +
        (c.evaluation.everyWeeks ? `, następnie co ${c.evaluation.everyWeeks} tyg.` : ''),
    ],
  ];
}

export function describeChanges(
  before: ContractContent,
  after: ContractContent,
  instrumentName: (id: number) => string,
): ContentChange[] {
  return sections(instrumentName)
    .map(([section, describe]) => ({ section, before: describe(before), after: describe(after) }))
    .filter((change) => change.before !== change.after);
}

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
function sections(names: Names): [string, Describe][] {
  const list = (items: string[]) =>
    items.length ? items.map((x, i) => `${i + 1}. ${x}`).join('\n') : '—';
  const labelled = (pairs: [string, string | null][]) =>
    pairs.flatMap(([label, text]) => (text ? [`${label}: ${text}`] : [])).join('\n');
  return [
    [
      'Pracownik socjalny',
      (c) =>
        `${names.staff(c.socialWorkerId)}` +
        (c.socialWorkerPhone ? ` (tel. ${c.socialWorkerPhone})` : ''),
    ],
    [
      'Ocena sytuacji',
      (c) =>
        labelled([
          ['Przyczyny', c.assessment.causes],
          ['Zasoby', c.assessment.resources],
          ['Ograniczenia', c.assessment.limitations],
          ['Okres bez pracy', c.assessment.timeWithoutWork],
          ['Wcześniejsza aktywizacja', c.assessment.earlierActivation],
        ]),
    ],
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
    ['Instrumenty aktywnej integracji', (c) => list(c.instrumentIds.map(names.instrument))],
    [
      'Świadczenia',
      (c) =>
        list(
          c.benefits.map((b) => `${b.kind}: ${b.purpose}, ${formatAmount(b.amount)}, ${b.when}`),
        ),
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

/** Names of the records a content refers to by id. */
export interface Names {
  instrument: (id: number) => string;
  staff: (id: number) => string;
}

export function describeChanges(
  before: ContractContent,
  after: ContractContent,
  names: Names,
): ContentChange[] {
  return sections(names)
    .map(([section, describe]) => ({ section, before: describe(before), after: describe(after) }))
    .filter((change) => change.before !== change.after);
}

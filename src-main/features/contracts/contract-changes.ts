import type { ContractContent } from '../../contract/social-contracts';
import { TASK_PARTY_LABELS } from '../../contract/social-contracts';
import { amountInWords, formatAmount } from '../../domain/amount-in-words';
import { formatDate } from '../../domain/dates';

export interface ContentChange {
  section: string;
  before: string;
  after: string;
}

/**
 * How each part of the contract reads in an amendment's table of changes. A part given as
 * text is listed whole when it differs; a part given as a list (tasks, obligations,
 * benefits…) lists only the items removed and added, so the parties compare what changed
 * rather than two long lists.
 */
type Part =
  | { section: string; kind: 'text'; describe: (c: ContractContent) => string }
  | { section: string; kind: 'list'; items: (c: ContractContent) => string[] };

const text = (section: string, describe: (c: ContractContent) => string): Part => ({
  section,
  kind: 'text',
  describe,
});
const list = (section: string, items: (c: ContractContent) => string[]): Part => ({
  section,
  kind: 'list',
  items,
});

function parts(names: Names): Part[] {
  const a = (c: ContractContent) => c.assessment;
  const staff = (id: number) => names.staff.get(id) ?? `#${id}`;
  const instrument = (id: number) => names.instruments.get(id) ?? `#${id}`;
  return [
    text(
      'Pracownik socjalny',
      (c) =>
        `${staff(c.socialWorkerId)}` +
        (c.socialWorkerPhone ? ` (tel. ${c.socialWorkerPhone})` : ''),
    ),
    text('Ocena sytuacji — przyczyny', (c) => a(c).causes),
    text('Ocena sytuacji — zasoby', (c) => a(c).resources),
    text('Ocena sytuacji — ograniczenia', (c) => a(c).limitations),
    text('Ocena sytuacji — okres bez pracy', (c) => a(c).timeWithoutWork ?? '—'),
    text('Ocena sytuacji — wcześniejsza aktywizacja', (c) => a(c).earlierActivation ?? '—'),
    text('Skierowanie z PUP', (c) => {
      const r = c.labourOfficeReferral;
      if (!r) return '—';
      return [r.date && `z dnia ${formatDate(r.date)}`, r.number && `nr ${r.number}`]
        .filter(Boolean)
        .join(', ');
    }),
    text('Cel główny', (c) => c.mainGoal),
    list('Cele szczegółowe', (c) => c.specificGoals),
    list('Zadania', (c) =>
      c.tasks.map(
        (t) =>
          `${t.description} — ${t.partyName ?? TASK_PARTY_LABELS[t.party]}` +
          (t.dueDate ? `, do ${formatDate(t.dueDate)}` : ''),
      ),
    ),
    list('Zobowiązania osoby', (c) => c.personObligations),
    list('Zobowiązania ośrodka', (c) => c.officeObligations),
    list('Instrumenty aktywnej integracji', (c) => c.instrumentIds.map(instrument)),
    list('Planowane świadczenia', (c) =>
      c.benefits.map(
        (b) =>
          `${b.kind}: ${b.purpose}, ${formatAmount(b.amount)} (słownie: ${amountInWords(b.amount)}), ${b.when}`,
      ),
    ),
    text('Okres obowiązywania', (c) => `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`),
    text(
      'Ocena realizacji',
      (c) =>
        `${c.evaluation.method}; pierwsza ocena ${formatDate(c.evaluation.firstOn)}` +
        (c.evaluation.everyWeeks ? `, następnie co ${c.evaluation.everyWeeks} tyg.` : ''),
    ),
  ];
}

/**
 * Names of the records the two contents refer to by id, read beforehand by the caller; an id
 * missing from its map reads as `#<id>`.
 */
export interface Names {
  instruments: ReadonlyMap<number, string>;
  staff: ReadonlyMap<number, string>;
}

const bullets = (items: string[]): string =>
  items.length ? items.map((x) => `• ${x}`).join('\n') : '—';

/** Items of `from` missing in `to`, each as often as it is missing (a multiset difference). */
function missing(from: string[], to: string[]): string[] {
  const left = [...to];
  return from.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

export function describeChanges(
  before: ContractContent,
  after: ContractContent,
  names: Names,
): ContentChange[] {
  return parts(names).flatMap((part): ContentChange[] => {
    if (part.kind === 'text') {
      const [b, a] = [part.describe(before), part.describe(after)];
      return b === a ? [] : [{ section: part.section, before: b, after: a }];
    }
    const [b, a] = [part.items(before), part.items(after)];
    const removed = missing(b, a);
    const added = missing(a, b);
    if (removed.length === 0 && added.length === 0) return [];
    return [
      {
        section: part.section,
        before: bullets(removed),
        after: bullets(added),
      },
    ];
  });
}

import type { Content } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { TASK_PARTY_LABELS } from '../../src-main/contract/social-contracts';
import { amountInWords, formatAmount } from '../../src-main/domain/amount-in-words';
import { formatDate } from '../../src-main/domain/dates';
import {
  INSTRUMENT_GROUPS,
  INSTRUMENT_GROUP_LABELS,
} from '../../src-main/domain/integration-instruments';
import { plural } from '../../src-main/domain/plural';
import { personName } from './contract-parties';
import { DASH, dataTable, heading, numbered, textOr } from './parts';

/** Parts I and II of the model form, one function per section. */

type Data = ContractDocumentData;
type Terms = Data['content'];
type Task = Terms['tasks'][number];
type Benefit = Terms['benefits'][number];

const section = (label: string, body: Content | Content[]): Content[] => [
  heading(label, 'label'),
  ...(Array.isArray(body) ? body : [body]),
];

const paragraph = (text: string | null): Content => ({ text: textOr(text), style: 'paragraph' });

/** Part I: the assessment of the situation (variant B adds the time without work). */
export function assessmentPart(content: Terms): Content[] {
  const a = content.assessment;
  const items: [string, string | null][] = [
    ['Przyczyny trudnej sytuacji życiowej:', a.causes],
    ['Zasoby, możliwości i mocne strony:', a.resources],
    ['Ograniczenia i bariery:', a.limitations],
  ];
  if (content.variant === 'B') {
    items.push(
      ['Okres pozostawania bez pracy:', a.timeWithoutWork],
      ['Dotychczasowe formy aktywizacji i przyczyny ich nieskuteczności:', a.earlierActivation],
    );
  }
  return [
    heading('I. Ocena sytuacji', 'partHeading'),
    ...items.flatMap(([label, text], i) => section(`${i + 1}. ${label}`, paragraph(text))),
  ];
}

function whoDoesIt(task: Task): string {
  const label = TASK_PARTY_LABELS[task.party];
  return task.partyName ? `${label}: ${task.partyName}` : label;
}

export function tasksTable(tasks: readonly Task[]): Content {
  if (tasks.length === 0) return paragraph(null);
  return dataTable({
    widths: [20, '*', 100, 56, 100],
    header: ['Lp.', 'Zadanie', 'Kto realizuje', 'Termin', 'Uwagi'],
    rows: tasks.map((t, i) => [
      `${i + 1}.`,
      t.description,
      whoDoesIt(t),
      t.dueDate ? formatDate(t.dueDate) : DASH,
      textOr(t.notes, ''),
    ]),
    keepRowsWhole: true,
  });
}

/** "150,00 zł (słownie: sto pięćdziesiąt złotych 00/100)" */
export const amountWithWords = (grosze: number): string =>
  `${formatAmount(grosze)} (słownie: ${amountInWords(grosze)})`;

const benefitLine = (b: Benefit): Content => ({
  text: [
    { text: b.kind, bold: true },
    ` — ${b.purpose}: ${amountWithWords(b.amount)}, termin: ${b.when}`,
  ],
});

/** The integration instruments grouped as in the catalogue, and the benefits. */
export function supportSection(data: Data): Content[] {
  const groups = INSTRUMENT_GROUPS.map((group) => ({
    label: INSTRUMENT_GROUP_LABELS[group],
    names: data.instruments.filter((i) => i.group === group).map((i) => i.name),
  })).filter((g) => g.names.length > 0);
  const benefits = data.content.benefits;
  const body: Content[] = [];
  if (groups.length > 0) {
    body.push(
      { text: 'Instrumenty aktywnej integracji:', margin: [0, 0, 0, 2] },
      {
        ul: groups.map((g) => ({
          text: [{ text: `instrumenty ${g.label}: `, italics: true }, g.names.join('; ')],
        })),
        margin: [8, 0, 0, 4],
      },
    );
  }
  if (benefits.length > 0) {
    body.push(
      { text: 'Świadczenia:', margin: [0, 0, 0, 2] },
      { ol: benefits.map(benefitLine), margin: [8, 0, 0, 4] },
    );
  }
  return section('6. Wsparcie udzielane przez ośrodek:', body.length > 0 ? body : paragraph(null));
}

function evaluationSentence(e: Terms['evaluation']): string {
  const method = e.method.trim().replace(/[.;,]+$/, '');
  const every =
    e.everyWeeks === null
      ? ''
      : e.everyWeeks === 1
        ? ', następnie co tydzień'
        : `, następnie co ${e.everyWeeks} ${plural(e.everyWeeks, 'tydzień', 'tygodnie', 'tygodni')}`;
  return `${method}, pierwsza ocena ${formatDate(e.firstOn)}${every}.`;
}

/** Part II: goals, tasks, obligations, support, period and evaluation. */
export function arrangementsPart(data: Data): Content[] {
  const c = data.content;
  return [
    heading('II. Ustalenia', 'partHeading'),
    ...section('1. Cel główny:', paragraph(c.mainGoal)),
    ...section('2. Cele szczegółowe:', numbered(c.specificGoals)),
    ...section('3. Zadania do realizacji:', tasksTable(c.tasks)),
    ...section(`4. ${personName(data.person)} zobowiązuje się do:`, numbered(c.personObligations)),
    ...section('5. Ośrodek zobowiązuje się do:', numbered(c.officeObligations)),
    ...supportSection(data),
    ...section(
      '7. Okres obowiązywania:',
      paragraph(
        `Kontrakt zawiera się na okres od ${formatDate(c.periodFrom)} do ${formatDate(c.periodTo)}.`,
      ),
    ),
    {
      text: [
        { text: '8. Ocena realizacji kontraktu: ', bold: true },
        evaluationSentence(c.evaluation),
      ],
      margin: [0, 6, 0, 0],
    },
  ];
}

export const CONSEQUENCES_CLAUSE =
  'Niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej).';

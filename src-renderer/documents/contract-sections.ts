import type { Content } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { TASK_PARTY_LABELS } from '../../src-main/contract/social-contracts';
import { amountInWords, formatAmount } from '../../src-main/domain/amount-in-words';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import {
  INSTRUMENT_GROUPS,
  INSTRUMENT_GROUP_LABELS,
} from '../../src-main/domain/integration-instruments';
import { plural } from '../../src-main/domain/plural';
import { FULL_COPY, personName, type ContractCopy } from './contract-parties';
import { DASH, dataTable, heading, numbered, textOr } from './parts';

/**
 * Part I of the model form (I A — a person or family in a difficult life situation; I B —
 * an unemployed person), one function per section, and the final provisions.
 */

type Data = ContractDocumentData;
type Terms = Data['content'];
type Task = Terms['tasks'][number];
type Benefit = Terms['benefits'][number];

/** The act cited once in full; later mentions say "ustawy o pomocy społecznej". */
export const ACT = 'ustawy z dnia 12 marca 2004 r. o pomocy społecznej';

const section = (label: string, body: Content | Content[]): Content[] => [
  heading(label, 'label'),
  ...(Array.isArray(body) ? body : [body]),
];

const paragraph = (text: string | null): Content => ({ text: textOr(text), style: 'paragraph' });

/**
 * The assessment's wording per variant — variant B speaks of unemployment, as the model's
 * part I B does. The editor and the contract screen use the same labels as the paper.
 */
export const ASSESSMENT_LABELS = {
  A: {
    title: 'Ocena sytuacji życiowej',
    causes: 'Przyczyny trudnej sytuacji życiowej',
    resources: 'Zasoby, możliwości i mocne strony osoby/rodziny',
    limitations: 'Ograniczenia i bariery w rozwiązaniu trudnej sytuacji',
  },
  B: {
    title: 'Ocena sytuacji zawodowej',
    causes: 'Przyczyny pozostawania bez pracy',
    resources: 'Zasoby i możliwości (wykształcenie, kwalifikacje, doświadczenie zawodowe)',
    limitations: 'Ograniczenia i bariery w podjęciu zatrudnienia',
    timeWithoutWork: 'Okres pozostawania bez pracy',
    earlierActivation: 'Dotychczasowe formy aktywizacji i przyczyny ich nieskuteczności',
  },
} as const;

function assessmentItems(content: Terms): [string, string | null][] {
  const a = content.assessment;
  const common = (l: (typeof ASSESSMENT_LABELS)['A' | 'B']): [string, string | null][] => [
    [`${l.causes}:`, a.causes],
    [`${l.resources}:`, a.resources],
    [`${l.limitations}:`, a.limitations],
  ];
  if (content.variant === 'A') return common(ASSESSMENT_LABELS.A);
  const b = ASSESSMENT_LABELS.B;
  return [
    ...common(b),
    [`${b.timeWithoutWork}:`, a.timeWithoutWork],
    [`${b.earlierActivation}:`, a.earlierActivation],
  ];
}

function referralLine(content: Terms): Content[] {
  if (content.variant !== 'B') return [];
  const r = content.labourOfficeReferral;
  const text = r
    ? [r.date ? `z dnia ${formatDate(r.date)}` : null, r.number ? `nr ${r.number}` : null]
        .filter(Boolean)
        .join(', ')
    : 'nie dotyczy';
  return [
    {
      text: [{ text: 'Skierowanie z powiatowego urzędu pracy: ', bold: true }, text],
      style: 'paragraph',
      margin: [0, 4, 0, 2],
    },
  ];
}

/** The assessment of the situation; a family member's copy leaves it out. */
export function assessmentPart(content: Terms, copy: ContractCopy = FULL_COPY): Content[] {
  const title = ASSESSMENT_LABELS[content.variant].title;
  if (copy.kind === 'familyMember')
    return [
      heading(title, 'partHeading'),
      {
        text: 'Pominięto w tym egzemplarzu: ocena sytuacji zawiera dane szczególnie chronione i znajduje się w egzemplarzach osoby zawierającej kontrakt i ośrodka.',
        style: 'paragraph',
        italics: true,
      },
    ];
  return [
    heading(title, 'partHeading'),
    ...referralLine(content),
    ...assessmentItems(content).flatMap(([label, text], i) =>
      section(`${i + 1}. ${label}`, paragraph(text)),
    ),
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
    ` — ${b.purpose}: planowana kwota ${amountWithWords(b.amount)}, planowany termin: ${b.when}`,
  ],
});

/**
 * The support: integration instruments as agreed, and the benefits the worker plans to
 * propose. A contract grants no benefit — they are granted by administrative decision on
 * the statutory conditions — so they print as planned, never as promised.
 */
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
      {
        text: 'Planowane świadczenia, których przyznanie pracownik socjalny zaproponuje — przyznawane w drodze decyzji administracyjnej, na warunkach określonych w ustawie o pomocy społecznej:',
        margin: [0, 0, 0, 2],
      },
      { ol: benefits.map(benefitLine), margin: [8, 0, 0, 4] },
    );
  }
  return section('6. Planowane wsparcie:', body.length > 0 ? body : paragraph(null));
}

function evaluationSentence(e: Terms['evaluation']): string {
  const method = e.method.trim().replace(/[.;,]+$/, '');
  const every =
    e.everyWeeks === null
      ? ''
      : e.everyWeeks === 1
        ? ', następnie co tydzień'
        : `, następnie co ${e.everyWeeks} ${plural(e.everyWeeks, 'tydzień', 'tygodnie', 'tygodni')}`;
  return `${method}; pierwsza ocena ${formatDate(e.firstOn)}${every}. Ocenę realizacji kontraktu przeprowadzają obie strony.`;
}

/** Goals, tasks, obligations, support, period and evaluation. */
export function arrangementsPart(data: Data): Content[] {
  const c = data.content;
  return [
    heading('Ustalenia stron', 'partHeading'),
    ...section('1. Cel główny:', paragraph(c.mainGoal)),
    ...section('2. Cele szczegółowe:', numbered(c.specificGoals)),
    ...section('3. Zadania do realizacji:', tasksTable(c.tasks)),
    ...section(`4. ${personName(data.person)} zobowiązuje się do:`, numbered(c.personObligations)),
    ...section('5. Ośrodek pomocy społecznej zobowiązuje się do:', numbered(c.officeObligations)),
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

const COPY_COUNT = ['', 'jednym', 'dwóch', 'trzech', 'czterech', 'pięciu', 'sześciu', 'siedmiu'];

/** "w trzech jednobrzmiących egzemplarzach: po jednym dla …" */
export function copiesSentence(familyMembers: number, what: 'Kontrakt' | 'Aneks'): string {
  const count = 2 + familyMembers;
  const inWords = COPY_COUNT[count] ?? String(count);
  const family = familyMembers > 0 ? ' i dla każdego członka rodziny będącego jego stroną' : '';
  return `${what} sporządzono w ${inWords} jednobrzmiących egzemplarzach, po jednym dla osoby zawierającej kontrakt, dla ośrodka pomocy społecznej${family}.`;
}

/**
 * The final provisions the model leaves to the parties: the legal basis (cited once), the
 * benefits' legal footing, the consequences of not keeping the contract (art. 11 ust. 2),
 * amendment and ending, disputes, copies.
 */
export function finalProvisions(data: Data): Content[] {
  const items = [
    `Kontrakt zawiera się na podstawie art. 108 ${ACT}.`,
    'Kontrakt nie stanowi decyzji o przyznaniu świadczenia; świadczenia z pomocy społecznej przyznaje się w drodze decyzji administracyjnej.',
    'Niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy o pomocy społecznej).',
    'Zmiana kontraktu wymaga formy pisemnej — aneksu podpisanego przez strony.',
    'Kontrakt wygasa z upływem okresu, na który został zawarty, albo po osiągnięciu jego celów; może zostać rozwiązany wcześniej, w szczególności gdy osoba zawierająca kontrakt nie dotrzymuje jego postanowień lub rezygnuje ze współpracy.',
    'Kwestie sporne wynikające z realizacji kontraktu rozstrzyga kierownik ośrodka pomocy społecznej.',
    copiesSentence(data.familyParties.length, 'Kontrakt'),
  ];
  return [heading('Postanowienia końcowe', 'partHeading'), { ol: items, style: 'clause' }];
}

/** "zawartego 8 listopada 2026 r." */
export const concludedOnWords = (data: Data): string =>
  `zawartego ${formatDateLong(data.content.concludedOn)}`;

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EvaluationDocumentData } from '../../src-main/contract/documents';
import {
  EVALUATION_DECISION_LABELS,
  EVALUATION_RESULT_LABELS,
  OBLIGATIONS_KEPT_LABELS,
} from '../../src-main/contract/social-contracts';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import { contractNumber, personName, partySignatures } from './contract-parties';
import { concludedOnWords } from './contract-sections';
import { documentDefinition, type PrintedDocument } from './page-frame';
import {
  closingWithSignatures,
  dataTable,
  documentHeading,
  heading,
  labelled,
  textOr,
} from './parts';

/**
 * Part II of the model form: the evaluation of the contract, done by both parties — the
 * progress of tasks and goals, the worker's and the person's assessments, whether each side
 * kept its obligations, the result and the decision. A sanction under art. 11 ust. 2 rests
 * on this record, so both sign it.
 */

type Status = EvaluationDocumentData['taskProgress'][number]['status'];

export const TASK_STATUS_LABELS: Record<Status, string> = {
  done: 'Zrealizowane',
  inProgress: 'W trakcie',
  notDone: 'Niezrealizowane',
};

/** A choice printed as its label; sheets issued before the field existed print a dash. */
const label = <K extends string>(labels: Record<K, string>, value: K | undefined): string =>
  value ? labels[value] : textOr(null);

function evaluationBody(data: EvaluationDocumentData): Content[] {
  const contract = data.contract;
  const c = contract.content;
  const number = contractNumber(contract) ?? '';
  return [
    documentHeading({
      office: contract.office,
      number: `Ocena z dnia ${formatDate(data.date)}`,
      lines: [`kontraktu socjalnego nr ${number}`],
      copyLabel: null,
    }),
    { text: 'OCENA REALIZACJI KONTRAKTU SOCJALNEGO', style: 'title' },
    {
      text: `nr ${number} ${concludedOnWords(contract)}`,
      style: 'subtitle',
    },
    {
      text: `ocena przeprowadzona przez strony w dniu ${formatDateLong(data.date)}`,
      style: 'subtitle',
      margin: [40, 2, 40, 14],
    },
    labelled('Osoba zawierająca kontrakt:', personName(contract.person)),
    labelled('Pracownik socjalny:', contract.socialWorker.name),
    labelled('Okres kontraktu:', `od ${formatDate(c.periodFrom)} do ${formatDate(c.periodTo)}`),
    labelled('Cel główny:', c.mainGoal),
    heading('1. Realizacja zadań', 'partHeading'),
    data.taskProgress.length > 0
      ? dataTable({
          widths: [20, '*', 80, 150],
          header: ['Lp.', 'Zadanie', 'Stan realizacji', 'Komentarz'],
          rows: data.taskProgress.map((t, i) => [
            `${i + 1}.`,
            t.task,
            TASK_STATUS_LABELS[t.status],
            textOr(t.comment, ''),
          ]),
          keepRowsWhole: false,
        })
      : { text: textOr(null), style: 'paragraph' },
    heading('2. Realizacja celów', 'partHeading'),
    data.goalProgress.length > 0
      ? dataTable({
          widths: [20, '*', '*'],
          header: ['Lp.', 'Cel', 'Ocena postępu'],
          rows: data.goalProgress.map((g, i) => [`${i + 1}.`, g.goal, g.comment]),
          keepRowsWhole: false,
        })
      : { text: textOr(null), style: 'paragraph' },
    heading('3. Ocena pracownika socjalnego', 'partHeading'),
    { text: textOr(data.assessment), style: 'paragraph' },
    heading('4. Ocena i uwagi osoby zawierającej kontrakt', 'partHeading'),
    { text: textOr(data.personAssessment), style: 'paragraph' },
    closingWithSignatures(
      [
        heading('5. Ustalenia stron', 'partHeading'),
        labelled(
          'Osoba zawierająca kontrakt dotrzymała zobowiązań:',
          label(OBLIGATIONS_KEPT_LABELS, data.personKeptObligations),
        ),
        labelled(
          'Ośrodek pomocy społecznej dotrzymał zobowiązań:',
          label(OBLIGATIONS_KEPT_LABELS, data.officeKeptObligations),
        ),
        labelled('Kontrakt dotychczas:', label(EVALUATION_RESULT_LABELS, data.result)),
        labelled('Decyzja stron:', label(EVALUATION_DECISION_LABELS, data.decision)),
        labelled(
          'Termin następnej oceny:',
          data.nextEvaluationOn ? formatDate(data.nextEvaluationOn) : 'nie wyznaczono',
        ),
      ],
      partySignatures(contract),
    ),
  ];
}

export function evaluationDocument(data: EvaluationDocumentData): PrintedDocument {
  const number = contractNumber(data.contract) ?? '';
  const title = `Ocena realizacji kontraktu socjalnego nr ${number} z dnia ${formatDate(data.date)}`;
  return {
    frame: {
      title,
      author: data.contract.office.name,
      orientation: 'portrait',
      project: data.contract.project,
    },
    copies: [{ footer: title, body: evaluationBody(data) }],
  };
}

export function buildEvaluationSheet(data: EvaluationDocumentData): TDocumentDefinitions {
  return documentDefinition(evaluationDocument(data));
}

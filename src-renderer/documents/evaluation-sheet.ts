import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EvaluationDocumentData } from '../../src-main/contract/documents';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import { contractNumber, personName, partySignatures } from './contract-parties';
import {
  closingWithSignatures,
  dataTable,
  documentDefinition,
  documentHeading,
  heading,
  labelled,
  textOr,
} from './parts';

/** An evaluation sheet: progress per task and goal, the worker's assessment, the next date. */

type Status = EvaluationDocumentData['taskProgress'][number]['status'];

export const TASK_STATUS_LABELS: Record<Status, string> = {
  done: 'Zrealizowane',
  inProgress: 'W trakcie',
  notDone: 'Niezrealizowane',
};

function evaluationBody(data: EvaluationDocumentData): Content[] {
  const contract = data.contract;
  const c = contract.content;
  return [
    documentHeading({
      office: contract.office,
      number: `Nr ${contractNumber(contract)}`,
      copyLabel: null,
    }),
    { text: 'OCENA REALIZACJI KONTRAKTU SOCJALNEGO', style: 'title' },
    {
      text: `nr ${contractNumber(contract)} zawartego w dniu ${formatDateLong(c.concludedOn)}`,
      style: 'subtitle',
      margin: [0, 2, 0, 14],
    },
    labelled('Data oceny:', formatDate(data.date)),
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
    closingWithSignatures(
      [
        heading('4. Termin następnej oceny', 'partHeading'),
        {
          text: data.nextEvaluationOn ? formatDate(data.nextEvaluationOn) : 'nie wyznaczono',
          style: 'paragraph',
        },
      ],
      partySignatures(contract),
    ),
  ];
}

export function buildEvaluationSheet(data: EvaluationDocumentData): TDocumentDefinitions {
  const number = contractNumber(data.contract);
  return documentDefinition({
    title: `Ocena realizacji kontraktu socjalnego nr ${number} z dnia ${formatDate(data.date)}`,
    footerLabel: `Ocena realizacji kontraktu socjalnego nr ${number} z dnia ${formatDate(data.date)}`,
    office: data.contract.office,
    project: data.contract.project,
    body: () => evaluationBody(data),
  });
}

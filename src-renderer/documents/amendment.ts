import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AmendmentDocumentData } from '../../src-main/contract/documents';
import { formatDateLong } from '../../src-main/domain/dates';
import { contractNumber, partiesBlock, partySignatures } from './contract-parties';
import {
  closingWithSignatures,
  dataTable,
  documentDefinition,
  documentHeading,
  heading,
  textOr,
} from './parts';

/** An amendment (aneks) to a social contract: numbered, dated, saying what changes. */

function amendmentBody(data: AmendmentDocumentData): Content[] {
  const contract = data.contract;
  const number = contractNumber(contract);
  return [
    documentHeading({
      office: contract.office,
      number: `Nr ${number}`,
      copyLabel: null,
    }),
    { text: `ANEKS NR ${data.number}`, style: 'title' },
    {
      text: `do kontraktu socjalnego nr ${number} zawartego w dniu ${formatDateLong(contract.content.concludedOn)}`,
      style: 'subtitle',
    },
    {
      text: `sporządzony w dniu ${formatDateLong(data.date)} w miejscowości ${contract.content.concludedPlace} pomiędzy:`,
      margin: [0, 14, 0, 2],
    },
    ...partiesBlock(contract),
    heading('§ 1.', 'paragraphMark'),
    {
      text: 'Strony zgodnie postanawiają wprowadzić do kontraktu socjalnego następujące zmiany:',
      style: 'paragraph',
    },
    { text: textOr(data.description), style: 'paragraph', margin: [0, 2, 0, 6] },
    dataTable({
      widths: [110, '*', '*'],
      header: ['Część', 'Było', 'Jest'],
      rows: data.changes.map((c) => [c.section, textOr(c.before), textOr(c.after)]),
      // A change may quote a whole assessment, longer than a page: rows may break.
      keepRowsWhole: false,
    }),
    heading('§ 2.', 'paragraphMark'),
    {
      text: 'Pozostałe postanowienia kontraktu socjalnego nie ulegają zmianie.',
      style: 'paragraph',
    },
    closingWithSignatures(
      [
        { text: '§ 3.', style: 'paragraphMark' },
        {
          text: 'Aneks sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla osoby zawierającej kontrakt i dla ośrodka. Aneks stanowi integralną część kontraktu socjalnego.',
          style: 'paragraph',
        },
      ],
      partySignatures(contract),
    ),
  ];
}

export function buildAmendment(data: AmendmentDocumentData): TDocumentDefinitions {
  const label = `Aneks nr ${data.number} do kontraktu socjalnego nr ${contractNumber(data.contract)}`;
  return documentDefinition({
    title: label,
    footerLabel: label,
    office: data.contract.office,
    project: data.contract.project,
    body: () => amendmentBody(data),
  });
}

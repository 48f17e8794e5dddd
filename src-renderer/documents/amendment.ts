import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AmendmentDocumentData } from '../../src-main/contract/documents';
import { formatDateLong } from '../../src-main/domain/dates';
import { contractNumber, partiesBlock, partySignatures } from './contract-parties';
import { concludedOnWords, copiesSentence } from './contract-sections';
import { documentDefinition, type PrintedDocument } from './page-frame';
import { closingWithSignatures, dataTable, documentHeading, heading, textOr } from './parts';

/** An amendment (aneks) to a social contract: numbered, dated, listing what changes. */

/** "KS/2026/0007/A/2" → "2": the amendment's own number within its contract. */
export function amendmentSeq(data: AmendmentDocumentData): string {
  return /\/A\/(\d+)$/.exec(data.number)?.[1] ?? data.number;
}

/** Above this a change is cut into rows that each name their part ("… (cd.)"). */
const ROW_CHARS = 900;

/**
 * Rows of the table of changes, each short enough to stay whole on a page, so a part's
 * name is always beside its text — also where a long change runs onto the next page.
 */
function changeRows(changes: AmendmentDocumentData['changes']): string[][] {
  return changes.flatMap((c) => {
    const before = chunks(c.before);
    const after = chunks(c.after);
    const rows = Math.max(before.length, after.length);
    return Array.from({ length: rows }, (_, i) => [
      i === 0 ? c.section : `${c.section} (cd.)`,
      textOr(before[i], i === 0 ? undefined : ''),
      textOr(after[i], i === 0 ? undefined : ''),
    ]);
  });
}

function chunks(text: string): string[] {
  if (text.length <= ROW_CHARS) return [text];
  const out: string[] = [];
  let current = '';
  // Cut at line ends, or between words in a very long line.
  for (const piece of text.split(/(?<=\n)|(?<= )/)) {
    if (current.length + piece.length > ROW_CHARS && current) {
      out.push(current.trimEnd());
      current = '';
    }
    current += piece;
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}

function amendmentBody(data: AmendmentDocumentData): Content[] {
  const contract = data.contract;
  const number = contractNumber(contract) ?? '';
  const seq = amendmentSeq(data);
  const effectiveFrom = data.effectiveFrom ?? data.date;
  return [
    documentHeading({
      office: contract.office,
      number: `Aneks nr ${seq}`,
      lines: [`do kontraktu socjalnego nr ${number}`],
      copyLabel: null,
    }),
    { text: `ANEKS NR ${seq}`, style: 'title' },
    {
      text: `do kontraktu socjalnego nr ${number} ${concludedOnWords(contract)}`,
      style: 'subtitle',
    },
    {
      text: `zawarty w dniu ${formatDateLong(data.date)} w miejscowości ${contract.content.concludedPlace} pomiędzy:`,
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
      header: ['Część kontraktu', 'Dotychczasowe brzmienie', 'Nowe brzmienie'],
      rows: changeRows(data.changes),
      keepRowsWhole: true,
    }),
    closingWithSignatures(
      [
        { text: '§ 2.', style: 'paragraphMark' },
        {
          // formatDateLong ends with "r." — that full stop ends the sentence too.
          text: `Aneks wchodzi w życie z dniem ${formatDateLong(effectiveFrom)} Pozostałe postanowienia kontraktu socjalnego nie ulegają zmianie.`,
          style: 'paragraph',
        },
        { text: '§ 3.', style: 'paragraphMark' },
        {
          text: `${copiesSentence(contract.familyParties.length, 'Aneks')} Aneks stanowi integralną część kontraktu socjalnego.`,
          style: 'paragraph',
        },
      ],
      partySignatures(contract),
    ),
  ];
}

export function amendmentDocument(data: AmendmentDocumentData): PrintedDocument {
  const label = `Aneks nr ${amendmentSeq(data)} do kontraktu socjalnego nr ${contractNumber(data.contract) ?? ''}`;
  return {
    frame: {
      title: label,
      author: data.contract.office.name,
      orientation: 'portrait',
      project: data.contract.project,
    },
    copies: [{ footer: label, body: amendmentBody(data) }],
  };
}

export function buildAmendment(data: AmendmentDocumentData): TDocumentDefinitions {
  return documentDefinition(amendmentDocument(data));
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import {
  contractNumber,
  FULL_COPY,
  fullName,
  partiesBlock,
  partySignatures,
  type ContractCopy,
} from './contract-parties';
import { arrangementsPart, assessmentPart, finalProvisions } from './contract-sections';
import { documentDefinition, type PrintedDocument } from './page-frame';
import { closingWithSignatures, documentHeading } from './parts';

/**
 * The social contract for signature (kontrakt socjalny, art. 108 ustawy o pomocy
 * społecznej), laid out after the model form of the Rozporządzenie MPiPS z 8 listopada
 * 2010 r. (Dz.U. 2010 Nr 218 poz. 1439): part I A for a person or a family in a difficult
 * life situation, part I B for an unemployed person. Part II (the evaluation, by both
 * parties) is the evaluation sheet.
 */

export const COPY_LABELS = [
  'Egzemplarz osoby zawierającej kontrakt',
  'Egzemplarz ośrodka',
] as const;

/** The model's wording of what the contract is for, under the title. */
export function variantWording(data: ContractDocumentData): string {
  if (data.content.variant === 'B') {
    return 'określający sposób współdziałania w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu';
  }
  const whose = data.familyParties.length > 0 ? 'rodziny' : 'osoby';
  return `określający sposób współdziałania w zakresie rozwiązywania trudnej sytuacji życiowej ${whose}`;
}

/**
 * "… w miejscowości Zielona Dolina": the place is kept as typed (the nominative) and
 * a program cannot put every Polish place name into the locative.
 */
export const concludedLine = (data: ContractDocumentData): string =>
  `zawarty w dniu ${formatDateLong(data.content.concludedOn)} w miejscowości ${data.content.concludedPlace} pomiędzy:`;

function contractBody(data: ContractDocumentData, copy: ContractCopy): Content[] {
  return [
    documentHeading({
      office: data.office,
      // A draft has no number line: nothing on it looks signable.
      number: data.number ? `Nr ${data.number}` : null,
      lines: ['Data zawarcia kontraktu socjalnego:', formatDate(data.content.concludedOn)],
      copyLabel: copy.label,
    }),
    { text: 'KONTRAKT SOCJALNY', style: 'title' },
    { text: variantWording(data), style: 'subtitle' },
    { text: concludedLine(data), margin: [0, 14, 0, 2] },
    ...partiesBlock(data, copy),
    ...assessmentPart(data.content, copy),
    ...arrangementsPart(data),
    // The last terms and the signatures stay on one page: no page of signatures alone.
    closingWithSignatures(finalProvisions(data), partySignatures(data)),
  ];
}

/** A copy for each family member: shorter, without what that member does not need. */
export function familyCopies(data: ContractDocumentData): ContractCopy[] {
  return data.familyParties.map((f, index) => ({
    kind: 'familyMember',
    index,
    label: `Egzemplarz członka rodziny: ${fullName(f)}`,
  }));
}

/**
 * One copy, or the person's and the office's together (`copies: 2`: the same text under
 * two labels). A family member's copy is a document of its own.
 */
export function socialContractDocument(
  data: ContractDocumentData,
  options: { copies?: 1 | 2; copy?: ContractCopy } = {},
): PrintedDocument {
  const number = contractNumber(data);
  const copies: ContractCopy[] =
    options.copies === 2
      ? COPY_LABELS.map((label) => ({ kind: 'full', label }))
      : [options.copy ?? FULL_COPY];
  const label = number ? `Kontrakt socjalny nr ${number}` : 'Kontrakt socjalny — projekt';
  return {
    frame: {
      title: label,
      author: data.office.name,
      orientation: 'portrait',
      project: data.project,
      draft: number === null,
    },
    copies: copies.map((copy) => ({
      footer: copy.label ? `${label} · ${copy.label}` : label,
      body: contractBody(data, copy),
    })),
  };
}

export function buildSocialContract(
  data: ContractDocumentData,
  options: { copies?: 1 | 2; copy?: ContractCopy } = {},
): TDocumentDefinitions {
  return documentDefinition(socialContractDocument(data, options));
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { formatDateLong } from '../../src-main/domain/dates';
import { contractNumber, partiesBlock, partySignatures } from './contract-parties';
import { arrangementsPart, assessmentPart, CONSEQUENCES_CLAUSE } from './contract-sections';
import { closingWithSignatures, documentDefinition, documentHeading } from './parts';

/**
 * The social contract for signature (kontrakt socjalny, art. 108 ustawy o pomocy
 * społecznej), laid out after the model form of the Rozporządzenie MPiPS z 8 listopada
 * 2010 r. (Dz.U. 2010 Nr 218 poz. 1439): variant A for a person or a family, variant B for
 * an unemployed person.
 */

export const COPY_LABELS = ['Egzemplarz dla osoby', 'Egzemplarz dla ośrodka'] as const;

/** The variant's wording under the title. */
export function variantWording(data: ContractDocumentData): string {
  if (data.content.variant === 'B') {
    return 'osoby bezrobotnej — w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu';
  }
  const whose = data.familyParties.length > 0 ? 'rodziny' : 'osoby';
  return `w celu rozwiązania trudnej sytuacji życiowej ${whose}`;
}

/**
 * "… w miejscowości Zielona Dolina": the place is kept as typed (the nominative) and
 * a program cannot put every Polish place name into the locative.
 */
export const concludedLine = (data: ContractDocumentData): string =>
  `zawarty w dniu ${formatDateLong(data.content.concludedOn)} w miejscowości ${data.content.concludedPlace} pomiędzy:`;

function contractBody(data: ContractDocumentData, copyLabel: string | null): Content[] {
  return [
    documentHeading({ office: data.office, number: `Nr ${contractNumber(data)}`, copyLabel }),
    { text: 'KONTRAKT SOCJALNY', style: 'title' },
    { text: variantWording(data), style: 'subtitle' },
    { text: concludedLine(data), margin: [0, 14, 0, 2] },
    ...partiesBlock(data),
    ...assessmentPart(data.content),
    ...arrangementsPart(data),
    closingWithSignatures([{ text: CONSEQUENCES_CLAUSE, style: 'clause' }], partySignatures(data)),
  ];
}

export function buildSocialContract(
  data: ContractDocumentData,
  options: { copies?: 1 | 2 } = {},
): TDocumentDefinitions {
  const number = contractNumber(data);
  return documentDefinition({
    title: data.number ? `Kontrakt socjalny nr ${data.number}` : 'Kontrakt socjalny',
    footerLabel: `Kontrakt socjalny nr ${number}`,
    office: data.office,
    project: data.project,
    copies: options.copies === 2 ? [...COPY_LABELS] : [null],
    body: (copyLabel) => contractBody(data, copyLabel),
  });
}

import type { Content } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { formatDate } from '../../src-main/domain/dates';
import { genderedForms, withHonorific } from '../../src-main/domain/grammar';
import type { Signature } from './parts';

/**
 * What the contract, its amendments and its evaluation sheets say alike about the parties.
 * Names are never declined (a program cannot do it reliably for every Polish name): the
 * person is named in the nominative with a gendered honorific and participles, the social
 * worker and the office after a colon.
 */

type Person = ContractDocumentData['person'];
type FamilyParty = ContractDocumentData['familyParties'][number];

/** A draft has no number yet: a line to be filled in by hand. */
export const contractNumber = (data: ContractDocumentData): string => data.number ?? '……………………';

export const fullName = (p: { firstName: string; lastName: string }): string =>
  `${p.firstName} ${p.lastName}`;

export const personName = (person: Person): string => withHonorific(person.sex, fullName(person));

function identity(p: { pesel: string | null; documentNumber: string | null }): string {
  if (p.pesel) return `PESEL ${p.pesel}`;
  if (p.documentNumber) return `nr dokumentu tożsamości ${p.documentNumber}`;
  return 'PESEL —';
}

/** "Pan Jan Kowalski, urodzony 12.03.1984, PESEL …, zamieszkały: …" */
export function personLine(person: Person): string {
  const forms = genderedForms(person.sex);
  return `${personName(person)}, ${forms.born} ${formatDate(person.birthDate)}, ${identity(person)}, ${forms.residing}: ${person.address}`;
}

/** "Anna Kowalska (żona), PESEL …" */
export const familyLine = (f: FamilyParty): string =>
  `${fullName(f)} (${f.relation}), ${identity(f)}`;

/** The parties after "… pomiędzy:". */
export function partiesBlock(data: ContractDocumentData): Content[] {
  const phone = data.content.socialWorkerPhone ?? data.socialWorker.phone;
  const family: Content[] =
    data.familyParties.length > 0
      ? [
          { text: 'oraz członkami rodziny:', margin: [0, 2, 0, 2] },
          { ol: data.familyParties.map(familyLine), margin: [14, 0, 0, 2] },
        ]
      : [];
  return [
    { text: personLine(data.person) + ',', margin: [14, 2, 0, 2] },
    ...family,
    {
      text: [
        'a pracownikiem socjalnym: ',
        { text: data.socialWorker.name, bold: true },
        phone ? ` (tel. ${phone})` : '',
        ', działającym w imieniu ośrodka: ',
        data.office.name,
        data.office.address ? `, ${data.office.address}` : '',
        '.',
      ],
      margin: [0, 4, 0, 0],
    },
  ];
}

/** The person, each family member and the social worker. */
export function partySignatures(data: ContractDocumentData): Signature[] {
  return [
    { caption: 'podpis osoby zawierającej kontrakt', name: fullName(data.person) },
    { caption: 'podpis pracownika socjalnego', name: data.socialWorker.name },
    ...data.familyParties.map((f) => ({ caption: `podpis członka rodziny: ${fullName(f)}` })),
  ];
}

import type { Content } from 'pdfmake/interfaces';
import type { ContractDocumentData } from '../../src-main/contract/documents';
import { formatDate } from '../../src-main/domain/dates';
import { genderedForms, withHonorific } from '../../src-main/domain/grammar';
import type { Signature } from './parts';

/**
 * What the contract, its amendments and its evaluation sheets say alike about the parties.
 * Names are never declined (a program cannot do it reliably for every Polish name): each
 * party is introduced by a declined noun and named after a colon in the nominative —
 * "pomiędzy osobą zawierającą kontrakt: Jan Kowalski, urodzony …".
 */

type Person = ContractDocumentData['person'];
type FamilyParty = ContractDocumentData['familyParties'][number];

/**
 * Which copy is printed. The person's and the office's copies are complete; a family
 * member's copy leaves out the others' identity numbers and the assessment of the
 * situation (health, addiction — art. 9 RODO), which that member does not need.
 */
export type ContractCopy =
  { kind: 'full'; label: string | null } | { kind: 'familyMember'; index: number; label: string };

export const FULL_COPY: ContractCopy = { kind: 'full', label: null };

/** A draft has no number yet. */
export const contractNumber = (data: ContractDocumentData): string | null => data.number;

export const fullName = (p: { firstName: string; lastName: string }): string =>
  `${p.firstName} ${p.lastName}`;

/** "Pan Jan Kowalski" — for sentences where the person is the subject. */
export const personName = (person: Person): string => withHonorific(person.sex, fullName(person));

function identity(p: { pesel: string | null; documentNumber: string | null }): string {
  if (p.pesel) return `PESEL ${p.pesel}`;
  if (p.documentNumber) return `nr dokumentu tożsamości ${p.documentNumber}`;
  return 'PESEL —';
}

/** The copy shows this party's identity number (a family member's copy only their own). */
function showsIdentity(copy: ContractCopy, familyIndex: number | 'person'): boolean {
  return copy.kind === 'full' || familyIndex === copy.index;
}

/** "Jan Kowalski, urodzony 12.03.1984, PESEL …, zamieszkały: …" */
export function personLine(person: Person, copy: ContractCopy = FULL_COPY): string {
  const forms = genderedForms(person.sex);
  const id = showsIdentity(copy, 'person') ? `, ${identity(person)}` : '';
  return `${fullName(person)}, ${forms.born} ${formatDate(person.birthDate)}${id}, ${forms.residing}: ${person.address}`;
}

/** "Anna Kowalska (żona), PESEL …" */
export const familyLine = (f: FamilyParty, index: number, copy: ContractCopy = FULL_COPY) =>
  `${fullName(f)} (${f.relation})${showsIdentity(copy, index) ? `, ${identity(f)}` : ''}`;

/** The parties after "… pomiędzy:". */
export function partiesBlock(
  data: ContractDocumentData,
  copy: ContractCopy = FULL_COPY,
): Content[] {
  const phone = data.content.socialWorkerPhone ?? data.socialWorker.phone;
  const family: Content[] =
    data.familyParties.length > 0
      ? [
          { text: 'oraz członkami rodziny będącymi stronami kontraktu:', margin: [0, 2, 0, 2] },
          {
            ol: data.familyParties.map((f, i) => familyLine(f, i, copy)),
            margin: [14, 0, 0, 2],
          },
        ]
      : [];
  return [
    { text: 'osobą zawierającą kontrakt:', margin: [0, 2, 0, 0] },
    { text: personLine(data.person, copy) + ',', margin: [14, 0, 0, 2] },
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

/** The person, the social worker and each family member by name. */
export function partySignatures(data: ContractDocumentData): Signature[] {
  return [
    { caption: 'podpis osoby zawierającej kontrakt', name: fullName(data.person) },
    { caption: 'podpis pracownika socjalnego', name: data.socialWorker.name },
    ...data.familyParties.map((f) => ({
      caption: `podpis członka rodziny (${f.relation})`,
      name: fullName(f),
    })),
  ];
}

import type { Participant, ParticipantFields } from '../../contract/participants';
import type { EducationLevel } from '../../domain/education';
import type { ExclusionReason } from '../../domain/exclusion';
import type { Sex } from '../../domain/pesel';
import { polishSortKey } from '../../domain/sort-key';
import { searchTokens } from '../../domain/text';
import { participants } from '../../db/schema';

export type ParticipantRowDb = typeof participants.$inferSelect;
export type ParticipantInsert = typeof participants.$inferInsert;

/** Flattens the validated fields into columns, deriving the sort keys. */
export function toColumns(p: ParticipantFields): Omit<ParticipantInsert, 'id'> {
  const { address, exclusionReasons: _reasons, ...rest } = p;
  return {
    ...rest,
    ...address,
    sortKey: polishSortKey(`${p.lastName} ${p.firstName}`),
    firstNameSortKey: polishSortKey(p.firstName),
    localitySortKey: polishSortKey(address.locality),
  };
}

export function toParticipant(
  r: ParticipantRowDb,
  exclusionReasons: ExclusionReason[],
  socialWorkerName: string | null,
): Participant {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    pesel: r.pesel,
    documentNumber: r.documentNumber,
    sex: r.sex as Sex,
    birthDate: r.birthDate,
    birthPlace: r.birthPlace,
    address: {
      voivodeship: r.voivodeship,
      county: r.county,
      commune: r.commune,
      locality: r.locality,
      street: r.street,
      houseNumber: r.houseNumber,
      flatNumber: r.flatNumber,
      postalCode: r.postalCode,
      areaType: r.areaType as 'urban' | 'rural',
    },
    phone: r.phone,
    email: r.email,
    educationLevel: r.educationLevel as EducationLevel | null,
    exclusionReasons,
    unemployedSince: r.unemployedSince,
    withoutWorkSince: r.withoutWorkSince,
    officeClientSince: r.officeClientSince,
    socialWorkerId: r.socialWorkerId,
    socialWorkerName,
    familyMembers: r.familyMembers as Participant['familyMembers'],
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** What a search may match this person by (see participant_search_tokens). */
export function tokensOf(p: ParticipantFields): string[] {
  // A document number is one word without its spaces ("fx123" finds FX 123456), and its
  // digits another one, since clerks often type only the digits.
  const document = p.documentNumber?.replace(/\s+/g, '') ?? '';
  const digits = document.replace(/\D/g, '');
  return searchTokens(p.lastName, p.firstName, p.address.locality, document, digits);
}

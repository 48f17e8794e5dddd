import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  clubGroups,
  clubMembers,
  enrolments,
  participants,
  socialContracts,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { MembershipPeriod } from '../../domain/club/membership';
import type { EnrolmentStatus } from '../../domain/enrolment-status';

/** A membership as stored: who, in which group, from when to when. */
export interface Membership extends MembershipPeriod {
  groupId: number;
  participantId: number;
}

/** "Nazwisko Imię", as lists show people. */
const personName = sql<string>`${participants.lastName} || ' ' || ${participants.firstName}`;

/** Every membership of the edition's groups (peaks, one person in two groups at once). */
export function membershipsOfEdition(tx: Tx, editionId: number): Promise<Membership[]> {
  return tx
    .select({
      groupId: clubMembers.groupId,
      participantId: clubMembers.participantId,
      joinedOn: clubMembers.joinedOn,
      leftOn: clubMembers.leftOn,
    })
    .from(clubMembers)
    .innerJoin(clubGroups, eq(clubGroups.id, clubMembers.groupId))
    .where(eq(clubGroups.editionId, editionId));
}

/** The group's members with their names, in the Polish order of surnames. */
export function namedMembersOf(tx: Tx, groupId: number) {
  return tx
    .select({
      participantId: clubMembers.participantId,
      name: personName,
      joinedOn: clubMembers.joinedOn,
      leftOn: clubMembers.leftOn,
    })
    .from(clubMembers)
    .innerJoin(participants, eq(participants.id, clubMembers.participantId))
    .where(eq(clubMembers.groupId, groupId))
    .orderBy(asc(participants.sortKey), asc(participants.id));
}

/** Replaces the group's members with `members` (none: the group is emptied). */
export async function replaceMembers(
  tx: Tx,
  groupId: number,
  members: Omit<Membership, 'groupId'>[],
): Promise<void> {
  await tx.delete(clubMembers).where(eq(clubMembers.groupId, groupId));
  if (members.length) await tx.insert(clubMembers).values(members.map((m) => ({ groupId, ...m })));
}

/** The people of a project whose enrolment is in one of `statuses`, with their names. */
export function projectPeople(tx: Tx, projectId: number, statuses: readonly EnrolmentStatus[]) {
  return tx
    .select({ participantId: enrolments.participantId, name: personName })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId))
    .where(and(eq(enrolments.projectId, projectId), inArray(enrolments.status, [...statuses])))
    .orderBy(asc(participants.sortKey), asc(participants.id));
}

/** The periods of the people's signed social contracts (status `signed`: in force). */
export async function signedContractsOf(tx: Tx, participantIds: number[]) {
  if (!participantIds.length) return [];
  return tx
    .select({
      participantId: socialContracts.participantId,
      periodFrom: socialContracts.periodFrom,
      periodTo: socialContracts.periodTo,
    })
    .from(socialContracts)
    .where(
      and(
        eq(socialContracts.status, 'signed'),
        inArray(socialContracts.participantId, participantIds),
      ),
    );
}

/**
 * Every membership of the edition with the person's name and sex, in the Polish order of
 * surnames: what attendance sheets, hours and the figures by sex are made from.
 */
export function namedMembershipsOfEdition(tx: Tx, editionId: number) {
  return tx
    .select({
      groupId: clubMembers.groupId,
      participantId: clubMembers.participantId,
      name: personName,
      sex: participants.sex,
      joinedOn: clubMembers.joinedOn,
      leftOn: clubMembers.leftOn,
    })
    .from(clubMembers)
    .innerJoin(clubGroups, eq(clubGroups.id, clubMembers.groupId))
    .innerJoin(participants, eq(participants.id, clubMembers.participantId))
    .where(eq(clubGroups.editionId, editionId))
    .orderBy(asc(participants.sortKey), asc(participants.id));
}

/** Ends a person's memberships in the edition's groups on `lastDay` (already ended earlier stay). */
export async function endMemberships(
  tx: Tx,
  editionId: number,
  participantId: number,
  lastDay: string,
): Promise<void> {
  const groupIds = tx
    .select({ id: clubGroups.id })
    .from(clubGroups)
    .where(eq(clubGroups.editionId, editionId));
  await tx
    .update(clubMembers)
    .set({ leftOn: lastDay })
    .where(
      and(
        eq(clubMembers.participantId, participantId),
        inArray(clubMembers.groupId, groupIds),
        sql`(${clubMembers.leftOn} is null or ${clubMembers.leftOn} > ${lastDay})`,
      ),
    );
}

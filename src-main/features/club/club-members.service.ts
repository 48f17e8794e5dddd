import { hasPermission } from '../../contract/permissions';
import type { ParsedInput } from '../../contract';
import { memberDatesProblem } from '../../contract/club-rules';
import { AppError } from '../../contract/errors';
import type { RuleIssue } from '../../contract/rules';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { peakMembers, type MembershipPeriod } from '../../domain/club/membership';
import { formatDate } from '../../domain/dates';
import type { EnrolmentStatus } from '../../domain/enrolment-status';
import { recordAudit } from '../audit/audit.repo';
import { findProject } from '../projects/projects.repo';
import { refuseIssues, requireEdition, requireIn } from './club-checks';
import { bumpRevision } from './club-editions.repo';
import { GROUP_NOT_FOUND, people } from './club-groups.service';
import {
  membershipsOfEdition,
  namedMembersOf,
  namedMembershipsOfEdition,
  projectPeople,
  replaceMembers,
  signedContractsOf,
} from './club-members.repo';
import { findGroup, listGroups } from './club-programme.repo';
import { completionsOf } from './club-completions.repo';
import { listSessions } from './club-sessions.repo';
import { marksOfSessions } from '../attendance/marks.repo';
import { isMemberOn } from '../../domain/attendance/hours';

/*
 * A group's members (członkowie grupy) with the days they joined and left — the attendance
 * issue counts their hours over these periods. Their names are personal data: only
 * `club.members` (permission `names`) returns them.
 */

/**
 * Whom a group may take: the project's people who were qualified, take part or took part (a
 * past member stays a member of the group they were in).
 */
export const MEMBER_STATUSES: readonly EnrolmentStatus[] = [
  'qualified',
  'participant',
  'completed',
  'droppedOut',
];

/**
 * The day a member's social contract is looked at: today, or the day they join if later —
 * but not after they left (a past member is judged on their last day).
 */
function dayToCheck(m: MembershipPeriod, today: string): string {
  const day = m.joinedOn > today ? m.joinedOn : today;
  return m.leftOn !== null && m.leftOn < day ? m.leftOn : day;
}

/** Whether each person has a signed social contract in force on the day asked. */
async function contractsInForce(tx: Tx, participantIds: number[]) {
  const contracts = await signedContractsOf(tx, participantIds);
  return (participantId: number, day: string) =>
    contracts.some(
      (c) => c.participantId === participantId && c.periodFrom <= day && day <= c.periodTo,
    );
}

export function getMembers(ctx: HandlerContext, groupId: number) {
  return ctx.uow.read(async (tx) => {
    const group = requireIn(await findGroup(tx, groupId), null, GROUP_NOT_FOUND);
    const edition = await requireEdition(tx, group.editionId);
    const members = await namedMembersOf(tx, groupId);
    // Whom one could add, and who has a contract in force, is for those who compose the
    // groups; a trainer reads the members' names only.
    const composes = ctx.user !== null && hasPermission(ctx.user.roles, 'clubPlan');
    const candidates = composes
      ? (await projectPeople(tx, edition.projectId, MEMBER_STATUSES)).filter(
          (p) => !members.some((m) => m.participantId === p.participantId),
        )
      : [];
    const inForce = await contractsInForce(tx, [
      ...members.map((m) => m.participantId),
      ...candidates.map((c) => c.participantId),
    ]);
    const joiningFrom = edition.startDate > ctx.today ? edition.startDate : ctx.today;
    return {
      groupId,
      sizeLimit: group.sizeLimit,
      members: members.map((m) => ({
        ...m,
        contractInForce: composes ? inForce(m.participantId, dayToCheck(m, ctx.today)) : null,
      })),
      candidates: candidates.map((c) => ({
        ...c,
        contractInForce: inForce(c.participantId, joiningFrom),
      })),
    };
  });
}

const overlaps = (a: MembershipPeriod, b: MembershipPeriod) =>
  a.joinedOn <= (b.leftOn ?? '9999-12-31') && b.joinedOn <= (a.leftOn ?? '9999-12-31');

/**
 * What a change of members may not undo: recorded attendance stays inside the person's time in
 * the group (their marks would count for nobody), and the time of someone whose participation
 * in the edition has ended stays as it ended.
 */
async function historyIssues(
  tx: Tx,
  editionId: number,
  groupId: number,
  members: readonly (MembershipPeriod & { participantId: number })[],
): Promise<RuleIssue[]> {
  const sessions = await listSessions(tx, editionId, { groupId });
  const dateOf = new Map(sessions.map((s) => [s.id, s.date]));
  const marks = await marksOfSessions(
    tx,
    'club',
    sessions.map((s) => s.id),
  );
  const named = (await namedMembershipsOfEdition(tx, editionId)).filter(
    (m) => m.groupId === groupId,
  );
  const nameOf = (id: number) => named.find((m) => m.participantId === id)?.name ?? '';
  const where = (id: number) => {
    const i = members.findIndex((m) => m.participantId === id);
    return i < 0 ? ['members'] : ['members', i, 'participantId'];
  };
  const issues: RuleIssue[] = [];
  const told = new Set<number>();
  for (const mark of marks) {
    const date = dateOf.get(mark.sessionId)!;
    const periods = members.filter((m) => m.participantId === mark.participantId);
    if (told.has(mark.participantId) || isMemberOn(periods, date)) continue;
    told.add(mark.participantId);
    issues.push({
      path: where(mark.participantId),
      message: `${nameOf(mark.participantId)} ma zapisaną obecność na zajęciach ${formatDate(date)} — okres w grupie musi je obejmować`,
    });
  }
  const periodsKey = (
    list: readonly (MembershipPeriod & { participantId: number })[],
    id: number,
  ) =>
    JSON.stringify(
      list
        .filter((m) => m.participantId === id)
        .map((m) => [m.joinedOn, m.leftOn])
        .sort(),
    );
  for (const c of await completionsOf(tx, editionId)) {
    if (told.has(c.participantId)) continue;
    if (periodsKey(named, c.participantId) !== periodsKey(members, c.participantId))
      issues.push({
        path: where(c.participantId),
        message: `Udział osoby ${nameOf(c.participantId) || 'z tej grupy'} zakończono ${formatDate(c.endedOn)} — jej okres w grupie już się nie zmienia`,
      });
  }
  return issues;
}

/**
 * Replaces the group's members. Refused: a person not in the edition's project, dates outside
 * the project, one person in two groups of the edition at once, more members at once than
 * the group's limit. A member without a social contract in force is only a warning.
 */
export function setMembers(ctx: HandlerContext, input: ParsedInput<'club.setMembers'>) {
  const { groupId, members } = input;
  return ctx.uow.write(async (tx) => {
    const group = requireIn(await findGroup(tx, groupId), null, GROUP_NOT_FOUND);
    const edition = await requireEdition(tx, group.editionId);
    const project = await findProject(tx, edition.projectId);
    if (!project) throw new AppError('not_found', 'Nie znaleziono projektu');
    const allowed = new Set(
      (await projectPeople(tx, project.id, MEMBER_STATUSES)).map((p) => p.participantId),
    );
    const groupNames = new Map((await listGroups(tx, edition.id)).map((g) => [g.id, g.name]));
    const all = await membershipsOfEdition(tx, edition.id);
    const others = all.filter((m) => m.groupId !== groupId);
    const issues: RuleIssue[] = [];
    members.forEach((m, i) => {
      const at = (field: string) => ['members', i, field];
      if (!allowed.has(m.participantId))
        issues.push({
          path: at('participantId'),
          message: 'Ta osoba nie uczestniczy w projekcie tej edycji klubu',
        });
      for (const field of ['joinedOn', 'leftOn'] as const) {
        const problem = memberDatesProblem(m[field], project);
        if (problem) issues.push({ path: at(field), message: problem });
      }
      const elsewhere = others.find((o) => o.participantId === m.participantId && overlaps(o, m));
      if (elsewhere)
        issues.push({
          path: at('participantId'),
          message: `Ta osoba należy w tym czasie do grupy „${groupNames.get(elsewhere.groupId)}”`,
        });
    });
    const peak = peakMembers(members);
    if (peak.count > group.sizeLimit && peak.on)
      issues.push({
        path: ['members'],
        message: `W grupie może być najwyżej ${group.sizeLimit} ${people(group.sizeLimit)} naraz, a ${formatDate(peak.on)} byłoby ich ${peak.count}`,
      });
    issues.push(...(await historyIssues(tx, edition.id, groupId, members)));
    refuseIssues(issues);

    const key = (list: readonly (MembershipPeriod & { participantId: number })[]) =>
      JSON.stringify(
        [...list]
          .map((m) => [m.participantId, m.joinedOn, m.leftOn])
          .sort((a, b) => Number(a[0]) - Number(b[0])),
      );
    const before = all.filter((m) => m.groupId === groupId);
    await replaceMembers(tx, groupId, members);
    await bumpRevision(tx, edition.id, ctx.now);
    await recordAudit(ctx, {
      entity: 'clubGroup',
      entityId: groupId,
      action: 'update',
      changedFields: key(before) === key(members) ? [] : ['members'],
    });
    const inForce = await contractsInForce(
      tx,
      members.map((m) => m.participantId),
    );
    const warnings = members.flatMap((m) => {
      const day = dayToCheck(m, ctx.today);
      return inForce(m.participantId, day)
        ? []
        : [
            {
              participantId: m.participantId,
              message: `Brak zawartego kontraktu socjalnego obowiązującego ${formatDate(day)} — udział w KIS go wymaga`,
            },
          ];
    });
    return { groupId, members, warnings };
  });
}

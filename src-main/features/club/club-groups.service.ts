import type { ParsedInput } from '../../contract';
import type { ClubGroup } from '../../contract/club';
import { clubSessions } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { peakMembers } from '../../domain/club/membership';
import { formatDate } from '../../domain/dates';
import { plural } from '../../domain/plural';
import { refuseField } from '../field-rules';
import { programmeFitIssues, refuseIssues, requireEdition, requireIn } from './club-checks';
import { membershipsOfEdition, replaceMembers } from './club-members.repo';
import { deleteGroupRow, findGroup, insertGroup, updateGroupRow } from './club-programme.repo';
import { deleteRecord, saveRecord } from './club-records';
import { countSessionsOf } from './club-sessions.repo';

/*
 * The groups of an edition (grupy KIS); their members are club-members.service.ts's.
 */

export const GROUP_NOT_FOUND = 'Nie znaleziono grupy';

export const people = (n: number) => plural(n, 'osoba', 'osoby', 'osób');

async function groupWithMembers(tx: Tx, id: number): Promise<ClubGroup> {
  const group = requireIn(await findGroup(tx, id), null, GROUP_NOT_FOUND);
  const memberships = await membershipsOfEdition(tx, group.editionId);
  return { ...group, members: peakMembers(memberships.filter((m) => m.groupId === id)).count };
}

export function saveGroup(
  ctx: HandlerContext,
  input: ParsedInput<'club.saveGroup'>,
): Promise<ClubGroup> {
  const { id, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, values.editionId);
    const before = id ? requireIn(await findGroup(tx, id), edition.id, GROUP_NOT_FOUND) : null;
    if (before) {
      const memberships = await membershipsOfEdition(tx, edition.id);
      const peak = peakMembers(memberships.filter((m) => m.groupId === before.id));
      if (peak.count > values.sizeLimit && peak.on)
        refuseField(
          'sizeLimit',
          `${formatDate(peak.on)} grupa liczy ${peak.count} ${people(peak.count)} — limit nie może być mniejszy`,
        );
    }
    const change = { ...edition, group: { id: id ?? null, meetings: values.meetings } };
    refuseIssues(
      await programmeFitIssues(tx, edition.id, change, { weeks: [], meetings: ['meetings'] }),
    );
    const saved = await saveRecord(ctx, tx, 'clubGroup', before, values, {
      insert: () => insertGroup(tx, values),
      update: async () => (await updateGroupRow(tx, id!, values, ctx.now), id!),
    });
    return groupWithMembers(tx, saved);
  });
}

/** A group without sessions goes, with its members' list. */
export function deleteGroup(ctx: HandlerContext, id: number): Promise<{ id: number }> {
  return ctx.uow.write(async (tx) => {
    const group = requireIn(await findGroup(tx, id), null, GROUP_NOT_FOUND);
    const sessions = await countSessionsOf(tx, clubSessions.groupId, id);
    return deleteRecord(
      ctx,
      tx,
      group,
      'clubGroup',
      sessions,
      `grupa „${group.name}”`,
      async () => {
        await replaceMembers(tx, id, []);
        await deleteGroupRow(tx, id);
      },
    );
  });
}

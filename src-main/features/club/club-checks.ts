import { AppError } from '../../contract/errors';
import type { ClubEdition } from '../../contract/club';
import { hoursText, longestSlotMinutes } from '../../contract/club-rules';
import type { RuleIssue } from '../../contract/rules';
import type { Tx } from '../../db/unit-of-work';
import type { Slot } from '../../contract/club-fields';
import { plural } from '../../domain/plural';
import { findEdition } from './club-editions.repo';
import { listGroups, listModules } from './club-programme.repo';

/** The rule is the core's (field-rules.ts); kept here for the club's many callers. */
export { refuseIssues } from '../field-rules';

export async function requireEdition(tx: Tx, id: number): Promise<ClubEdition> {
  const edition = await findEdition(tx, id);
  if (!edition) throw new AppError('not_found', 'Nie znaleziono edycji klubu');
  return edition;
}

/** A record named with its edition must belong to it: another edition's is not found there. */
export function requireIn<T extends { editionId: number }>(
  record: T | undefined,
  editionId: number | null,
  notFound: string,
): T {
  if (!record || (editionId !== null && record.editionId !== editionId))
    throw new AppError('not_found', notFound);
  return record;
}

/** A record still in the timetable is not deleted: its sessions would lose their meaning. */
export function refuseWithSessions(count: number, what: string): void {
  if (count > 0)
    throw new AppError(
      'invalid_state',
      `Nie można usunąć: ${what} ma w harmonogramie ${count} ${plural(count, 'termin', 'terminy', 'terminów')} zajęć`,
    );
}

/**
 * Whether the programme's modules still fit the edition after a change to its weeks or to
 * the meetings (the edition's and the groups' own): a module's window within the weeks, its
 * longest session within the longest meeting. Issues name the module, on the changed field.
 */
export async function programmeFitIssues(
  tx: Tx,
  editionId: number,
  change: {
    weeks: number;
    meetings: Slot[];
    /** A group's meetings as they are to be (the group being saved). */
    group?: { id: number | null; meetings: Slot[] | null };
  },
  fields: { weeks: (string | number)[]; meetings: (string | number)[] },
): Promise<RuleIssue[]> {
  const groups = (await listGroups(tx, editionId)).filter((g) => g.id !== change.group?.id);
  const longest = longestSlotMinutes(
    change.meetings,
    change.group?.meetings,
    ...groups.map((g) => g.meetings),
  );
  const issues: RuleIssue[] = [];
  for (const m of await listModules(tx, editionId)) {
    const lastWeek = Math.max(m.weekFrom ?? 0, m.weekTo ?? 0);
    if (lastWeek > change.weeks)
      issues.push({
        path: fields.weeks,
        message: `Moduł „${m.name}” ma zajęcia w tygodniu ${lastWeek}, a cykl miałby ${change.weeks} ${plural(change.weeks, 'tydzień', 'tygodnie', 'tygodni')}`,
      });
    if (m.maxSession * 60 > longest)
      issues.push({
        path: fields.meetings,
        message: `Moduł „${m.name}” ma zajęcia do ${m.maxSession} h, a najdłuższe spotkanie trwałoby ${hoursText(longest)}`,
      });
  }
  return issues;
}

import type {
  ClubFigures,
  CompletionRecord,
  EditionHours,
  HoursWarning,
  PersonHours,
} from '../../contract/attendance';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import {
  checkCompletion,
  completionMessage,
  isMemberOn,
  requiredMinutes,
  tallyPerson,
  type HeldSession,
} from '../../domain/attendance/hours';
import { marksOfSessions, type StoredMarkRow } from '../attendance/marks.repo';
import { requireEdition } from './club-checks';
import { completionsOf, editionsOfParticipant } from './club-completions.repo';
import { namedMembershipsOfEdition } from './club-members.repo';
import { listGroups, listModules } from './club-programme.repo';
import { listSessions } from './club-sessions.repo';

/*
 * Hours per person (planned, held, attended, excused) in total and per module, the completion
 * rule of the edition and of modules with their own, and the figures by sex the office reports.
 */

/** Every member's hours in an edition, read in the caller's unit. */
export async function editionHours(
  tx: Tx,
  editionId: number,
  today: string,
): Promise<EditionHours> {
  const edition = await requireEdition(tx, editionId);
  const [groups, modules, sessions, memberships, completions] = await Promise.all([
    listGroups(tx, editionId),
    listModules(tx, editionId),
    listSessions(tx, editionId),
    namedMembershipsOfEdition(tx, editionId),
    completionsOf(tx, editionId),
  ]);
  const held: (HeldSession & { groupId: number })[] = sessions.map((s) => ({
    id: s.id,
    moduleId: s.moduleId,
    groupId: s.groupId,
    date: s.date,
    minutes: s.to - s.from,
  }));
  const marks = new Map<number, Map<number, StoredMarkRow>>();
  for (const m of await marksOfSessions(
    tx,
    'club',
    held.map((s) => s.id),
  )) {
    let person = marks.get(m.participantId);
    if (!person) marks.set(m.participantId, (person = new Map()));
    person.set(m.sessionId, m);
  }
  const completionOf = new Map(completions.map((c) => [c.participantId, c]));
  const people = new Map<number, typeof memberships>();
  for (const m of memberships)
    people.set(m.participantId, [...(people.get(m.participantId) ?? []), m]);

  const personHours = (ms: typeof memberships): PersonHours => {
    const { participantId, name, sex } = ms[0]!;
    const own = marks.get(participantId);
    const { total, modules: perModule } = tallyPerson({
      sessions: held,
      memberOf: (s) =>
        isMemberOn(
          ms.filter((m) => m.groupId === (s as (typeof held)[number]).groupId),
          s.date,
        ),
      markOf: (id) => own?.get(id),
      today,
    });
    const completion = completionOf.get(participantId) ?? null;
    const warnings: HoursWarning[] = [];
    // An ended participation is judged by its certificate, not warned about.
    if (!completion) {
      const check = checkCompletion(total, edition.minAttendancePercent);
      if (check)
        warnings.push({
          ...check,
          moduleId: null,
          message: completionMessage(check, edition.minAttendancePercent, null),
        });
      for (const m of modules) {
        const tally = perModule.get(m.id);
        if (m.minAttendancePercent === null || !tally) continue;
        const moduleCheck = checkCompletion(tally, m.minAttendancePercent);
        if (moduleCheck)
          warnings.push({
            ...moduleCheck,
            moduleId: m.id,
            message: completionMessage(moduleCheck, m.minAttendancePercent, m.name),
          });
      }
    }
    // The group they are in now (or were in last).
    const latest = ms.reduce((a, b) => (b.joinedOn > a.joinedOn ? b : a));
    return {
      participantId,
      name,
      sex: sex as PersonHours['sex'],
      groupId: latest.groupId,
      total,
      required: requiredMinutes(total.planned, edition.minAttendancePercent),
      modules: modules.flatMap((m) => {
        const tally = perModule.get(m.id);
        return tally
          ? [{ ...tally, moduleId: m.id, module: m.name, minPercent: m.minAttendancePercent }]
          : [];
      }),
      warnings,
      completion,
    };
  };

  const all = [...people.values()].map(personHours);
  return {
    editionId,
    minAttendancePercent: edition.minAttendancePercent,
    groups: groups.map((g) => ({
      groupId: g.id,
      name: g.name,
      people: all.filter((p) => p.groupId === g.id),
    })),
  };
}

export function getEditionHours(ctx: HandlerContext, editionId: number): Promise<EditionHours> {
  return ctx.uow.read((tx) => editionHours(tx, editionId, ctx.today));
}

/** A person's hours in every edition they belong to, for their card. */
export function getPersonHours(ctx: HandlerContext, participantId: number) {
  return ctx.uow.read(async (tx) => {
    const editions = await editionsOfParticipant(tx, participantId);
    const result = [];
    for (const e of editions) {
      const hours = await editionHours(tx, e.id, ctx.today);
      for (const g of hours.groups) {
        const person = g.people.find((p) => p.participantId === participantId);
        if (person) result.push({ ...person, editionId: e.id, edition: e.name, group: g.name });
      }
    }
    return result;
  });
}

const bySex = (people: readonly { sex: 'K' | 'M' }[]) => {
  const K = people.filter((p) => p.sex === 'K').length;
  return { K, M: people.length - K, total: people.length };
};

/**
 * The figures of an edition by sex: who took part (joined by today), who completed, who left
 * early, who is still taking part.
 */
export function getFigures(ctx: HandlerContext, editionId: number): Promise<ClubFigures> {
  return ctx.uow.read(async (tx) => {
    const edition = await requireEdition(tx, editionId);
    const memberships = await namedMembershipsOfEdition(tx, editionId);
    const completions = new Map<number, CompletionRecord>(
      (await completionsOf(tx, editionId)).map((c) => [c.participantId, c]),
    );
    const people = new Map<number, { sex: 'K' | 'M'; participantId: number }>();
    for (const m of memberships)
      if (m.joinedOn <= ctx.today)
        people.set(m.participantId, { sex: m.sex as 'K' | 'M', participantId: m.participantId });
    const all = [...people.values()];
    const outcome = (o: string | null) =>
      all.filter((p) => (completions.get(p.participantId)?.outcome ?? null) === o);
    return {
      editionId,
      edition: edition.name,
      tookPart: bySex(all),
      completed: bySex(outcome('completed')),
      leftEarly: bySex(outcome('left')),
      ongoing: bySex(outcome(null)),
    };
  });
}

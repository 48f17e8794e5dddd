import { z } from 'zod';
import { ROOM_FEATURES, SPECIALIST_KINDS } from '../domain/club/specialists';
import {
  ABSENCE_REASONS,
  MODULE_PATTERNS,
  absenceInput,
  createEditionInput,
  editionFields,
  groupInput,
  moduleInput,
  roomInput,
  sessionMoveInput,
  sessionsQuery,
  setMembersInput,
  trainerInput,
} from './club-fields';
import { id, projectDate } from './common';

/*
 * The Social Integration Club (Klub Integracji Społecznej, KIS): an edition of a project with
 * its programme (groups and their members, modules, trainers, rooms) and its dated timetable.
 * Times of day are minutes since midnight (club-fields.ts says why).
 */

const slot = z.object({ weekday: z.number(), from: z.number(), to: z.number() });

export const softScore = z.object({
  unevenWeeks: z.number(),
  repeatedSameDay: z.number(),
  trainerGapHours: z.number(),
  score: z.number(),
});

/** The last planning of an edition: a whole plan, or a re-plan from a day. */
export const planRecord = z.object({
  kind: z.enum(['plan', 'replan']),
  fromDate: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
  /** Sessions the timetable held after it. */
  sessions: z.number(),
  /** Sessions a re-plan moved (a whole plan: 0). */
  moved: z.number(),
  soft: softScore,
});
export type PlanRecord = z.output<typeof planRecord>;

export const clubEdition = z.object({
  id,
  projectId: id,
  projectTitle: z.string(),
  name: z.string(),
  startDate: z.string(),
  /** The cycle's last day: start + 7 · weeks − 1. */
  endDate: z.string(),
  weeks: z.number(),
  meetings: z.array(slot),
  daysOff: z.array(z.string()),
  minAttendancePercent: z.number(),
  /** Grows with every change to the edition or anything under it, the timetable included. */
  revision: z.number(),
  sessions: z.number(),
  lastPlan: planRecord.nullable(),
});
export type ClubEdition = z.output<typeof clubEdition>;

export const editionSummary = clubEdition
  .pick({
    id: true,
    projectId: true,
    projectTitle: true,
    name: true,
    startDate: true,
    endDate: true,
    weeks: true,
    revision: true,
    sessions: true,
  })
  .extend({ groups: z.number(), plannedAt: z.string().nullable() });
export type EditionSummary = z.output<typeof editionSummary>;

export const clubGroup = z.object({
  id,
  editionId: id,
  name: z.string(),
  sizeLimit: z.number(),
  meetings: z.array(slot).nullable(),
  /** The most members the group has on any one day (rooms must seat them). */
  members: z.number(),
});
export type ClubGroup = z.output<typeof clubGroup>;

export const clubModule = z.object({
  id,
  editionId: id,
  name: z.string(),
  hours: z.number(),
  specialists: z.array(z.enum(SPECIALIST_KINDS)),
  minSession: z.number(),
  maxSession: z.number(),
  pattern: z.enum(MODULE_PATTERNS),
  weekFrom: z.number().nullable(),
  weekTo: z.number().nullable(),
  roomFeatures: z.array(z.enum(ROOM_FEATURES)),
  duty: z.boolean(),
  /** The module's own minimum attendance (%), or null. */
  minAttendancePercent: z.number().nullable(),
  position: z.number(),
});
export type ClubModule = z.output<typeof clubModule>;

export const clubAbsence = z.object({
  id,
  trainerId: id,
  from: z.string(),
  to: z.string(),
  reason: z.enum(ABSENCE_REASONS),
  note: z.string().nullable(),
});
export type ClubAbsence = z.output<typeof clubAbsence>;

export const clubTrainer = z.object({
  id,
  editionId: id,
  name: z.string(),
  specialisations: z.array(z.enum(SPECIALIST_KINDS)),
  staffId: id.nullable(),
  availability: z.array(slot),
  maxHoursPerWeek: z.number().nullable(),
  absences: z.array(clubAbsence),
});
export type ClubTrainer = z.output<typeof clubTrainer>;

export const clubRoom = z.object({
  id,
  editionId: id,
  name: z.string(),
  capacity: z.number(),
  features: z.array(z.enum(ROOM_FEATURES)),
  availability: z.array(slot),
  owner: z.string().nullable(),
});
export type ClubRoom = z.output<typeof clubRoom>;

/** Everything the editor shows and the planner needs, read in one unit of work. */
export const clubProgramme = z.object({
  edition: clubEdition,
  groups: z.array(clubGroup),
  modules: z.array(clubModule),
  trainers: z.array(clubTrainer),
  rooms: z.array(clubRoom),
});
export type ClubProgramme = z.output<typeof clubProgramme>;

/** One dated session (zajęcia) of the timetable. */
export const clubSession = z.object({
  id,
  editionId: id,
  groupId: id,
  moduleId: id,
  trainerId: id,
  roomId: id,
  date: z.string(),
  from: z.number(),
  to: z.number(),
  /** Kept by re-planning. */
  locked: z.boolean(),
  /** Placed by hand (always locked when set). */
  manual: z.boolean(),
});
export type ClubSession = z.output<typeof clubSession>;

const planProblem = z.object({
  kind: z.enum(['capacity', 'search']),
  message: z.string(),
  groupId: z.number().optional(),
  moduleId: z.number().optional(),
  needed: z.number().optional(),
  available: z.number().optional(),
});

/** An impossible plan is an answer, not an error: the problems say why, in Polish. */
const notPlanned = z.object({ ok: z.literal(false), problems: z.array(planProblem) });

const member = z.object({
  participantId: id,
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

/** The project's people who may join a group, with their names (permission `names`). */
const namedPerson = z.object({
  participantId: id,
  /** "Nazwisko Imię", as lists show people. */
  name: z.string(),
  /** A signed social contract in force on the day checked (participation in a KIS needs one). */
  /** Null for a caller who only reads the group (no `clubPlan`): not theirs to know. */
  contractInForce: z.boolean().nullable(),
});

export const groupMembers = z.object({
  groupId: id,
  sizeLimit: z.number(),
  members: z.array(namedPerson.extend(member.shape)),
  /** The project's participants not in this group, for picking. */
  candidates: z.array(namedPerson),
});

const byId = z.object({ id }).strict();
const removed = z.object({ id });

export const clubChannels = {
  'club.listEditions': {
    input: z.undefined().or(z.object({ projectId: id.optional() }).strict()),
    output: z.array(editionSummary),
  },
  /** The whole programme of an edition, for the editor. */
  'club.getEdition': { input: byId, output: clubProgramme },
  'club.createEdition': { input: createEditionInput, output: clubEdition },
  'club.updateEdition': {
    input: z.object({ id, edition: editionFields }).strict(),
    output: clubEdition,
  },
  'club.saveGroup': { input: groupInput, output: clubGroup },
  'club.deleteGroup': { input: byId, output: removed },
  /** Members' names are personal data: this channel needs the permission `names`. */
  'club.members': { input: z.object({ groupId: id }).strict(), output: groupMembers },
  /**
   * Replaces the group's members. A member without a social contract in force is a warning,
   * never a refusal; names are not returned (`club.members` gives them).
   */
  'club.setMembers': {
    input: setMembersInput,
    output: z.object({
      groupId: id,
      members: z.array(member),
      warnings: z.array(z.object({ participantId: id, message: z.string() })),
    }),
  },
  'club.saveModule': { input: moduleInput, output: clubModule },
  'club.deleteModule': { input: byId, output: removed },
  'club.saveTrainer': { input: trainerInput, output: clubTrainer },
  'club.deleteTrainer': { input: byId, output: removed },
  'club.addAbsence': { input: absenceInput, output: clubAbsence },
  'club.removeAbsence': { input: byId, output: removed },
  'club.saveRoom': { input: roomInput, output: clubRoom },
  'club.deleteRoom': { input: byId, output: removed },
  'club.sessions': {
    input: sessionsQuery,
    output: z.object({ editionId: id, revision: z.number(), sessions: z.array(clubSession) }),
  },
  /** Plans the whole cycle anew (every session replaced), or says why no plan exists. */
  'club.plan': {
    input: z.object({ editionId: id }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        sessions: z.number(),
        soft: softScore,
        revision: z.number(),
      }),
      notPlanned,
    ]),
  },
  /** Moves only unlocked sessions from `fromDate` on, as few as possible. */
  'club.replan': {
    input: z.object({ editionId: id, fromDate: projectDate }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        sessions: z.number(),
        moved: z.number(),
        soft: softScore,
        revision: z.number(),
      }),
      notPlanned,
    ]),
  },
  /** What a move would collide with, in Polish; empty when it is allowed. */
  'club.checkMove': {
    input: sessionMoveInput,
    output: z.object({ conflicts: z.array(z.string()) }),
  },
  /** Moves a session by hand (it becomes locked and manual); refused with the conflicts. */
  'club.moveSession': { input: sessionMoveInput, output: clubSession },
  /** Stops the edition's planning in progress ("Przerwij"); nothing is saved from it. */
  'club.cancelPlan': {
    input: z.object({ editionId: id }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'club.setLocked': {
    input: z
      .object({ sessionId: id, locked: z.boolean({ error: 'Zaznacz tak albo nie' }) })
      .strict(),
    output: clubSession,
  },
} as const;

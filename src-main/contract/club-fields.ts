import { z } from 'zod';
import { ROOM_FEATURES, SPECIALIST_KINDS } from '../domain/club/specialists';
import { id, list, noRepeats, optionalText, projectDate, requiredText } from './common';
import {
  daysOffIssues,
  overlapIssues,
  sessionLengthsProblem,
  slotEndProblem,
  weekWindowIssues,
} from './club-rules';
import { addIssues, endBeforeStartProblem, issueAt } from './rules';

/*
 * What the office types into the club's editor (Klub Integracji Społecznej): an edition, its
 * groups, modules, trainers and rooms. Rules needing only the input are club-rules.ts's.
 */

/**
 * A time of day in minutes since midnight (9:30 → 570), in the API and in the database alike:
 * the planner reads the same integers (domain/club/model.ts), so nothing is parsed between
 * the table and the planner, sessions compare and sort as integers in SQL, and a form shows
 * them as HH:MM. 1440 is the end of the day (a slot until midnight).
 */
export const minuteOfDay = z
  .number({ error: 'Podaj godzinę' })
  .int('Podaj pełną minutę')
  .min(0, 'Nieprawidłowa godzina')
  .max(1440, 'Nieprawidłowa godzina');

/** ISO 8601: 1 = Monday … 7 = Sunday. */
export const weekday = z
  .number({ error: 'Wybierz dzień tygodnia' })
  .int('Wybierz dzień tygodnia')
  .min(1, 'Wybierz dzień tygodnia')
  .max(7, 'Wybierz dzień tygodnia');

export const weeklySlot = z
  .object({ weekday, from: minuteOfDay, to: minuteOfDay })
  .strict()
  .superRefine((s, ctx) => addIssues(ctx, issueAt(['to'], slotEndProblem(s.from, s.to))));
export type Slot = z.output<typeof weeklySlot>;

/** Weekly slots (meetings, availability): at most 50, none overlapping another on its day. */
function slots(label: string, requiredMessage: string) {
  return list(weeklySlot, label, 50)
    .min(1, requiredMessage)
    .superRefine((items, ctx) => addIssues(ctx, overlapIssues(items)));
}

export const meetingSlots = slots('Terminy spotkań', 'Podaj co najmniej jeden termin spotkań');

export const specialistKind = z.enum(SPECIALIST_KINDS, { error: 'Wybierz rodzaj specjalisty' });
export const roomFeature = z.enum(ROOM_FEATURES, { error: 'Wybierz wyposażenie sali' });

/** How often the programme fixes a module's sessions (domain/club/model.ts, ModulePattern). */
/** A minimum attendance, in whole per cent of the hours. */
const attendancePercent = z
  .number({ error: 'Podaj procent godzin' })
  .int('Podaj pełny procent')
  .min(1, 'Podaj co najmniej 1%')
  .max(100, 'Najwyżej 100%');

export const MODULE_PATTERNS = ['free', 'weekly', 'biweekly', 'monthly'] as const;
export const MODULE_PATTERN_LABELS: Record<(typeof MODULE_PATTERNS)[number], string> = {
  free: 'dowolnie',
  weekly: 'co tydzień',
  biweekly: 'co dwa tygodnie',
  monthly: 'raz w miesiącu',
};

/** Why a trainer is away (nieobecność prowadzącego). */
export const ABSENCE_REASONS = ['illness', 'leave', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  illness: 'choroba',
  leave: 'urlop',
  other: 'inne',
};

const weeksField = z
  .number({ error: 'Podaj liczbę tygodni' })
  .int('Podaj pełną liczbę tygodni')
  .min(1, 'Cykl trwa co najmniej 1 tydzień')
  .max(104, 'Cykl może trwać najwyżej 104 tygodnie');

const editionShape = {
  name: requiredText('Nazwa edycji', 120),
  startDate: projectDate,
  weeks: weeksField,
  meetings: meetingSlots,
  /** The office's own days off (dni wolne ośrodka), beside the public holidays. */
  daysOff: list(projectDate, 'Dni wolne', 366)
    .superRefine(noRepeats('Ten dzień jest już na liście'))
    .default([]),
  /** The completion rule: at least this % of the hours attended. */
  minAttendancePercent: attendancePercent.default(80),
};

const editionRule = (
  e: { daysOff: string[]; startDate: string; weeks: number },
  ctx: z.RefinementCtx,
) =>
  addIssues(
    ctx,
    daysOffIssues(e.daysOff, e.startDate, e.weeks).map((i) => ({
      ...i,
      path: ['daysOff', ...i.path],
    })),
  );

/** An edition's fields (edycja KIS); the cycle within the project is the service's check. */
export const editionFields = z.object(editionShape).strict().superRefine(editionRule);
export const createEditionInput = z
  .object({ projectId: id, ...editionShape })
  .strict()
  .superRefine(editionRule);

const hoursOfSession = z
  .number({ error: 'Podaj liczbę godzin' })
  .int('Podaj pełne godziny')
  .min(1, 'Zajęcia trwają co najmniej 1 h')
  .max(12, 'Zajęcia mogą trwać najwyżej 12 h');

const weekNumber = z
  .number({ error: 'Podaj numer tygodnia' })
  .int('Podaj numer tygodnia')
  .min(1, 'Tygodnie liczy się od 1')
  .max(104, 'Cykl ma najwyżej 104 tygodnie');

/** `id` absent: a new record of the edition; given: that record, which must be the edition's. */
const saved = { editionId: id, id: id.optional() };

export const groupInput = z
  .object({
    ...saved,
    name: requiredText('Nazwa grupy', 120),
    sizeLimit: z
      .number({ error: 'Podaj liczbę miejsc' })
      .int('Podaj pełną liczbę osób')
      .min(1, 'Grupa liczy co najmniej 1 osobę')
      .max(100, 'Grupa może liczyć najwyżej 100 osób'),
    /** The group's own meeting pattern; null → the edition's. */
    meetings: slots('Terminy spotkań grupy', 'Podaj co najmniej jeden termin spotkań grupy')
      .nullable()
      .default(null),
  })
  .strict();

export const moduleInput = z
  .object({
    ...saved,
    name: requiredText('Nazwa modułu', 160),
    hours: z
      .number({ error: 'Podaj liczbę godzin' })
      .int('Podaj pełne godziny')
      .min(1, 'Moduł ma co najmniej 1 h')
      .max(1000, 'Moduł może mieć najwyżej 1000 h'),
    specialists: list(specialistKind, 'Specjaliści', SPECIALIST_KINDS.length)
      .min(1, 'Wybierz co najmniej jednego specjalistę')
      .superRefine(noRepeats('Ten specjalista jest już wybrany')),
    minSession: hoursOfSession,
    maxSession: hoursOfSession,
    pattern: z.enum(MODULE_PATTERNS, { error: 'Wybierz rytm zajęć' }).default('free'),
    weekFrom: weekNumber.nullable().default(null),
    weekTo: weekNumber.nullable().default(null),
    roomFeatures: list(roomFeature, 'Wymagania co do sali', ROOM_FEATURES.length)
      .superRefine(noRepeats('To wymaganie jest już wybrane'))
      .default([]),
    /** Consultation hours (dyżur): individual talks, the group's timetable shows them. */
    duty: z.boolean({ error: 'Zaznacz tak albo nie' }).default(false),
    /** The module's own minimum attendance (%), checked beside the edition's; null → none. */
    minAttendancePercent: attendancePercent.nullable().default(null),
    /** The place in the programme's list. */
    position: z
      .number({ error: 'Podaj pozycję' })
      .int('Podaj pełną liczbę')
      .min(0, 'Pozycja nie może być ujemna')
      .max(999, 'Pozycja może wynosić najwyżej 999')
      .default(0),
  })
  .strict()
  .superRefine((m, ctx) => {
    addIssues(ctx, issueAt(['maxSession'], sessionLengthsProblem(m.minSession, m.maxSession)));
    addIssues(ctx, weekWindowIssues(m.weekFrom, m.weekTo, undefined));
  });

export const trainerInput = z
  .object({
    ...saved,
    name: requiredText('Imię i nazwisko prowadzącego', 120),
    specialisations: list(specialistKind, 'Specjalności', SPECIALIST_KINDS.length)
      .min(1, 'Wybierz co najmniej jedną specjalność')
      .superRefine(noRepeats('Ta specjalność jest już wybrana')),
    /** A staff member of the office who leads sessions (e.g. the group's social worker). */
    staffId: id.nullable().default(null),
    availability: slots(
      'Dostępność prowadzącego',
      'Prowadzący musi mieć co najmniej jeden termin dostępności',
    ),
    maxHoursPerWeek: z
      .number({ error: 'Podaj liczbę godzin' })
      .int('Podaj pełne godziny')
      .min(1, 'Podaj co najmniej 1 h tygodniowo')
      .max(80, 'Najwyżej 80 h tygodniowo')
      .nullable()
      .default(null),
  })
  .strict();

export const absenceInput = z
  .object({
    trainerId: id,
    from: projectDate,
    to: projectDate,
    reason: z.enum(ABSENCE_REASONS, { error: 'Wybierz powód nieobecności' }),
    note: optionalText('Uwagi', 300),
  })
  .strict()
  .superRefine((a, ctx) => addIssues(ctx, issueAt(['to'], endBeforeStartProblem(a.from, a.to))));

export const roomInput = z
  .object({
    ...saved,
    name: requiredText('Nazwa sali', 120),
    capacity: z
      .number({ error: 'Podaj liczbę miejsc' })
      .int('Podaj pełną liczbę miejsc')
      .min(1, 'Sala musi mieć co najmniej 1 miejsce')
      .max(500, 'Sala może mieć najwyżej 500 miejsc'),
    features: list(roomFeature, 'Wyposażenie sali', ROOM_FEATURES.length)
      .superRefine(noRepeats('To wyposażenie jest już wybrane'))
      .default([]),
    availability: slots('Dostępność sali', 'Sala musi mieć co najmniej jeden termin dostępności'),
    /** The partner lending the room (e.g. a school's computer room); null → the office's own. */
    owner: optionalText('Właściciel sali', 200),
  })
  .strict();

export const memberInput = z
  .object({
    participantId: id,
    joinedOn: projectDate,
    leftOn: projectDate.nullable().default(null),
  })
  .strict()
  .superRefine((m, ctx) =>
    addIssues(ctx, issueAt(['leftOn'], endBeforeStartProblem(m.joinedOn, m.leftOn))),
  );

export const setMembersInput = z
  .object({
    groupId: id,
    members: list(memberInput, 'Członkowie grupy', 100).superRefine(
      noRepeats('Ta osoba jest już w grupie', (m) => m.participantId, ['participantId']),
    ),
  })
  .strict();

/** Where a session is to go (a move, or its check before the move). */
export const sessionMoveInput = z
  .object({
    sessionId: id,
    date: projectDate,
    from: minuteOfDay,
    to: minuteOfDay,
    trainerId: id,
    roomId: id,
  })
  .strict()
  .superRefine((s, ctx) => addIssues(ctx, issueAt(['to'], slotEndProblem(s.from, s.to))));

export const sessionsQuery = z
  .object({
    editionId: id,
    from: projectDate.optional(),
    to: projectDate.optional(),
    groupId: id.optional(),
    trainerId: id.optional(),
    roomId: id.optional(),
  })
  .strict()
  .superRefine((q, ctx) => addIssues(ctx, issueAt(['to'], endBeforeStartProblem(q.from, q.to))));

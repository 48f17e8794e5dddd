import type { PlannedSession } from '../../src-main/domain/club/model';
import { addDays } from '../../src-main/domain/dates';
import { insertSessions } from '../../src-main/features/club/club-sessions.repo';
import { at, validEdition, validGroup, validModule, validRoom, validTrainer } from './club-inputs';
import { efsProject } from './contracts';
import { validEnrolment, validParticipant, type TestApp } from './test-app';

export * from './club-inputs';

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first Monday at least `days` after `today`: a cycle's start relative to the clock. */
export function mondayAfter(today: string, days = 7): string {
  let d = addDays(today, days);
  while (isoWeekday(d) !== 1) d = addDays(d, 1);
  return d;
}

/** A project running from about ten months before today to about a year and a month after. */
export const projectAround = (today: string) =>
  efsProject({ startDate: addDays(today, -300), endDate: addDays(today, 400) });

export interface ClubWorld {
  projectId: number;
  editionId: number;
  /** The cycle's first day: a Monday a week or more after the clock's today. */
  start: string;
  groupId: number;
  /** Psychoedukacja (8 h, free) and Trening kompetencji społecznych (12 h, weekly). */
  moduleIds: [number, number];
  trainerId: number;
  roomId: number;
}

/**
 * The small instance of the club's tests: a 4-week edition (Mon/Wed/Fri 9–13) starting on the
 * first Monday a week after today, one group of 12, two modules (20 h in all), one trainer who
 * leads both, one room — through the channels, as the office would type it.
 */
export async function clubWorld(app: TestApp): Promise<ClubWorld> {
  const today = app.clock.today();
  const project = await app.call('projects.create', projectAround(today));
  const start = mondayAfter(today);
  const edition = await app.call('club.createEdition', validEdition(project.id, start));
  const group = await app.call('club.saveGroup', validGroup(edition.id));
  const psycho = await app.call('club.saveModule', validModule(edition.id));
  const training = await app.call(
    'club.saveModule',
    validModule(edition.id, {
      name: 'Trening kompetencji społecznych',
      hours: 12,
      specialists: ['instructor'],
      minSession: 3,
      maxSession: 3,
      pattern: 'weekly',
      position: 2,
    }),
  );
  const trainer = await app.call('club.saveTrainer', validTrainer(edition.id));
  const room = await app.call('club.saveRoom', validRoom(edition.id));
  return {
    projectId: project.id,
    editionId: edition.id,
    start,
    groupId: group.id,
    moduleIds: [psycho.id, training.id],
    trainerId: trainer.id,
    roomId: room.id,
  };
}

/** A person enrolled into the project and qualified on `day`; returns their id. */
export async function qualifiedPerson(
  app: TestApp,
  projectId: number,
  day: string,
  lastName = 'Kowalski',
): Promise<number> {
  const person = await app.call('participants.create', validParticipant({ lastName }));
  const enrolment = await app.call(
    'enrolments.create',
    validEnrolment(person.id, projectId, { enrolledOn: day, consentDate: day }),
  );
  await app.call('enrolments.changeStatus', { id: enrolment.id, to: 'qualified', date: day });
  return person.id;
}

/** A session of the world on `date` (Psychoedukacja 9–11 unless told), as a plan would store it. */
export function worldSession(
  w: ClubWorld,
  date: string,
  overrides: Partial<PlannedSession> = {},
): PlannedSession {
  return {
    groupId: w.groupId,
    moduleId: w.moduleIds[0],
    trainerId: w.trainerId,
    roomId: w.roomId,
    date,
    from: at(9),
    to: at(11),
    locked: false,
    ...overrides,
  };
}

/**
 * Stores sessions straight through the repository, as a saved plan would: for tests of what
 * the core does with a timetable (deleting, locking) that must not wait for the planner.
 */
export async function storeSessions(
  app: TestApp,
  editionId: number,
  sessions: PlannedSession[],
): Promise<void> {
  await app.uow.write((tx) =>
    insertSessions(tx, editionId, sessions, `${app.clock.today()}T08:00:00.000Z`),
  );
}

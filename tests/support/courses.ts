import type { ChannelInput, ChannelOutput } from '../../src-main/contract';
import { addDays } from '../../src-main/domain/dates';
import { enrolParticipants, type Person } from './attendance';
import { mondayAfter, projectAround } from './club';
import type { TestApp } from './test-app';

/** A training provider as the office types it (NIP grouped with dashes, as on invoices). */
export function validProvider(
  overrides: Partial<ChannelInput<'courses.saveProvider'>> = {},
): ChannelInput<'courses.saveProvider'> {
  return {
    name: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
    nip: '526-000-12-81',
    address: 'ul. Hutnicza 7\n26-600 Radom',
    risNumber: '2.14/00123/2019',
    contactPerson: 'Grażyna Łuczak',
    phone: '48 360 00 11',
    email: 'biuro@spawalnik.example.pl',
    ...overrides,
  };
}

/**
 * The course's people: both sexes, surnames whose Polish order differs from the code-unit
 * order (Ś after S, Ł after L, Ż after Z, Ć after C).
 */
export const COURSE_PEOPLE: Person[] = [
  { lastName: 'Żurawska', firstName: 'Małgorzata', sex: 'K' },
  { lastName: 'Śliwa', firstName: 'Grzegorz', sex: 'M' },
  { lastName: 'Sowa', firstName: 'Jolanta', sex: 'K' },
  { lastName: 'Łukasik', firstName: 'Zdzisław', sex: 'M' },
  { lastName: 'Ćwiklińska', firstName: 'Bożena', sex: 'K' },
];

/** The programme of the course of the tests: 20 hours in three topics. */
export const COURSE_TOPICS = [
  { title: 'Przepisy BHP przy pracach spawalniczych', hours: 4 },
  { title: 'Technologia spawania metodą MAG', hours: 6 },
  { title: 'Zajęcia praktyczne na stanowisku spawalniczym', hours: 10 },
];

/** The course's first day: the first Monday a week or more after the clock's today. */
export const courseStart = (app: TestApp) => mondayAfter(app.clock.today());

/**
 * A valid course of 20 hours (the topics add up) in the project, from `startDate` (default: the
 * first Monday a week after the clock's today) for four weeks.
 */
export function validCourse(
  projectId: number,
  providerId: number,
  overrides: Partial<ChannelInput<'courses.save'>> & { startDate: string },
): ChannelInput<'courses.save'> {
  return {
    projectId,
    providerId,
    name: 'Spawacz MAG (135)',
    form: 'kurs',
    place: 'Radom, ul. Hutnicza 7, hala warsztatowa',
    endDate: addDays(overrides.startDate, 27),
    totalHours: 20,
    topics: COURSE_TOPICS,
    minAttendancePercent: 80,
    examRequired: true,
    resultKind: 'qualification',
    ...overrides,
  };
}

/**
 * The course's five classes of 4 hours (9:00–13:00): Monday and Wednesday of its first weeks,
 * as the office would type them (dates listed from the start, not by the pattern generator).
 */
export function courseClasses(startDate: string) {
  return [0, 2, 7, 9, 14].map((d, i) => ({
    id: null,
    date: addDays(startDate, d),
    from: 540,
    to: 780,
    topic: COURSE_TOPICS[Math.min(i, 2)]!.title,
  }));
}

export interface CourseWorld {
  projectId: number;
  providerId: number;
  courseId: number;
  /** Participant ids in the order of `people`, all on the course. */
  ids: number[];
  people: Person[];
  /** The course as saved, with its people and classes. */
  course: ChannelOutput<'courses.get'>;
  /** The classes in time order (five of 4 hours: 20 hours planned). */
  classes: ChannelOutput<'courses.get'>['classes'];
}

/**
 * A provider, a project around the clock's today, `people` enrolled as its participants, and a
 * course starting the first Monday a week after today with those people and five classes. The
 * clock stays before the course: a test moves it (`afterCourse`, `app.clock.set`).
 */
export async function courseWorld(
  app: TestApp,
  people: readonly Person[] = COURSE_PEOPLE,
  course: Partial<ChannelInput<'courses.save'>> = {},
): Promise<CourseWorld> {
  const project = await app.call('projects.create', projectAround(app.clock.today()));
  const provider = await app.call('courses.saveProvider', validProvider());
  const ids = await enrolParticipants(app, project.id, people);
  const startDate = course.startDate ?? courseStart(app);
  const saved = await app.call(
    'courses.save',
    validCourse(project.id, provider.id, { ...course, startDate }),
  );
  await app.call('courses.setParticipants', { courseId: saved.id, participantIds: ids });
  const full = await app.call('courses.saveClasses', {
    courseId: saved.id,
    classes: courseClasses(startDate),
  });
  return {
    projectId: project.id,
    providerId: provider.id,
    courseId: saved.id,
    ids,
    people: [...people],
    course: full,
    classes: full.classes,
  };
}

/** Moves the clock to the day of the `n`-th class (0-based): it and those before are held. */
export function classesHeldUntil(app: TestApp, w: CourseWorld, n: number): string {
  const day = w.classes[n]!.date;
  app.clock.set(day);
  return day;
}

/** The day after the last class: every class is held. */
export function afterCourse(app: TestApp, w: CourseWorld): string {
  const day = addDays(w.classes.at(-1)!.date, 1);
  app.clock.set(day);
  return day;
}

/** Every person present at every class (the input of `courses.recordGrid`). */
export function everybodyPresent(w: CourseWorld) {
  return w.classes.flatMap((c) =>
    w.ids.map((participantId) => ({ sessionId: c.id, participantId, status: 'present' as const })),
  );
}

/**
 * A certificate's register row written straight into the table (as the certificates' write
 * would leave it), for tests of what a certificate blocks; returns its id. Columns the test
 * does not care about (the register's frozen address and identity…) get placeholders.
 */
export function storedCertificate(
  app: TestApp,
  row: { courseId: number; participantId: number; number: string; revokedOn?: string | null },
): number {
  const sqlite = app.handle.sqlite;
  const values: Record<string, unknown> = {
    course_id: row.courseId,
    participant_id: row.participantId,
    number: row.number,
    issued_on: app.clock.today(),
    code: `KOD-${row.number}`,
    revoked_on: row.revokedOn ?? null,
  };
  const columns = sqlite.pragma('table_info(course_certificates)') as {
    name: string;
    notnull: number;
    dflt_value: unknown;
    pk: number;
    type: string;
  }[];
  for (const c of columns)
    if (c.notnull && c.dflt_value === null && !c.pk && !(c.name in values))
      values[c.name] = /int/i.test(c.type) ? 0 : '—';
  const names = Object.keys(values);
  const result = sqlite
    .prepare(
      `INSERT INTO course_certificates (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    )
    .run(...Object.values(values));
  return Number(result.lastInsertRowid);
}

import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Course, CourseSummary, CourseTopic } from '../../contract/courses';
import { AppError } from '../../contract/errors';
import { first } from '../../db/query';
import {
  courseCertificates,
  courseParticipants,
  courseProviders,
  courses,
  courseTopics,
  projects,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { CourseResultKind } from '../../domain/courses/course-rules';
import { sessionsWithMarks } from '../attendance/marks.repo';
import { classesOf } from './course-classes.repo';
import { certificatesOfCourse, peopleOf } from './course-people.repo';

/*
 * A course's own row and its programme (topics); `requireCourse` reads the whole course as
 * `courses.get` answers it — people, classes (with whether their attendance is recorded) and
 * how many certificates were issued.
 */

type Row = typeof courses.$inferSelect;
export type CourseRow = Omit<Row, 'createdAt' | 'updatedAt' | 'resultKind'> & {
  resultKind: CourseResultKind;
};
export type CourseValues = Omit<CourseRow, 'id'>;

export const COURSE_NOT_FOUND = 'Nie znaleziono kursu';

export async function findCourseRow(tx: Tx, id: number): Promise<CourseRow | undefined> {
  const row = await first(tx.select().from(courses).where(eq(courses.id, id)));
  if (!row) return undefined;
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, resultKind: rest.resultKind as CourseResultKind };
}

export async function requireCourseRow(tx: Tx, id: number): Promise<CourseRow> {
  const row = await findCourseRow(tx, id);
  if (!row) throw new AppError('not_found', COURSE_NOT_FOUND);
  return row;
}

export function topicsOf(tx: Tx, courseId: number): Promise<CourseTopic[]> {
  return tx
    .select({ title: courseTopics.title, hours: courseTopics.hours })
    .from(courseTopics)
    .where(eq(courseTopics.courseId, courseId))
    .orderBy(asc(courseTopics.position));
}

export async function insertCourse(tx: Tx, values: CourseValues): Promise<number> {
  const [row] = await tx.insert(courses).values(values).returning({ id: courses.id });
  return row!.id;
}

export async function updateCourseRow(
  tx: Tx,
  id: number,
  values: CourseValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(courses)
    .set({ ...values, updatedAt })
    .where(eq(courses.id, id));
}

/** Replaces the programme with `topics`, in their order. */
export async function replaceTopics(
  tx: Tx,
  courseId: number,
  topics: readonly CourseTopic[],
): Promise<void> {
  await tx.delete(courseTopics).where(eq(courseTopics.courseId, courseId));
  if (topics.length)
    await tx
      .insert(courseTopics)
      .values(
        topics.map((t, position) => ({ courseId, position, title: t.title, hours: t.hours })),
      );
}

/** The names a course is shown with: its project's title and its provider's name. */
export async function courseNames(
  tx: Tx,
  course: Pick<CourseRow, 'projectId' | 'providerId'>,
): Promise<{ project: string; provider: string }> {
  const [project, provider] = await Promise.all([
    first(
      tx.select({ title: projects.title }).from(projects).where(eq(projects.id, course.projectId)),
    ),
    first(
      tx
        .select({ name: courseProviders.name })
        .from(courseProviders)
        .where(eq(courseProviders.id, course.providerId)),
    ),
  ]);
  return { project: project?.title ?? '', provider: provider?.name ?? '' };
}

/** The whole course as `courses.get` answers it; not found → AppError('not_found'). */
export async function requireCourse(tx: Tx, id: number): Promise<Course> {
  const row = await requireCourseRow(tx, id);
  const [names, topics, people, classes, certificates] = await Promise.all([
    courseNames(tx, row),
    topicsOf(tx, id),
    peopleOf(tx, id),
    classesOf(tx, id),
    certificatesOfCourse(tx, id),
  ]);
  const recorded = await sessionsWithMarks(
    tx,
    'course',
    classes.map((c) => c.id),
  );
  return {
    ...row,
    ...names,
    topics,
    participants: people.map(({ participantId, name, sex, exam }) => ({
      participantId,
      name,
      sex,
      exam,
    })),
    classes: classes.map((c) => ({ ...c, recorded: recorded.has(c.id) })),
    certificates: certificates.length,
  };
}

const participantCount = sql<number>`(select count(*) from ${courseParticipants} where ${courseParticipants.courseId} = ${courses.id})`;
const certificateCount = sql<number>`(select count(*) from ${courseCertificates} where ${courseCertificates.courseId} = ${courses.id})`;

/** Courses (of one project, or all), the newest first, then by name. */
export async function listCourseSummaries(
  tx: Tx,
  projectId: number | undefined,
): Promise<CourseSummary[]> {
  const rows = await tx
    .select({
      id: courses.id,
      projectId: courses.projectId,
      project: projects.title,
      name: courses.name,
      provider: courseProviders.name,
      startDate: courses.startDate,
      endDate: courses.endDate,
      totalHours: courses.totalHours,
      resultKind: courses.resultKind,
      participants: participantCount,
      certificates: certificateCount,
    })
    .from(courses)
    .innerJoin(projects, eq(projects.id, courses.projectId))
    .innerJoin(courseProviders, eq(courseProviders.id, courses.providerId))
    .where(projectId === undefined ? undefined : eq(courses.projectId, projectId))
    .orderBy(desc(courses.startDate), asc(courses.name), asc(courses.id));
  return rows.map((r) => ({ ...r, resultKind: r.resultKind as CourseResultKind }));
}

/** The courses a person is on, the newest first. */
export function coursesOfParticipant(tx: Tx, participantId: number) {
  return tx
    .select({
      courseId: courses.id,
      course: courses.name,
      project: projects.title,
      startDate: courses.startDate,
      endDate: courses.endDate,
      totalHours: courses.totalHours,
    })
    .from(courseParticipants)
    .innerJoin(courses, eq(courses.id, courseParticipants.courseId))
    .innerJoin(projects, eq(projects.id, courses.projectId))
    .where(eq(courseParticipants.participantId, participantId))
    .orderBy(desc(courses.startDate), asc(courses.name), asc(courses.id));
}

import type { ParsedInput } from '../../contract';
import type { Course, CourseSummary, PersonCourse } from '../../contract/courses';
import { AppError } from '../../contract/errors';
import { END_BEFORE_START, type RuleIssue } from '../../contract/rules';
import type { HandlerContext } from '../../dispatcher';
import { topicsSumProblem } from '../../domain/courses/course-rules';
import { formatDate } from '../../domain/dates';
import { polishSortKey } from '../../domain/sort-key';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { refuseField, refuseIssues } from '../field-rules';
import { findProject } from '../projects/projects.repo';
import { classesOf } from './course-classes.repo';
import { completionOf } from './course-completion.service';
import { certificatesOfPerson, peopleOf } from './course-people.repo';
import {
  COURSE_NOT_FOUND,
  coursesOfParticipant,
  findCourseRow,
  insertCourse,
  listCourseSummaries,
  replaceTopics,
  requireCourse,
  topicsOf,
  updateCourseRow,
  type CourseValues,
} from './courses.repo';
import { findProvider } from './providers.repo';

/*
 * Vocational courses: the course with its programme, read and saved. Its people and exam are
 * course-people.service.ts's, its classes course-classes.service.ts's, attendance
 * course-attendance.service.ts's, completion course-completion.service.ts's.
 */

/** Courses (of one project, or all): the newest first, then by name in Polish order. */
export function getCourses(ctx: HandlerContext, projectId?: number): Promise<CourseSummary[]> {
  return ctx.uow.read(async (tx) => {
    const list = await listCourseSummaries(tx, projectId);
    const key = new Map(list.map((c) => [c.id, polishSortKey(c.name)]));
    return list.sort(
      (a, b) =>
        (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0) ||
        (key.get(a.id)! < key.get(b.id)! ? -1 : key.get(a.id)! > key.get(b.id)! ? 1 : 0) ||
        a.id - b.id,
    );
  });
}

export function getCourse(ctx: HandlerContext, id: number): Promise<Course> {
  return ctx.uow.read((tx) => requireCourse(tx, id));
}

/**
 * Adds or changes a course. Its dates lie within the project's, its topics add up to its
 * hours; once it has classes they stay within its dates, once it has people it stays in its
 * project. Issued certificates keep their own frozen data, so a change after them is allowed.
 */
export function saveCourse(
  ctx: HandlerContext,
  input: ParsedInput<'courses.save'>,
): Promise<Course> {
  const { id, topics, ...values } = input;
  const row: CourseValues = values;
  return ctx.uow.write(async (tx) => {
    const before = id === undefined ? undefined : await findCourseRow(tx, id);
    if (id !== undefined && !before) throw new AppError('not_found', COURSE_NOT_FOUND);
    if (!(await findProvider(tx, row.providerId)))
      refuseField('providerId', 'Nie znaleziono organizatora szkolenia');
    const project = await findProject(tx, row.projectId);
    if (!project) refuseField('projectId', 'Nie znaleziono projektu');

    const issues: RuleIssue[] = [];
    const outside = `Kurs musi się mieścić w okresie realizacji projektu (od ${formatDate(project.startDate)} do ${formatDate(project.endDate)})`;
    if (row.endDate < row.startDate) issues.push({ path: ['endDate'], message: END_BEFORE_START });
    if (row.startDate < project.startDate) issues.push({ path: ['startDate'], message: outside });
    if (row.endDate > project.endDate) issues.push({ path: ['endDate'], message: outside });
    const sum = topicsSumProblem(topics, row.totalHours);
    if (sum) issues.push({ path: ['topics'], message: sum });
    const beforeTopics = before ? await topicsOf(tx, before.id) : [];
    if (before) {
      if (before.projectId !== row.projectId && (await peopleOf(tx, before.id)).length)
        issues.push({
          path: ['projectId'],
          message: 'Kurs ma już uczestników — nie można go przenieść do innego projektu',
        });
      const classes = await classesOf(tx, before.id);
      const early = classes.find((c) => c.date < row.startDate);
      const late = classes.findLast((c) => c.date > row.endDate);
      if (early)
        issues.push({
          path: ['startDate'],
          message: `Kurs ma zajęcia ${formatDate(early.date)} — początek nie może być późniejszy`,
        });
      if (late)
        issues.push({
          path: ['endDate'],
          message: `Kurs ma zajęcia ${formatDate(late.date)} — koniec nie może być wcześniejszy`,
        });
    }
    refuseIssues(issues);

    let savedId: number;
    if (before) {
      const { id: _id, ...old } = before;
      const fields = changedFields({ ...old, topics: beforeTopics }, { ...row, topics });
      if (!fields.length) return requireCourse(tx, before.id);
      await updateCourseRow(tx, before.id, row, ctx.now);
      if (fields.includes('topics')) await replaceTopics(tx, before.id, topics);
      savedId = before.id;
      await recordAudit(ctx, {
        entity: 'course',
        entityId: savedId,
        action: 'update',
        changedFields: fields,
      });
    } else {
      savedId = await insertCourse(tx, row);
      await replaceTopics(tx, savedId, topics);
      await recordAudit(ctx, {
        entity: 'course',
        entityId: savedId,
        action: 'create',
        changedFields: changedFields(null, { ...row, topics }),
      });
    }
    return requireCourse(tx, savedId);
  });
}

/** The person's courses with their attendance, exam and certificates, for their card. */
export function getPersonCourses(
  ctx: HandlerContext,
  participantId: number,
): Promise<PersonCourse[]> {
  return ctx.uow.read(async (tx) => {
    const [list, certificates] = await Promise.all([
      coursesOfParticipant(tx, participantId),
      certificatesOfPerson(tx, participantId),
    ]);
    const result: PersonCourse[] = [];
    for (const c of list) {
      const completion = await completionOf(tx, c.courseId, ctx.today);
      const own = completion.people.find((p) => p.participantId === participantId);
      result.push({
        ...c,
        percent: own?.percent ?? 0,
        exam: own?.exam ?? null,
        certificates: certificates
          .filter((x) => x.courseId === c.courseId)
          .map((x) => ({
            id: x.id,
            number: x.number,
            issuedOn: x.issuedOn,
            revoked: x.revokedOn !== null,
          })),
      });
    }
    return result;
  });
}

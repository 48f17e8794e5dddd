import type { ParsedInput } from '../../contract';
import type { Course } from '../../contract/courses';
import { futureDateProblem, type RuleIssue } from '../../contract/rules';
import type { HandlerContext } from '../../dispatcher';
import { formatDate } from '../../domain/dates';
import { recordAudit } from '../audit/audit.repo';
import { marksOfSessions } from '../attendance/marks.repo';
import { refuseIssues } from '../field-rules';
import { findProject } from '../projects/projects.repo';
import { classesOf } from './course-classes.repo';
import {
  addPeople,
  certificatesOfCourse,
  enrolmentStatusesIn,
  peopleOf,
  removePeople,
  setExam,
  validCertificate,
} from './course-people.repo';
import { requireCourse, requireCourseRow } from './courses.repo';

/*
 * A course's people — taken from its project's participants — and their final exam. What is
 * on paper about a person (recorded attendance, an exam result, a certificate) keeps them on
 * the course; a result a valid certificate rests on is changed only after revoking it.
 */

/** Sets the course's people (the whole list); every refusal names the person and the reason. */
export function setParticipants(
  ctx: HandlerContext,
  input: ParsedInput<'courses.setParticipants'>,
): Promise<Course> {
  return ctx.uow.write(async (tx) => {
    const course = await requireCourseRow(tx, input.courseId);
    const current = await peopleOf(tx, course.id);
    const onCourse = new Set(current.map((p) => p.participantId));
    const wanted = new Set(input.participantIds);
    const added = input.participantIds.filter((id) => !onCourse.has(id));
    const removed = current.filter((p) => !wanted.has(p.participantId));

    const issues: RuleIssue[] = [];
    const participants = new Set(
      (await enrolmentStatusesIn(tx, course.projectId, added))
        .filter((e) => e.status === 'participant')
        .map((e) => e.participantId),
    );
    const project = added.some((id) => !participants.has(id))
      ? await findProject(tx, course.projectId)
      : undefined;
    input.participantIds.forEach((id, i) => {
      if (!onCourse.has(id) && !participants.has(id))
        issues.push({
          path: ['participantIds', i],
          message: `Ta osoba nie jest uczestnikiem projektu „${project?.title ?? ''}”`,
        });
    });
    if (removed.length) {
      const classIds = (await classesOf(tx, course.id)).map((c) => c.id);
      const marked = new Set(
        (await marksOfSessions(tx, 'course', classIds)).map((m) => m.participantId),
      );
      const certified = new Set(
        (await certificatesOfCourse(tx, course.id)).map((c) => c.participantId),
      );
      for (const p of removed) {
        const why = certified.has(p.participantId)
          ? 'ma wydane zaświadczenie'
          : p.exam
            ? 'ma zapisany wynik egzaminu'
            : marked.has(p.participantId)
              ? 'ma zapisaną obecność na zajęciach'
              : null;
        if (why)
          issues.push({
            path: ['participantIds'],
            message: `Nie można zdjąć z kursu osoby ${p.name}: ${why}`,
          });
      }
    }
    refuseIssues(issues);

    if (added.length || removed.length) {
      await removePeople(
        tx,
        course.id,
        removed.map((p) => p.participantId),
      );
      await addPeople(tx, course.id, added);
      await recordAudit(ctx, {
        entity: 'course',
        entityId: course.id,
        action: 'update',
        changedFields: ['participants'],
      });
    }
    return requireCourse(tx, course.id);
  });
}

/**
 * Records (or, with `result: null`, takes back) final exam results of the course's people.
 * A course without a required exam may record one too (the provider held it); completion
 * counts it only when the course requires it.
 */
export function saveExam(
  ctx: HandlerContext,
  input: ParsedInput<'courses.saveExam'>,
): Promise<Course> {
  return ctx.uow.write(async (tx) => {
    const course = await requireCourseRow(tx, input.courseId);
    const people = new Map((await peopleOf(tx, course.id)).map((p) => [p.participantId, p]));
    const certificates = await certificatesOfCourse(tx, course.id);
    const issues: RuleIssue[] = [];
    const changes: typeof input.results = [];
    input.results.forEach((r, i) => {
      const at = (field: string) => ['results', i, field];
      const person = people.get(r.participantId);
      if (!person) {
        issues.push({ path: at('participantId'), message: 'Tej osoby nie ma na kursie' });
        return;
      }
      const date = r.result === null ? null : r.date;
      if ((r.result === 'passed' || r.result === 'failed') && date === null)
        issues.push({ path: at('date'), message: 'Podaj datę egzaminu' });
      if (date !== null && date < course.startDate)
        issues.push({
          path: at('date'),
          message: `Egzamin nie może się odbyć przed początkiem kursu (${formatDate(course.startDate)})`,
        });
      const future = futureDateProblem(date, ctx.today);
      if (future) issues.push({ path: at('date'), message: future });
      const unchanged =
        (person.exam?.result ?? null) === r.result && (person.exam?.date ?? null) === date;
      if (unchanged) return;
      const certificate = validCertificate(certificates, r.participantId);
      if (certificate)
        issues.push({
          path: at('result'),
          message: `Najpierw unieważnij zaświadczenie nr ${certificate.number}`,
        });
      changes.push({ ...r, date });
    });
    refuseIssues(issues);
    for (const c of changes)
      await setExam(tx, course.id, c.participantId, { result: c.result, date: c.date }, ctx.now);
    if (changes.length)
      await recordAudit(ctx, {
        entity: 'course',
        entityId: course.id,
        action: 'update',
        changedFields: ['exam'],
      });
    return requireCourse(tx, course.id);
  });
}

import type { ParsedInput } from '../../contract';
import { SLOT_END_BEFORE_START } from '../../contract/club-rules';
import type { Course } from '../../contract/courses';
import type { RuleIssue } from '../../contract/rules';
import type { HandlerContext } from '../../dispatcher';
import { formatDate } from '../../domain/dates';
import { recordAudit } from '../audit/audit.repo';
import { sessionsWithMarks } from '../attendance/marks.repo';
import { refuseIssues } from '../field-rules';
import {
  classesOf,
  deleteClasses,
  insertClasses,
  updateClass,
  type ClassValues,
} from './course-classes.repo';
import { requireCourse, requireCourseRow } from './courses.repo';

/*
 * A course's classes (its timetable), set as a whole list in one write: within the course's
 * dates, none overlapping another on its day. A class whose attendance is recorded is on
 * paper: it keeps its date and hours (its topic may be corrected) and is not removed.
 */

export const CLASSES_OVERLAP = 'Zajęcia w tym samym dniu nie mogą na siebie nachodzić';

export function saveClasses(
  ctx: HandlerContext,
  input: ParsedInput<'courses.saveClasses'>,
): Promise<Course> {
  return ctx.uow.write(async (tx) => {
    const course = await requireCourseRow(tx, input.courseId);
    const existing = new Map((await classesOf(tx, course.id)).map((c) => [c.id, c]));
    const recorded = await sessionsWithMarks(tx, 'course', [...existing.keys()]);
    const issues: RuleIssue[] = [];
    const seen = new Set<number>();
    const outside = `Zajęcia muszą się odbyć w czasie kursu (od ${formatDate(course.startDate)} do ${formatDate(course.endDate)})`;
    input.classes.forEach((c, i) => {
      const at = (field: string) => ['classes', i, field];
      if (c.id !== null) {
        if (!existing.has(c.id))
          issues.push({ path: at('id'), message: 'Tych zajęć nie ma w tym kursie' });
        else if (seen.has(c.id))
          issues.push({ path: at('id'), message: 'Te zajęcia są na liście dwa razy' });
        seen.add(c.id);
        const before = existing.get(c.id);
        if (
          before &&
          recorded.has(before.id) &&
          (before.date !== c.date || before.from !== c.from || before.to !== c.to)
        )
          issues.push({
            path: at('date'),
            message: `Zajęcia z dnia ${formatDate(before.date)} mają zapisaną obecność — ich data i godziny nie mogą się zmienić`,
          });
      }
      if (c.date < course.startDate || c.date > course.endDate)
        issues.push({ path: at('date'), message: outside });
      if (c.to <= c.from) issues.push({ path: at('to'), message: SLOT_END_BEFORE_START });
      else if (
        input.classes
          .slice(0, i)
          .some((o) => o.date === c.date && o.from < o.to && o.from < c.to && c.from < o.to)
      )
        issues.push({ path: at('from'), message: CLASSES_OVERLAP });
    });
    const removed = [...existing.values()].filter((c) => !seen.has(c.id));
    for (const c of removed.filter((x) => recorded.has(x.id)))
      issues.push({
        path: ['classes'],
        message: `Zajęcia z dnia ${formatDate(c.date)} mają zapisaną obecność — nie można ich usunąć`,
      });
    refuseIssues(issues);

    const values = (c: (typeof input.classes)[number]): ClassValues => ({
      date: c.date,
      from: c.from,
      to: c.to,
      topic: c.topic,
    });
    let changed = removed.length > 0;
    await deleteClasses(
      tx,
      course.id,
      removed.map((c) => c.id),
    );
    for (const c of input.classes) {
      const before = c.id === null ? undefined : existing.get(c.id);
      if (!before) continue;
      const next = values(c);
      if (
        before.date !== next.date ||
        before.from !== next.from ||
        before.to !== next.to ||
        before.topic !== next.topic
      ) {
        await updateClass(tx, before.id, next);
        changed = true;
      }
    }
    const added = input.classes.filter((c) => c.id === null).map(values);
    await insertClasses(tx, course.id, added);
    if (changed || added.length)
      await recordAudit(ctx, {
        entity: 'course',
        entityId: course.id,
        action: 'update',
        changedFields: ['classes'],
      });
    return requireCourse(tx, course.id);
  });
}

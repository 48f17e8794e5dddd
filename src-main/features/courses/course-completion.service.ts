import type { HoursWarning } from '../../contract/attendance';
import type { CourseCompletion, CourseCompletionRow } from '../../contract/courses';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import {
  checkCompletion,
  completionMessage,
  formatHours,
  requiredMinutes,
  tallyPerson,
  type HeldSession,
  type Tally,
} from '../../domain/attendance/hours';
import { formatDate } from '../../domain/dates';
import { marksOfSessions, type StoredMarkRow } from '../attendance/marks.repo';
import { classesOf } from './course-classes.repo';
import { certificatesOfCourse, peopleOf, validCertificate } from './course-people.repo';
import { requireCourseRow } from './courses.repo';

/*
 * Who completed a course: hours from the classes' marks (the club's arithmetic, every
 * participant planned for every class), the course's minimum attendance, the final exam when
 * the course requires one. A certificate may be issued only to an eligible person — the
 * certificates' write calls `completionOf` inside its own transaction.
 */

/** Whole percent attended of the planned minutes (floor; 0 when nothing is planned). */
export const attendedPercent = (t: Pick<Tally, 'attended' | 'planned'>): number =>
  t.planned > 0 ? Math.floor((100 * t.attended) / t.planned) : 0;

/** The course's classes as the hours' arithmetic takes them (the course is their one module). */
export function heldClasses(
  courseId: number,
  classes: readonly { id: number; date: string; from: number; to: number }[],
): HeldSession[] {
  return classes.map((c) => ({
    id: c.id,
    moduleId: courseId,
    date: c.date,
    minutes: c.to - c.from,
  }));
}

/** Each person's marks by class. */
export function marksByPerson(
  marks: readonly StoredMarkRow[],
): Map<number, Map<number, StoredMarkRow>> {
  const byPerson = new Map<number, Map<number, StoredMarkRow>>();
  for (const m of marks) {
    let own = byPerson.get(m.participantId);
    if (!own) byPerson.set(m.participantId, (own = new Map()));
    own.set(m.sessionId, m);
  }
  return byPerson;
}

/** The course's completion as it stands on `today`, read in the caller's transaction. */
export async function completionOf(
  tx: Tx,
  courseId: number,
  today: string,
): Promise<CourseCompletion> {
  const course = await requireCourseRow(tx, courseId);
  const [classes, people, certificates] = await Promise.all([
    classesOf(tx, courseId),
    peopleOf(tx, courseId),
    certificatesOfCourse(tx, courseId),
  ]);
  const sessions = heldClasses(courseId, classes);
  const marks = marksByPerson(
    await marksOfSessions(
      tx,
      'course',
      classes.map((c) => c.id),
    ),
  );
  const percent = course.minAttendancePercent;
  const last = classes.at(-1)?.date ?? null;
  const over = last !== null && last <= today;

  const row = (person: (typeof people)[number]): CourseCompletionRow => {
    const own = marks.get(person.participantId);
    const { total } = tallyPerson({
      sessions,
      memberOf: () => true,
      markOf: (id) => own?.get(id),
      today,
    });
    const required = requiredMinutes(total.planned, percent);
    const certificate = validCertificate(certificates, person.participantId);
    const reasons: string[] = [];
    if (last === null) reasons.push('kurs nie ma zaplanowanych zajęć');
    else if (!over) reasons.push(`kurs jeszcze trwa (ostatnie zajęcia ${formatDate(last)})`);
    if (total.unrecorded > 0)
      reasons.push(
        `nie wszystkie zajęcia mają zapisaną obecność (${formatHours(total.unrecorded)})`,
      );
    if (over && total.attended < required)
      reasons.push(
        `obecność ${attendedPercent(total)} % przy wymaganych ${percent} % (brakuje ${formatHours(required - total.attended)})`,
      );
    if (course.examRequired) {
      const result = person.exam?.result ?? null;
      if (result === 'failed') reasons.push('egzamin niezdany');
      else if (result === 'absent') reasons.push('nieobecność na egzaminie');
      else if (result === null && over) reasons.push('brak wyniku egzaminu');
    }
    const warnings: HoursWarning[] = [];
    // A person with a certificate is judged by it, not warned about.
    const check = certificate ? null : checkCompletion(total, percent);
    if (check)
      warnings.push({ ...check, moduleId: null, message: completionMessage(check, percent, null) });
    const eligible =
      over &&
      total.unrecorded === 0 &&
      total.attended >= required &&
      (!course.examRequired || person.exam?.result === 'passed');
    return {
      participantId: person.participantId,
      name: person.name,
      sex: person.sex,
      total,
      required,
      percent: attendedPercent(total),
      exam: person.exam,
      eligible,
      reasons: eligible ? [] : reasons,
      warnings,
      certificate: certificate && {
        id: certificate.id,
        number: certificate.number,
        code: certificate.code,
      },
    };
  };

  return {
    courseId,
    minAttendancePercent: percent,
    examRequired: course.examRequired,
    people: people.map(row),
  };
}

export function getCompletion(ctx: HandlerContext, courseId: number): Promise<CourseCompletion> {
  return ctx.uow.read((tx) => completionOf(tx, courseId, ctx.today));
}

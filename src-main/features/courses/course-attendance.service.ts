import type { ParsedInput } from '../../contract';
import type {
  AttendanceListsData,
  AttendanceSession,
  Mark,
  MonthGrid,
  SessionSheet,
} from '../../contract/attendance';
import { AppError } from '../../contract/errors';
import type { RuleIssue } from '../../contract/rules';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { markChanged, refuseFuture } from '../attendance/marks';
import type { StoredMarkRow } from '../attendance/marks.repo';
import {
  cellWrites,
  markKey,
  marksByKey,
  writeMarks,
  type SessionWrite,
} from '../attendance/write-marks';
import { fundedProjectOf } from '../documents/funded-project';
import { refuseIssues } from '../field-rules';
import { getOffice } from '../settings/settings.service';
import { classesOf, findClass, type StoredClass } from './course-classes.repo';
import {
  certificatesOfCourse,
  peopleOf,
  validCertificate,
  type CoursePerson,
} from './course-people.repo';
import { courseNames, requireCourseRow, type CourseRow } from './courses.repo';

/*
 * Attendance at a course's classes, the club's way (marks of kind `course`, the same rules and
 * screens): a class's sheet, the course's grid, the lists printed for signatures. Every person
 * on the course belongs to every class of it. A class is shown as a session whose edition and
 * group are the course, whose module is the class's topic, trainer the provider, room the place.
 */

const CLASS_NOT_FOUND = 'Nie znaleziono zajęć kursu';

type Class = Omit<StoredClass, 'courseId'>;

/** What showing a course's classes needs, read once. */
interface CourseRoster {
  course: CourseRow;
  people: CoursePerson[];
  describe(c: Class): AttendanceSession;
  isMember(participantId: number): boolean;
}

async function courseRoster(tx: Tx, courseId: number, today: string): Promise<CourseRoster> {
  const course = await requireCourseRow(tx, courseId);
  const [names, people] = await Promise.all([courseNames(tx, course), peopleOf(tx, courseId)]);
  const members = new Set(people.map((p) => p.participantId));
  return {
    course,
    people,
    isMember: (participantId) => members.has(participantId),
    describe: (c) => ({
      kind: 'course',
      id: c.id,
      editionId: course.id,
      groupId: course.id,
      group: course.name,
      module: c.topic ?? course.name,
      trainer: names.provider,
      room: course.place,
      date: c.date,
      from: c.from,
      to: c.to,
      recordable: c.date <= today,
    }),
  };
}

const toMark = (m: StoredMarkRow | undefined): Mark | null =>
  m ? { status: m.status, minutes: m.minutes, reason: m.reason } : null;

async function requireClass(tx: Tx, id: number): Promise<StoredClass> {
  const found = await findClass(tx, id);
  if (!found) throw new AppError('not_found', CLASS_NOT_FOUND);
  return found;
}

async function sheetOf(tx: Tx, c: StoredClass, today: string): Promise<SessionSheet> {
  const roster = await courseRoster(tx, c.courseId, today);
  const marks = await marksByKey(tx, 'course', [c.id]);
  return {
    session: roster.describe(c),
    rows: roster.people.map((p) => ({
      participantId: p.participantId,
      name: p.name,
      mark: toMark(marks.get(markKey(c.id, p.participantId))),
    })),
  };
}

export function getClassSheet(ctx: HandlerContext, classId: number): Promise<SessionSheet> {
  return ctx.uow.read(async (tx) => sheetOf(tx, await requireClass(tx, classId), ctx.today));
}

/**
 * A valid certificate rests on the person's attendance, as on their exam: their marks change
 * only after the certificate is revoked. Marks sent unchanged pass.
 */
async function refuseCertifiedChanges(
  tx: Tx,
  courseId: number,
  writes: readonly SessionWrite[],
): Promise<void> {
  const certificates = await certificatesOfCourse(tx, courseId);
  if (certificates.every((c) => c.revokedOn !== null)) return;
  const stored = await marksByKey(
    tx,
    'course',
    writes.map((w) => w.session.id),
  );
  const issues: RuleIssue[] = [];
  for (const { session, marks } of writes)
    for (const { input, index } of marks) {
      const certificate = validCertificate(certificates, input.participantId);
      if (certificate && markChanged(stored.get(markKey(session.id, input.participantId)), input))
        issues.push({
          path: ['marks', index, 'status'],
          message: `Najpierw unieważnij zaświadczenie nr ${certificate.number}`,
        });
    }
  refuseIssues(issues);
}

/** Records (or corrects) a held class's marks; people not sent keep theirs. */
export function recordClass(
  ctx: HandlerContext,
  input: ParsedInput<'courses.record'>,
): Promise<SessionSheet> {
  return ctx.uow.write(async (tx) => {
    const c = await requireClass(tx, input.classId);
    refuseFuture(c, ctx.today);
    const roster = await courseRoster(tx, c.courseId, ctx.today);
    const marks = input.marks.map((m, index) => ({ input: m, index }));
    const writes = [{ session: c, isMember: roster.isMember, marks }];
    await refuseCertifiedChanges(tx, c.courseId, writes);
    await writeMarks(ctx, tx, 'course', 'courseAttendance', writes, (i, field) => [
      'marks',
      i,
      field,
    ]);
    return sheetOf(tx, c, ctx.today);
  });
}

/**
 * The course's grid: every class × every person on the course (all members of every class).
 * A course is not split by months, so `month` is empty.
 */
async function gridOf(tx: Tx, courseId: number, today: string): Promise<MonthGrid> {
  const roster = await courseRoster(tx, courseId, today);
  const classes = await classesOf(tx, courseId);
  const marks = await marksByKey(
    tx,
    'course',
    classes.map((c) => c.id),
  );
  return {
    groupId: courseId,
    month: '',
    sessions: classes.map(roster.describe),
    people: roster.people.map((p) => ({
      participantId: p.participantId,
      name: p.name,
      cells: classes.map((c) => ({
        member: true,
        mark: toMark(marks.get(markKey(c.id, p.participantId))),
      })),
    })),
  };
}

export function getGrid(ctx: HandlerContext, courseId: number): Promise<MonthGrid> {
  return ctx.uow.read((tx) => gridOf(tx, courseId, ctx.today));
}

/** The grid saved in one write: every cell checked first, nothing saved if one is wrong. */
export function recordGrid(
  ctx: HandlerContext,
  input: ParsedInput<'courses.recordGrid'>,
): Promise<MonthGrid> {
  return ctx.uow.write(async (tx) => {
    const roster = await courseRoster(tx, input.courseId, ctx.today);
    const classes = new Map((await classesOf(tx, input.courseId)).map((c) => [c.id, c]));
    const writes = cellWrites(
      input.marks,
      classes,
      ctx.today,
      'Tych zajęć nie ma w harmonogramie tego kursu',
      () => roster.isMember,
    );
    await refuseCertifiedChanges(tx, input.courseId, writes);
    await writeMarks(ctx, tx, 'course', 'courseAttendance', writes, (i, field) => [
      'marks',
      i,
      field,
    ]);
    return gridOf(tx, input.courseId, ctx.today);
  });
}

/** Attendance lists to print: one class of the course, or all of them. */
export function getCourseLists(
  ctx: HandlerContext,
  input: ParsedInput<'courses.lists'>,
): Promise<AttendanceListsData> {
  return ctx.uow.read(async (tx) => {
    const roster = await courseRoster(tx, input.courseId, ctx.today);
    let classes = await classesOf(tx, input.courseId);
    if (input.classId !== null) {
      classes = classes.filter((c) => c.id === input.classId);
      if (!classes.length) throw new AppError('not_found', CLASS_NOT_FOUND);
    }
    const office = await getOffice(tx);
    const names = roster.people.map((p) => p.name);
    return {
      kind: 'course',
      office: { name: office.officeName },
      project: await fundedProjectOf(tx, roster.course.projectId, 'image'),
      edition: { name: roster.course.name },
      sheets: classes.map((c) => {
        const { recordable: _r, ...session } = roster.describe(c);
        return { ...session, names };
      }),
    };
  });
}

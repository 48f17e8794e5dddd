import { afterCourse, courseWorld, everybodyPresent, type CourseWorld } from './courses';
import type { TestApp } from './test-app';

/** Everyone present at every class except `absentAt` (person index → class indexes). */
export async function recordAttendance(
  a: TestApp,
  w: CourseWorld,
  absentAt: Record<number, number[]> = {},
) {
  const marks = everybodyPresent(w).map((m) => {
    const person = w.ids.indexOf(m.participantId);
    const cls = w.classes.findIndex((c) => c.id === m.sessionId);
    return absentAt[person]?.includes(cls) ? { ...m, status: 'absent' as const } : m;
  });
  await a.call('courses.recordGrid', { courseId: w.courseId, marks });
}

/** Exam results by person index, dated today; everyone else passed. */
export async function recordExam(
  a: TestApp,
  w: CourseWorld,
  results: Record<number, 'failed' | 'absent'> = {},
) {
  await a.call('courses.saveExam', {
    courseId: w.courseId,
    results: w.ids.map((participantId, i) => ({
      participantId,
      result: results[i] ?? ('passed' as const),
      date: a.clock.today(),
    })),
  });
}

/**
 * A course that is over, its attendance and exam recorded: person 2 missed two classes of five
 * (12 h of 20: 60 %), `exam` names failed or missed exams. The clock is the day after it.
 */
export async function finishedCourse(
  a: TestApp,
  exam: Record<number, 'failed' | 'absent'> = {},
): Promise<CourseWorld> {
  const w = await courseWorld(a);
  afterCourse(a, w);
  await recordAttendance(a, w, { 2: [1, 3] });
  await recordExam(a, w, exam);
  return w;
}

/** A finished course with its certificates issued (date and place of birth printed). */
export async function issuedCourse(a: TestApp) {
  const w = await finishedCourse(a);
  const { issued } = await a.call('courses.issueCertificates', {
    courseId: w.courseId,
    participantIds: null,
    identifyBy: 'birthDate',
  });
  return { w, issued };
}

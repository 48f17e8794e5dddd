import { and, asc, eq, inArray } from 'drizzle-orm';
import { first } from '../../db/query';
import { courseClasses } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

/** A course's class as stored (its attendance is `attendance_marks` of kind `course`). */
export interface StoredClass {
  id: number;
  courseId: number;
  date: string;
  from: number;
  to: number;
  topic: string | null;
}

const CLASS_COLUMNS = {
  id: courseClasses.id,
  courseId: courseClasses.courseId,
  date: courseClasses.date,
  from: courseClasses.from,
  to: courseClasses.to,
  topic: courseClasses.topic,
};

/** The course's classes in time order. */
export async function classesOf(
  tx: Tx,
  courseId: number,
): Promise<Omit<StoredClass, 'courseId'>[]> {
  const rows = await tx
    .select(CLASS_COLUMNS)
    .from(courseClasses)
    .where(eq(courseClasses.courseId, courseId))
    .orderBy(asc(courseClasses.date), asc(courseClasses.from), asc(courseClasses.id));
  return rows.map(({ courseId: _c, ...c }) => c);
}

export function findClass(tx: Tx, id: number): Promise<StoredClass | undefined> {
  return first(tx.select(CLASS_COLUMNS).from(courseClasses).where(eq(courseClasses.id, id)));
}

export type ClassValues = Omit<StoredClass, 'id' | 'courseId'>;

export async function insertClasses(
  tx: Tx,
  courseId: number,
  classes: readonly ClassValues[],
): Promise<void> {
  if (classes.length)
    await tx.insert(courseClasses).values(classes.map((c) => ({ courseId, ...c })));
}

export async function updateClass(tx: Tx, id: number, values: ClassValues): Promise<void> {
  await tx.update(courseClasses).set(values).where(eq(courseClasses.id, id));
}

export async function deleteClasses(
  tx: Tx,
  courseId: number,
  ids: readonly number[],
): Promise<void> {
  if (ids.length)
    await tx
      .delete(courseClasses)
      .where(and(eq(courseClasses.courseId, courseId), inArray(courseClasses.id, [...ids])));
}

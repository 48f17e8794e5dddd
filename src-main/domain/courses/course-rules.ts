/**
 * The words and small rules of vocational courses shared by the core and the screens.
 */

/** What the funder counts a completed course as (wskaźnik: kwalifikacja / kompetencja). */
export const COURSE_RESULT_KINDS = ['qualification', 'competence', 'none'] as const;
export type CourseResultKind = (typeof COURSE_RESULT_KINDS)[number];

export const COURSE_RESULT_LABELS: Record<CourseResultKind, string> = {
  qualification: 'Kwalifikacja',
  competence: 'Kompetencja',
  none: 'Nie liczy się do wskaźnika',
};

/** The final exam's result per person. */
export const EXAM_RESULTS = ['passed', 'failed', 'absent'] as const;
export type ExamResult = (typeof EXAM_RESULTS)[number];

export const EXAM_RESULT_LABELS: Record<ExamResult, string> = {
  passed: 'Zdany',
  failed: 'Niezdany',
  absent: 'Nieobecność na egzaminie',
};

/** How a certificate reached its holder (potwierdzenie odbioru). */
export const RECEIPT_KINDS = ['person', 'post'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export const RECEIPT_LABELS: Record<ReceiptKind, string> = {
  person: 'Odebrane osobiście',
  post: 'Wysłane pocztą',
};

/** The Polish sentence when the programme's topics do not add up to the course's hours. */
export function topicsSumProblem(
  topics: readonly { hours: number }[],
  totalHours: number,
): string | null {
  const sum = topics.reduce((s, t) => s + t.hours, 0);
  return sum === totalHours
    ? null
    : `Suma godzin tematów (${sum} h) różni się od liczby godzin kursu (${totalHours} h)`;
}

/** The register's number: sequential per year, "12/2026". */
export const formatCourseCertificateNumber = (year: number, seq: number) => `${seq}/${year}`;

import { z } from 'zod';
import { normalizeNip, validateNip } from '../domain/nip';
import { EXAM_RESULTS, COURSE_RESULT_KINDS } from '../domain/courses/course-rules';
import {
  attendanceListsData,
  cellInput,
  hoursWarning,
  markInput,
  monthGrid,
  sessionSheet,
  tally,
} from './attendance';
import { minuteOfDay } from './club-fields';
import {
  email,
  id,
  list,
  noRepeats,
  optionalText,
  phone,
  projectDate,
  requiredMultilineText,
  requiredText,
  sex,
} from './common';

/*
 * Vocational courses (kursy zawodowe) bought from training providers (organizatorzy
 * szkoleń): the course with its programme, its participants taken from the project's enrolled
 * people, its classes and their attendance (the same marks, rules and screens as the club's:
 * a class is a session of kind `course`), the final exam, and who completed. The certificates
 * are course-certificates.ts's.
 */

/** A NIP as typed ("123-456-32-18"), checked and kept as its ten digits. */
const nip = requiredText('NIP', 20)
  .superRefine((v, ctx) => {
    const problem = validateNip(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeNip);

export const providerFields = z
  .object({
    name: requiredText('Nazwa organizatora', 300),
    nip,
    address: requiredMultilineText('Adres', 300),
    /** The number in the register of training institutions (RIS), when the provider has one. */
    risNumber: optionalText('Numer w rejestrze instytucji szkoleniowych (RIS)', 40),
    contactPerson: optionalText('Osoba do kontaktu', 160),
    phone,
    email,
  })
  .strict();

export const providerInput = providerFields.extend({ id: id.optional() }).strict();

export const courseProvider = z.object({
  id,
  name: z.string(),
  nip: z.string(),
  address: z.string(),
  risNumber: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type CourseProvider = z.output<typeof courseProvider>;

/** Whole hours of a programme (as the provider states them): 1–2000. */
const hours = z
  .number({ error: 'Podaj liczbę godzin' })
  .int('Podaj pełne godziny')
  .min(1, 'Liczba godzin musi być większa od zera')
  .max(2000, 'Kurs może mieć najwyżej 2000 godzin');

export const courseTopic = z.object({ title: requiredText('Temat zajęć', 300), hours }).strict();
export type CourseTopic = z.output<typeof courseTopic>;

/**
 * A course as its form sends it. Rules across fields — the topics' hours sum to the total, the
 * dates in order and within the project's — are the service's, each on its field.
 */
export const courseFields = z
  .object({
    projectId: id,
    name: requiredText('Nazwa kursu', 200),
    /** As the certificate names it: "kurs", "szkolenie"… */
    form: requiredText('Forma kształcenia', 60),
    providerId: id,
    place: requiredText('Miejsce kursu', 200),
    startDate: projectDate,
    endDate: projectDate,
    totalHours: hours,
    topics: list(courseTopic, 'Program kursu', 100).min(
      1,
      'Program kursu musi mieć co najmniej jeden temat',
    ),
    minAttendancePercent: z
      .number({ error: 'Podaj wymagany procent obecności' })
      .int('Podaj pełny procent')
      .min(1, 'Wymagana obecność musi wynosić co najmniej 1 %')
      .max(100, 'Wymagana obecność może wynosić najwyżej 100 %')
      .default(80),
    examRequired: z.boolean({ error: 'Zaznacz, czy kurs kończy się egzaminem' }),
    resultKind: z.enum(COURSE_RESULT_KINDS, { error: 'Wybierz, co kurs daje uczestnikowi' }),
  })
  .strict();

export const courseInput = courseFields.extend({ id: id.optional() }).strict();

export const examResult = z.enum(EXAM_RESULTS, { error: 'Wybierz wynik egzaminu' });

export const courseParticipant = z.object({
  participantId: id,
  /** "Nazwisko Imię". */
  name: z.string(),
  sex,
  exam: z.object({ result: examResult, date: z.string().nullable() }).nullable(),
});
export type CourseParticipant = z.output<typeof courseParticipant>;

export const courseClass = z.object({
  id,
  date: z.string(),
  from: z.number(),
  to: z.number(),
  topic: z.string().nullable(),
  /** Its attendance is recorded: its date and hours can no longer change, nor can it go. */
  recorded: z.boolean(),
});
export type CourseClass = z.output<typeof courseClass>;

export const course = courseFields.extend({
  id,
  project: z.string(),
  provider: z.string(),
  participants: z.array(courseParticipant),
  classes: z.array(courseClass),
  /** Certificates issued (revoked ones included): the course's data is then on paper. */
  certificates: z.number(),
});
export type Course = z.output<typeof course>;

export const courseSummary = z.object({
  id,
  projectId: id,
  project: z.string(),
  name: z.string(),
  provider: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  totalHours: z.number(),
  resultKind: z.enum(COURSE_RESULT_KINDS),
  participants: z.number(),
  certificates: z.number(),
});
export type CourseSummary = z.output<typeof courseSummary>;

export const classInput = z
  .object({
    /** An existing class (kept, its marks with it), or null for a new one. */
    id: id.nullable().default(null),
    date: projectDate,
    from: minuteOfDay,
    to: minuteOfDay,
    topic: optionalText('Temat zajęć', 300),
  })
  .strict();

/** One person's completion of a course: hours, exam, and whether a certificate may be issued. */
export const courseCompletionRow = z.object({
  participantId: id,
  name: z.string(),
  sex,
  total: tally,
  /** Minutes required: the course's percentage of the planned minutes, rounded up. */
  required: z.number(),
  /** Whole percent attended of the planned minutes (floor). */
  percent: z.number(),
  exam: courseParticipant.shape.exam,
  /** Met the rule: every class held and recorded, attendance, the exam when required. */
  eligible: z.boolean(),
  /** Why not, in Polish ("obecność 71 % przy wymaganych 80 %", "egzamin niezdany"). */
  reasons: z.array(z.string()),
  warnings: z.array(hoursWarning),
  /** The person's valid certificate, or null. */
  certificate: z.object({ id, number: z.string(), code: z.string() }).nullable(),
});
export type CourseCompletionRow = z.output<typeof courseCompletionRow>;

export const courseCompletion = z.object({
  courseId: id,
  minAttendancePercent: z.number(),
  examRequired: z.boolean(),
  people: z.array(courseCompletionRow),
});
export type CourseCompletion = z.output<typeof courseCompletion>;

/** The person's courses, for their card. */
export const personCourse = z.object({
  courseId: id,
  course: z.string(),
  project: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  totalHours: z.number(),
  percent: z.number(),
  exam: courseParticipant.shape.exam,
  certificates: z.array(
    z.object({ id, number: z.string(), issuedOn: z.string(), revoked: z.boolean() }),
  ),
});
export type PersonCourse = z.output<typeof personCourse>;

export const courseChannels = {
  'courses.listProviders': {
    input: z.undefined().or(z.object({}).strict()),
    output: z.array(courseProvider),
  },
  /** Adds a provider (no `id`) or changes one; a second provider with the same NIP is refused. */
  'courses.saveProvider': { input: providerInput, output: courseProvider },
  'courses.list': {
    input: z.object({ projectId: id.optional() }).strict(),
    output: z.array(courseSummary),
  },
  'courses.get': { input: z.object({ id }).strict(), output: course },
  /** Adds a course (no `id`) or changes one. */
  'courses.save': { input: courseInput, output: course },
  /**
   * Sets the course's people: each enrolled in the course's project as a participant; someone
   * with recorded attendance, an exam result or a certificate cannot be taken off.
   */
  'courses.setParticipants': {
    input: z
      .object({
        courseId: id,
        participantIds: list(id, 'Uczestnicy kursu', 200).superRefine(
          noRepeats('Ta osoba jest na liście dwa razy'),
        ),
      })
      .strict(),
    output: course,
  },
  /**
   * Sets the course's classes (the whole list, in one write): dates within the course, no two
   * at once; a class with recorded attendance keeps its date and hours and cannot be removed.
   */
  'courses.saveClasses': {
    input: z.object({ courseId: id, classes: list(classInput, 'Zajęcia kursu', 400) }).strict(),
    output: course,
  },
  /** One class's attendance sheet (the club's shape: the course stands for edition and group). */
  'courses.sheet': { input: z.object({ classId: id }).strict(), output: sessionSheet },
  'courses.record': {
    input: z.object({ classId: id, marks: list(markInput, 'Obecności', 200) }).strict(),
    output: sessionSheet,
  },
  /** The course's attendance grid: every class × every participant (`month` is empty). */
  'courses.grid': { input: z.object({ courseId: id }).strict(), output: monthGrid },
  /** Saves every changed cell of the grid in one transaction. */
  'courses.recordGrid': {
    input: z.object({ courseId: id, marks: list(cellInput, 'Obecności', 20_000) }).strict(),
    output: monthGrid,
  },
  /** Final exam results; `result: null` takes one back (not after a certificate). */
  'courses.saveExam': {
    input: z
      .object({
        courseId: id,
        results: list(
          z
            .object({
              participantId: id,
              result: examResult.nullable(),
              date: projectDate.nullable().default(null),
            })
            .strict(),
          'Wyniki egzaminu',
          200,
        ).superRefine(
          noRepeats('Ta osoba jest na liście dwa razy', (r) => r.participantId, ['participantId']),
        ),
      })
      .strict(),
    output: course,
  },
  'courses.completion': { input: z.object({ courseId: id }).strict(), output: courseCompletion },
  /** Attendance lists to print: one class, or all of the course's. */
  'courses.lists': {
    input: z.object({ courseId: id, classId: id.nullable().default(null) }).strict(),
    output: attendanceListsData,
  },
  'courses.ofParticipant': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(personCourse),
  },
} as const;

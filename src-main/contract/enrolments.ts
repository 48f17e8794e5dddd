import { z } from 'zod';
import { ENROLMENT_STATUSES } from '../domain/enrolment-status';
import { id, noRepeats, optionalMultilineText, projectDate, sensitiveAnswer } from './common';

export const LABOUR_STATUSES = [
  'unemployedRegistered',
  'unemployedUnregistered',
  'inactive',
  'employed',
] as const;
export const LABOUR_STATUS_LABELS: Record<(typeof LABOUR_STATUSES)[number], string> = {
  unemployedRegistered: 'Osoba bezrobotna zarejestrowana w PUP',
  unemployedUnregistered: 'Osoba bezrobotna niezarejestrowana w PUP',
  inactive: 'Osoba bierna zawodowo',
  employed: 'Osoba pracująca',
};

/**
 * EFS monitoring data taken at entry (dane do SL2014 / CST2021). Sensitive answers allow
 * "refused", and refusing never blocks support.
 */
export const monitoringData = z.object({
  labourStatus: z.enum(LABOUR_STATUSES, { error: 'Wybierz status na rynku pracy' }),
  disability: sensitiveAnswer,
  foreignBackground: sensitiveAnswer,
  homelessness: sensitiveAnswer,
  householdJobless: sensitiveAnswer,
  householdWithChildren: sensitiveAnswer,
  singleAdultWithChildren: sensitiveAnswer,
  otherDisadvantage: sensitiveAnswer,
});
export type MonitoringData = z.output<typeof monitoringData>;

export const enrolmentCreate = z
  .object({
    participantId: id,
    projectId: id,
    /** Date of the enrolment form; eligibility is judged on this day. */
    enrolledOn: projectDate,
    monitoring: monitoringData.nullish().transform((v) => v ?? null),
    consentDataProcessing: z.boolean(),
    consentDate: projectDate.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!e.consentDataProcessing)
      ctx.addIssue({
        code: 'custom',
        path: ['consentDataProcessing'],
        message: 'Bez zgody na przetwarzanie danych osobowych nie można przyjąć zgłoszenia',
      });
    else if (!e.consentDate)
      ctx.addIssue({
        code: 'custom',
        path: ['consentDate'],
        message: 'Podaj datę wyrażenia zgody',
      });
  });
export type EnrolmentCreateInput = z.input<typeof enrolmentCreate>;

export const criterionResult = z.object({
  label: z.string(),
  passed: z.boolean(),
  reason: z.string().nullable(),
});

export const eligibilityResult = z.object({
  eligible: z.boolean(),
  onDate: z.string(),
  results: z.array(criterionResult),
});
export type EligibilityResult = z.output<typeof eligibilityResult>;

export const statusChange = z.object({
  id,
  fromStatus: z.enum(ENROLMENT_STATUSES).nullable(),
  toStatus: z.enum(ENROLMENT_STATUSES),
  date: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type StatusChange = z.output<typeof statusChange>;

/**
 * The person's situation on leaving the project, as the EFS+ common immediate result
 * indicators count it (Regulation (EU) 2021/1057, Annex I): searching for a job, in
 * education or training, gaining a qualification, in employment (also self-employed).
 * Recorded on leaving or within four weeks after; none of them is a valid answer too.
 */
export const EXIT_RESULTS = [
  'jobSearching',
  'inEducation',
  'gainedQualification',
  'employed',
] as const;
export type ExitResult = (typeof EXIT_RESULTS)[number];
export const EXIT_RESULT_LABELS: Record<ExitResult, string> = {
  jobSearching: 'Poszukiwanie pracy',
  inEducation: 'Kształcenie lub szkolenie',
  gainedQualification: 'Uzyskanie kwalifikacji',
  employed: 'Praca, także na własny rachunek',
};

export const exitResults = z
  .array(z.enum(EXIT_RESULTS, { error: 'Nieznana sytuacja po zakończeniu udziału' }))
  .max(EXIT_RESULTS.length, 'Każdą sytuację można wybrać tylko raz')
  .superRefine(noRepeats('Każdą sytuację można wybrać tylko raz'));

export const exitSituation = z.object({
  results: z.array(z.enum(EXIT_RESULTS)),
  /** The day the situation was recorded (on leaving or within four weeks after). */
  recordedOn: z.string(),
});
export type ExitSituation = z.output<typeof exitSituation>;

export const enrolment = z.object({
  id,
  participantId: id,
  projectId: id,
  projectTitle: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  enrolledOn: z.string(),
  /** Date of the first support: the start of participation. */
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  monitoring: monitoringData.nullable(),
  /** The situation on leaving, once recorded (null before, and for people still taking part). */
  exitSituation: exitSituation.nullable(),
  longTermUnemployed: z.boolean().nullable(),
  consentDataProcessing: z.boolean(),
  consentDate: z.string().nullable(),
  eligibility: eligibilityResult,
  history: z.array(statusChange),
});
export type Enrolment = z.output<typeof enrolment>;

export const enrolmentChannels = {
  'enrolments.checkEligibility': {
    input: z.object({ participantId: id, projectId: id, onDate: projectDate }).strict(),
    output: eligibilityResult,
  },
  'enrolments.create': { input: enrolmentCreate, output: enrolment },
  'enrolments.forParticipant': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(enrolment),
  },
  'enrolments.changeStatus': {
    input: z
      .object({
        id,
        to: z.enum(ENROLMENT_STATUSES, { error: 'Wybierz nowy status' }),
        date: projectDate,
        reason: optionalMultilineText('Uzasadnienie', 1000),
      })
      .strict(),
    output: enrolment,
  },
  'enrolments.updateMonitoring': {
    input: z.object({ id, monitoring: monitoringData }).strict(),
    output: enrolment,
  },
  'enrolments.recordExit': {
    input: z.object({ id, results: exitResults, recordedOn: projectDate }).strict(),
    output: enrolment,
  },
} as const;

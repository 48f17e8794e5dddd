import { z } from 'zod';
import { CONTRACT_STATUSES, TERMINATION_REASONS } from '../domain/contract-status';
import { INSTRUMENT_GROUPS } from '../domain/integration-instruments';
import {
  grosze,
  id,
  isoDate,
  optionalPesel,
  optionalText,
  paging,
  phone,
  requiredText,
} from './common';
import { exitResults } from './enrolments';

/**
 * The content of a social contract (kontrakt socjalny, art. 108 ustawy o pomocy społecznej),
 * following the model form of the Rozporządzenie MPiPS z 8 listopada 2010 r.
 * (Dz.U. 2010 Nr 218 poz. 1439): variant A — a person or family in a difficult life
 * situation; variant B — an unemployed person, to strengthen activity and independence.
 */
export const CONTRACT_VARIANTS = ['A', 'B'] as const;
export type ContractVariant = (typeof CONTRACT_VARIANTS)[number];

/** Who carries out a task of the contract. */
export const TASK_PARTIES = ['person', 'familyMember', 'socialWorker', 'institution'] as const;
export type TaskParty = (typeof TASK_PARTIES)[number];
export const TASK_PARTY_LABELS: Record<TaskParty, string> = {
  person: 'Osoba zawierająca kontrakt',
  familyMember: 'Członek rodziny',
  socialWorker: 'Pracownik socjalny',
  institution: 'Inna instytucja',
};

const lines = (label: string) => z.array(requiredText(label, 1000)).default([]);

export const contractTask = z
  .object({
    description: requiredText('Zadanie', 1000),
    party: z.enum(TASK_PARTIES, { error: 'Wybierz, kto realizuje zadanie' }),
    /** The family member's or institution's name when the party is one of those. */
    partyName: optionalText('Realizujący', 200),
    dueDate: isoDate.nullish().transform((v) => v ?? null),
    notes: optionalText('Uwagi', 500),
  })
  .superRefine((t, ctx) => {
    // A task of "a family member" binds a person: the contract must say which one.
    if (t.party === 'familyMember' && !t.partyName)
      ctx.addIssue({
        code: 'custom',
        path: ['partyName'],
        message: 'Podaj, który członek rodziny realizuje zadanie',
      });
  });
export type ContractTask = z.output<typeof contractTask>;

/**
 * A benefit the worker plans to propose, e.g. a purpose benefit (zasiłek celowy). The
 * contract does not grant it: benefits are granted by administrative decision on the
 * statutory conditions, so the amount and date are planned ones.
 */
export const contractBenefit = z.object({
  kind: requiredText('Rodzaj świadczenia', 200),
  purpose: requiredText('Cel', 500),
  amount: grosze,
  when: requiredText('Termin', 100),
});
export type ContractBenefit = z.output<typeof contractBenefit>;

/** A family member who is a party of a family contract (variant A). */
export const contractFamilyParty = z.object({
  firstName: requiredText('Imię', 60),
  lastName: requiredText('Nazwisko', 80),
  relation: requiredText('Stopień pokrewieństwa', 60),
  pesel: optionalPesel,
  documentNumber: optionalText('Nr dokumentu', 20),
});

export const contractContent = z.object({
  variant: z.enum(CONTRACT_VARIANTS, { error: 'Wybierz wariant kontraktu' }),
  concludedOn: isoDate,
  concludedPlace: requiredText('Miejsce zawarcia', 100),
  familyParties: z.array(contractFamilyParty).default([]),
  socialWorkerId: id,
  socialWorkerPhone: phone,
  assessment: z.object({
    causes: requiredText('Przyczyny trudnej sytuacji', 4000),
    resources: requiredText('Zasoby i mocne strony', 4000),
    limitations: requiredText('Ograniczenia i bariery', 4000),
    /** Variant B: how long without work, and earlier activation and why it did not work. */
    timeWithoutWork: optionalText('Okres pozostawania bez pracy', 1000),
    earlierActivation: optionalText('Wcześniejsze formy aktywizacji', 4000),
  }),
  /** Variant B: the labour office's referral (skierowanie z powiatowego urzędu pracy). */
  labourOfficeReferral: z
    .object({
      date: isoDate.nullish().transform((v) => v ?? null),
      number: optionalText('Numer skierowania', 60),
    })
    .nullish()
    .transform((v) => (v && (v.date || v.number) ? v : null)),
  mainGoal: requiredText('Cel główny', 1000),
  specificGoals: lines('Cel szczegółowy'),
  tasks: z.array(contractTask).default([]),
  personObligations: lines('Zobowiązanie osoby'),
  officeObligations: lines('Zobowiązanie ośrodka'),
  instrumentIds: z.array(id).default([]),
  benefits: z.array(contractBenefit).default([]),
  periodFrom: isoDate,
  periodTo: isoDate,
  evaluation: z.object({
    method: requiredText('Sposób oceny', 1000),
    firstOn: isoDate,
    everyWeeks: z
      .number({ error: 'Podaj liczbę tygodni' })
      .int('Podaj pełną liczbę tygodni')
      .min(1, 'Ocena co najmniej co 1 tydzień')
      .max(52, 'Ocena najrzadziej co 52 tygodnie')
      .nullable()
      .default(null),
  }),
});
export type ContractContent = z.output<typeof contractContent>;
export type ContractContentInput = z.input<typeof contractContent>;

export const instrumentGroup = z.enum(INSTRUMENT_GROUPS, { error: 'Wybierz grupę instrumentów' });

export const instrument = z.object({
  id,
  group: instrumentGroup,
  name: z.string(),
  active: z.boolean(),
});
export type Instrument = z.output<typeof instrument>;

export const instrumentFields = z.object({
  group: instrumentGroup,
  name: requiredText('Nazwa instrumentu', 200),
  active: z.boolean().default(true),
});

export const instrumentChannels = {
  'instruments.list': {
    input: z
      .object({ includeInactive: z.boolean().default(false) })
      .strict()
      .default({ includeInactive: false }),
    output: z.array(instrument),
  },
  'instruments.create': { input: instrumentFields, output: instrument },
  'instruments.update': { input: instrumentFields.extend({ id }).strict(), output: instrument },
} as const;

/** The EFS rule on a contract's path of instruments, as the core judged it. */
export const instrumentRule = z.object({
  applies: z.boolean(),
  satisfied: z.boolean(),
  problems: z.array(z.string()),
});

export const TASK_PROGRESS = ['done', 'inProgress', 'notDone'] as const;
export const TASK_PROGRESS_LABELS: Record<(typeof TASK_PROGRESS)[number], string> = {
  done: 'Zrealizowane',
  inProgress: 'W trakcie realizacji',
  notDone: 'Niezrealizowane',
};

/** Whether a party kept its obligations, as both parties assess it (part II of the model). */
export const OBLIGATIONS_KEPT = ['yes', 'partly', 'no'] as const;
export type ObligationsKept = (typeof OBLIGATIONS_KEPT)[number];
export const OBLIGATIONS_KEPT_LABELS: Record<ObligationsKept, string> = {
  yes: 'tak',
  partly: 'częściowo',
  no: 'nie',
};

export const EVALUATION_RESULTS = ['achieved', 'partlyAchieved', 'notAchieved'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EVALUATION_RESULT_LABELS: Record<EvaluationResult, string> = {
  achieved: 'zrealizowany',
  partlyAchieved: 'zrealizowany częściowo',
  notAchieved: 'niezrealizowany',
};

/** What the parties decide after an evaluation. */
export const EVALUATION_DECISIONS = ['continue', 'amend', 'end'] as const;
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number];
export const EVALUATION_DECISION_LABELS: Record<EvaluationDecision, string> = {
  continue: 'kontynuacja kontraktu bez zmian',
  amend: 'zmiana kontraktu aneksem',
  end: 'zakończenie kontraktu',
};

const keptEnum = z.enum(OBLIGATIONS_KEPT, { error: 'Wybierz, czy zobowiązania dotrzymano' });

export const evaluationInput = z
  .object({
    id,
    date: isoDate,
    taskProgress: z.array(
      z.object({
        taskIndex: z.number().int().min(0),
        status: z.enum(TASK_PROGRESS, { error: 'Wybierz stan realizacji zadania' }),
        comment: optionalText('Komentarz', 1000),
      }),
    ),
    goalProgress: z
      .array(
        z.object({ goal: z.string(), comment: requiredText('Postęp w realizacji celu', 2000) }),
      )
      .default([]),
    assessment: requiredText('Ocena pracownika socjalnego', 4000),
    /** The person's own assessment and remarks (the model's part II is done by both). */
    personAssessment: optionalText('Ocena i uwagi osoby', 4000),
    personKeptObligations: keptEnum,
    officeKeptObligations: keptEnum,
    result: z.enum(EVALUATION_RESULTS, { error: 'Wybierz wynik oceny' }),
    decision: z.enum(EVALUATION_DECISIONS, { error: 'Wybierz decyzję' }),
    nextEvaluationOn: isoDate.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((e, ctx) => {
    // Going on needs a next date; ending the contract needs none.
    if (e.decision === 'end' && e.nextEvaluationOn)
      ctx.addIssue({
        code: 'custom',
        path: ['nextEvaluationOn'],
        message: 'Przy zakończeniu kontraktu nie wyznacza się następnej oceny',
      });
  });

export const contractEvaluation = z.object({
  id,
  date: z.string(),
  taskProgress: z.array(
    z.object({
      taskIndex: z.number(),
      status: z.enum(TASK_PROGRESS),
      comment: z.string().nullable(),
    }),
  ),
  goalProgress: z.array(z.object({ goal: z.string(), comment: z.string() })),
  assessment: z.string(),
  /** Null on evaluations recorded before both parties' part was kept. */
  personAssessment: z.string().nullable(),
  personKeptObligations: z.enum(OBLIGATIONS_KEPT).nullable(),
  officeKeptObligations: z.enum(OBLIGATIONS_KEPT).nullable(),
  result: z.enum(EVALUATION_RESULTS).nullable(),
  decision: z.enum(EVALUATION_DECISIONS).nullable(),
  nextEvaluationOn: z.string().nullable(),
  actorName: z.string().nullable(),
  documentId: z.number(),
});

export const contractAmendment = z.object({
  id,
  seq: z.number(),
  number: z.string(),
  date: z.string(),
  /** The day the amendment takes effect (its date of conclusion on older amendments). */
  effectiveFrom: z.string(),
  description: z.string(),
  changes: z.array(z.object({ section: z.string(), before: z.string(), after: z.string() })),
  documentId: z.number(),
});

export const END_KINDS = ['completed', 'terminated'] as const;

export const socialContract = z.object({
  id,
  status: z.enum(CONTRACT_STATUSES),
  number: z.string().nullable(),
  signedOn: z.string().nullable(),
  participantId: id,
  participantName: z.string(),
  projectId: z.number().nullable(),
  projectTitle: z.string().nullable(),
  /** The current state: the original content with every amendment applied. */
  content: contractContent,
  instruments: z.array(instrument),
  rule: instrumentRule,
  nextEvaluationOn: z.string().nullable(),
  alerts: z.object({
    endingSoon: z.boolean(),
    evaluationDue: z.boolean(),
    periodEnded: z.boolean(),
  }),
  endedOn: z.string().nullable(),
  goalsReached: z.boolean().nullable(),
  terminationReason: z.enum(TERMINATION_REASONS).nullable(),
  endNote: z.string().nullable(),
  evaluations: z.array(contractEvaluation),
  amendments: z.array(contractAmendment),
  /** The issued document of the signed original (null for a draft). */
  documentId: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SocialContract = z.output<typeof socialContract>;

export const contractRow = socialContract
  .pick({
    id: true,
    status: true,
    number: true,
    participantId: true,
    participantName: true,
    projectTitle: true,
    nextEvaluationOn: true,
    alerts: true,
  })
  .extend({
    variant: z.enum(CONTRACT_VARIANTS),
    socialWorkerName: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
  });
export type ContractRow = z.output<typeof contractRow>;

export const contractListInput = z
  .object({
    /**
     * Words of the person's name (prefixes, diacritics optional, as in the participant
     * search), or a part of the contract's number ("0007", "ks/2026/0007").
     */
    query: z.string().trim().max(100).optional(),
    status: z.enum(CONTRACT_STATUSES).optional(),
    socialWorkerId: id.optional(),
    projectId: id.optional(),
    participantId: id.optional(),
    endingSoon: z.boolean().optional(),
    evaluationDue: z.boolean().optional(),
    ...paging,
  })
  .strict()
  .default({ page: 1, pageSize: 25 });

export const contractChannels = {
  'contracts.list': {
    input: contractListInput,
    output: z.object({ rows: z.array(contractRow), total: z.number() }),
  },
  'contracts.get': { input: z.object({ id }).strict(), output: socialContract },
  'contracts.create': {
    input: z
      .object({ participantId: id, projectId: id.nullable(), content: contractContent })
      .strict(),
    output: socialContract,
  },
  'contracts.update': {
    input: z.object({ id, projectId: id.nullable(), content: contractContent }).strict(),
    output: socialContract,
  },
  'contracts.sign': { input: z.object({ id, signedOn: isoDate }).strict(), output: socialContract },
  'contracts.addEvaluation': { input: evaluationInput, output: socialContract },
  'contracts.amend': {
    input: z
      .object({
        id,
        date: isoDate,
        /** From when the changes apply: the day of signing or later. */
        effectiveFrom: isoDate,
        description: requiredText('Czego dotyczy aneks', 2000),
        content: contractContent,
      })
      .strict()
      .refine((a) => a.effectiveFrom >= a.date, {
        path: ['effectiveFrom'],
        message: 'Aneks nie może obowiązywać przed dniem jego zawarcia',
      }),
    output: socialContract,
  },
  'contracts.complete': {
    input: z
      .object({
        id,
        date: isoDate,
        goalsReached: z.boolean(),
        note: optionalText('Podsumowanie', 2000),
        /** Also end the person's participation in the contract's project, in the same write. */
        endParticipation: z.boolean().default(false),
        /** With endParticipation: the situation on leaving, recorded the same day. */
        exitResults: exitResults.optional(),
      })
      .strict(),
    output: socialContract,
  },
  'contracts.terminate': {
    input: z
      .object({
        id,
        date: isoDate,
        reason: z.enum(TERMINATION_REASONS, { error: 'Wybierz przyczynę rozwiązania' }),
        note: requiredText('Uzasadnienie', 2000),
        endParticipation: z.boolean().default(false),
        /** With endParticipation: the situation on leaving, recorded the same day. */
        exitResults: exitResults.optional(),
      })
      .strict(),
    output: socialContract,
  },
} as const;

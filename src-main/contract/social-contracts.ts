import { z } from 'zod';
import { CONTRACT_STATUSES, TERMINATION_REASONS } from '../domain/contract-status';
import { INSTRUMENT_GROUPS } from '../domain/integration-instruments';
import {
  grosze,
  id,
  list,
  noRepeats,
  optionalMultilineText,
  optionalPesel,
  optionalText,
  paging,
  phone,
  plainText,
  projectDate,
  requiredMultilineText,
  requiredText,
} from './common';
import { exitResults } from './enrolments';
import { addIssues } from './rules';
import { amendmentIssues, contentIssues, evaluationIssues } from './social-contract-rules';

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

/**
 * A numbered list of texts (specific goals, obligations); each item may span lines. No item
 * twice: an evaluation names a goal by its text, and a repeated line is a slip.
 */
const lines = (label: string, listLabel: string) =>
  list(requiredMultilineText(label, 1000), listLabel, 30)
    .superRefine(noRepeats(`${label}: taki wpis już jest na liście`))
    .default([]);

export const contractTask = z
  .object({
    description: requiredMultilineText('Zadanie', 1000),
    party: z.enum(TASK_PARTIES, { error: 'Wybierz, kto realizuje zadanie' }),
    /** The family member's or institution's name when the party is one of those. */
    partyName: optionalText('Realizujący', 200),
    dueDate: projectDate.nullish().transform((v) => v ?? null),
    notes: optionalMultilineText('Uwagi', 500),
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
  concludedOn: projectDate,
  concludedPlace: requiredText('Miejsce zawarcia', 100),
  familyParties: list(contractFamilyParty, 'Członkowie rodziny — strony kontraktu', 30)
    .superRefine(
      noRepeats('Ten numer PESEL ma już inna strona kontraktu', (p) => p.pesel, ['pesel']),
    )
    .default([]),
  socialWorkerId: id,
  socialWorkerPhone: phone,
  assessment: z.object({
    causes: requiredMultilineText('Przyczyny trudnej sytuacji', 4000),
    resources: requiredMultilineText('Zasoby i mocne strony', 4000),
    limitations: requiredMultilineText('Ograniczenia i bariery', 4000),
    /** Variant B: how long without work, and earlier activation and why it did not work. */
    timeWithoutWork: optionalText('Okres pozostawania bez pracy', 1000),
    earlierActivation: optionalMultilineText('Wcześniejsze formy aktywizacji', 4000),
  }),
  /** Variant B: the labour office's referral (skierowanie z powiatowego urzędu pracy). */
  labourOfficeReferral: z
    .object({
      date: projectDate.nullish().transform((v) => v ?? null),
      number: optionalText('Numer skierowania', 60),
    })
    .nullish()
    .transform((v) => (v && (v.date || v.number) ? v : null)),
  mainGoal: requiredMultilineText('Cel główny', 1000),
  specificGoals: lines('Cel szczegółowy', 'Cele szczegółowe'),
  tasks: list(contractTask, 'Zadania', 100).default([]),
  personObligations: lines('Zobowiązanie osoby', 'Zobowiązania osoby'),
  officeObligations: lines('Zobowiązanie ośrodka', 'Zobowiązania ośrodka'),
  instrumentIds: list(id, 'Instrumenty', 50)
    .superRefine(noRepeats('Każdy instrument można wybrać tylko raz'))
    .default([]),
  benefits: list(contractBenefit, 'Świadczenia', 30).default([]),
  periodFrom: projectDate,
  periodTo: projectDate,
  evaluation: z.object({
    method: requiredMultilineText('Sposób oceny', 1000),
    firstOn: projectDate,
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

/**
 * The content as a write takes it: the fields and the rules between them (the period, the
 * first evaluation within it). `contractContent` alone is the shape a contract is kept and
 * read in — parts of it can be picked, and a stored content is read as it was kept.
 */
export const contractContentInput = contractContent.superRefine((c, ctx) =>
  addIssues(ctx, contentIssues(c)),
);

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

/**
 * One evaluation (part II of the model form). Each task and each goal is assessed at most once
 * (a task cannot be both done and not done); that the tasks and goals are the contract's own is
 * checked by the service, which has the contract.
 */
export const evaluationInput = z
  .object({
    id,
    date: projectDate,
    taskProgress: list(
      z.object({
        taskIndex: z
          .number({ error: 'Nie ma takiego zadania' })
          .int('Nie ma takiego zadania')
          .min(0, 'Nie ma takiego zadania')
          .max(99, 'Nie ma takiego zadania'),
        status: z.enum(TASK_PROGRESS, { error: 'Wybierz stan realizacji zadania' }),
        comment: optionalText('Komentarz', 1000),
      }),
      'Postęp w realizacji zadań',
      100,
    ).superRefine(
      noRepeats('To zadanie już oceniono w tej ocenie', (p) => p.taskIndex, ['taskIndex']),
    ),
    goalProgress: list(
      z.object({
        /** The goal's text as the contract has it (the main goal or a specific one). */
        goal: requiredMultilineText('Cel', 1000),
        comment: requiredMultilineText('Postęp w realizacji celu', 2000),
      }),
      'Postęp w realizacji celów',
      31,
    )
      .superRefine(noRepeats('Ten cel już oceniono w tej ocenie', (g) => g.goal, ['goal']))
      .default([]),
    assessment: requiredMultilineText('Ocena pracownika socjalnego', 4000),
    /** The person's own assessment and remarks (the model's part II is done by both). */
    personAssessment: optionalMultilineText('Ocena i uwagi osoby', 4000),
    personKeptObligations: keptEnum,
    officeKeptObligations: keptEnum,
    result: z.enum(EVALUATION_RESULTS, { error: 'Wybierz wynik oceny' }),
    decision: z.enum(EVALUATION_DECISIONS, { error: 'Wybierz decyzję' }),
    nextEvaluationOn: projectDate.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((e, ctx) => addIssues(ctx, evaluationIssues(e)));

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
    query: plainText('Szukaj', 100).optional(),
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
      .object({ participantId: id, projectId: id.nullable(), content: contractContentInput })
      .strict(),
    output: socialContract,
  },
  'contracts.update': {
    input: z.object({ id, projectId: id.nullable(), content: contractContentInput }).strict(),
    output: socialContract,
  },
  'contracts.sign': {
    input: z.object({ id, signedOn: projectDate }).strict(),
    output: socialContract,
  },
  'contracts.addEvaluation': { input: evaluationInput, output: socialContract },
  'contracts.amend': {
    input: z
      .object({
        id,
        date: projectDate,
        /** From when the changes apply: the day of signing or later. */
        effectiveFrom: projectDate,
        description: requiredMultilineText('Czego dotyczy aneks', 2000),
        content: contractContentInput,
      })
      .strict()
      .superRefine((a, ctx) => addIssues(ctx, amendmentIssues(a))),
    output: socialContract,
  },
  'contracts.complete': {
    input: z
      .object({
        id,
        date: projectDate,
        goalsReached: z.boolean(),
        note: optionalMultilineText('Podsumowanie', 2000),
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
        date: projectDate,
        reason: z.enum(TERMINATION_REASONS, { error: 'Wybierz przyczynę rozwiązania' }),
        note: requiredMultilineText('Uzasadnienie', 2000),
        endParticipation: z.boolean().default(false),
        /** With endParticipation: the situation on leaving, recorded the same day. */
        exitResults: exitResults.optional(),
      })
      .strict(),
    output: socialContract,
  },
} as const;

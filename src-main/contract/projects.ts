import { z } from 'zod';
import type { EligibilityCriterion } from '../domain/eligibility';
import { validateNip } from '../domain/nip';
import {
  educationLevel,
  exclusionReason,
  id,
  list,
  noRepeats,
  optionalText,
  peopleCount,
  projectDate,
  projectGrosze,
  requiredMultilineText,
  requiredText,
} from './common';
import { addIssues, endBeforeStartProblem, issueAt } from './rules';

const months = z
  .number({ error: 'Podaj liczbę miesięcy' })
  .int()
  .min(1, 'Co najmniej 1 miesiąc')
  .max(600);
const years = z.number({ error: 'Podaj liczbę lat' }).int().min(0).max(120, 'Najwyżej 120 lat');

/** The catalogue of eligibility criteria a project may choose from (kryteria rekrutacji). */
export const eligibilityCriterion = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minAge'), years }),
  z.object({ kind: z.literal('maxAge'), years }),
  z.object({ kind: z.literal('registeredUnemployedMonths'), months }),
  z.object({ kind: z.literal('maxEducation'), level: educationLevel }),
  z.object({ kind: z.literal('officeClientMonths'), months }),
  z.object({
    kind: z.literal('exclusionReasonAmong'),
    reasons: z
      .array(exclusionReason)
      .min(1, 'Wybierz co najmniej jedną przesłankę')
      .superRefine(noRepeats('Każdą przesłankę można wybrać tylko raz')),
  }),
  z.object({ kind: z.literal('residenceInCommune'), commune: requiredText('Gmina', 100) }),
]) satisfies z.ZodType<EligibilityCriterion>;

export const partner = z.object({
  name: requiredText('Nazwa partnera'),
  nip: optionalText('NIP', 20).superRefine((v, ctx) => {
    const problem = v ? validateNip(v) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  role: optionalText('Rola partnera'),
});

/** A planned indicator (wskaźnik) with its target split by sex. */
export const indicator = z.object({
  name: requiredText('Nazwa wskaźnika'),
  targetWomen: peopleCount,
  targetMen: peopleCount,
});

export const projectFields = z
  .object({
    /** Several lines allowed: the form's field wraps, and a long title may be broken by hand. */
    title: requiredMultilineText('Tytuł projektu', 300),
    programme: requiredText('Program'),
    measure: optionalText('Działanie / poddziałanie'),
    edition: optionalText('Edycja', 60),
    beneficiary: requiredText('Beneficjent'),
    isEfs: z.boolean().default(true),
    startDate: projectDate,
    endDate: projectDate,
    totalValue: projectGrosze,
    euFunding: projectGrosze,
    ownContribution: projectGrosze,
    partners: list(partner, 'Partnerzy', 30).default([]),
    plannedWomen: peopleCount,
    plannedMen: peopleCount,
    indicators: list(indicator, 'Wskaźniki', 50).default([]),
    /** Each kind at most once, as the form offers them. */
    criteria: list(eligibilityCriterion, 'Kryteria rekrutacji', 30)
      .superRefine(noRepeats('Każde kryterium można dodać tylko raz', (c) => c.kind, ['kind']))
      .default([]),
  })
  .superRefine((p, ctx) => {
    addIssues(ctx, issueAt(['endDate'], endBeforeStartProblem(p.startDate, p.endDate)));
    if (p.euFunding + p.ownContribution !== p.totalValue)
      ctx.addIssue({
        code: 'custom',
        path: ['totalValue'],
        message: 'Wartość projektu musi być sumą dofinansowania i wkładu własnego',
      });
  });
export type ProjectInput = z.input<typeof projectFields>;

export const project = z.object({
  id,
  title: z.string(),
  programme: z.string(),
  measure: z.string().nullable(),
  edition: z.string().nullable(),
  beneficiary: z.string(),
  isEfs: z.boolean(),
  startDate: z.string(),
  endDate: z.string(),
  totalValue: z.number(),
  euFunding: z.number(),
  ownContribution: z.number(),
  partners: z.array(partner),
  plannedWomen: z.number(),
  plannedMen: z.number(),
  indicators: z.array(indicator),
  criteria: z.array(eligibilityCriterion),
});
export type Project = z.output<typeof project>;

export const projectSummary = project
  .pick({
    id: true,
    title: true,
    programme: true,
    edition: true,
    startDate: true,
    endDate: true,
    plannedWomen: true,
    plannedMen: true,
  })
  .extend({ enrolled: z.number(), participants: z.number() });
export type ProjectSummary = z.output<typeof projectSummary>;

export const projectTeam = z.object({ projectId: id, staffIds: z.array(id) });
export type ProjectTeam = z.output<typeof projectTeam>;

export const projectChannels = {
  'projects.list': {
    input: z.undefined().or(z.object({}).strict()),
    output: z.array(projectSummary),
  },
  'projects.get': { input: z.object({ id }).strict(), output: project },
  'projects.create': { input: projectFields, output: project },
  'projects.update': { input: z.object({ id, project: projectFields }).strict(), output: project },
  /** The project's team: the staff who work in it (a narrowed social worker sees its people). */
  'projects.team': { input: z.object({ projectId: id }).strict(), output: projectTeam },
  'projects.setTeam': {
    input: z
      .object({
        projectId: id,
        staffIds: list(id, 'Zespół projektu', 100).superRefine(
          noRepeats('Ten pracownik jest już w zespole'),
        ),
      })
      .strict(),
    output: projectTeam,
  },
} as const;

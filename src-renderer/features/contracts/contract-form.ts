import type { FormInstance } from 'antd';
import type { Enrolment } from '../../../src-main/contract/enrolments';
import type { Participant } from '../../../src-main/contract/participants';
import {
  contractContent,
  contractContentInput,
  type ContractContent,
  type ContractContentInput,
} from '../../../src-main/contract/social-contracts';
import { amendmentIssues, contentIssues } from '../../../src-main/contract/social-contract-rules';
import type { StaffMember } from '../../../src-main/contract/staff';
import { projectDate, requiredMultilineText } from '../../../src-main/contract/common';
import { addDays, addMonths } from '../../../src-main/domain/dates';
import { z } from 'zod';
import { ApiError } from '../../api/client';

/**
 * The editor's values: the content as the contract keeps it (so the schema's issue paths
 * name the form's fields) and the project it belongs to. While the worker types, any part
 * may still be missing.
 */
export type ContractFormValues = Partial<ContractContentInput> & {
  projectId?: number | null;
  /** Only when amending: the amendment's date, from when it applies and what it is about. */
  amendment?: { date?: string | null; effectiveFrom?: string | null; description?: string };
  /** The tick under the warnings shown before an amendment is issued (never sent). */
  acknowledged?: boolean;
};

type Issue = { path: PropertyKey[]; message: string };

/**
 * The amendment's own fields, as `contracts.amend` takes them; the rule between its dates
 * (`amendmentIssues`) is the editor's to run, on the raw values.
 */
export const amendmentFields = z.object({
  date: projectDate,
  effectiveFrom: projectDate,
  description: requiredMultilineText('Czego dotyczy aneks', 2000),
});

/**
 * The editor's schema: the content's fields and the contract's rules between them, all
 * reported together — the rules run on the raw values, as a zod refinement would wait until
 * every field is valid; with `amendment`, also the amendment's fields and rule. The output
 * is the content as `contracts.create` / `update` / `amend` take it.
 */
function editorSchema(withAmendment: boolean) {
  return z
    .custom<ContractFormValues>()
    .superRefine((v, ctx) => {
      const issues: Issue[] = [...contentIssues(v)];
      const content = contractContent.safeParse(v);
      if (!content.success) issues.push(...content.error.issues);
      if (withAmendment) {
        const amendment = v.amendment ?? {};
        const a = amendmentFields.safeParse(amendment);
        const found = [...amendmentIssues(amendment), ...(a.success ? [] : a.error.issues)];
        issues.push(...found.map((i) => ({ ...i, path: ['amendment', ...i.path] })));
      }
      for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    })
    .transform((v) => contractContentInput.parse(v));
}

export const contractForm = editorSchema(false);
export const amendmentForm = editorSchema(true);

/** Parties whose name the task table asks for. */
export const NAMED_PARTIES = ['familyMember', 'institution'] as const;

/**
 * What is sent to the core: a family takes part only in variant A, the unemployment part
 * is asked only in variant B, and a task's performer is named only for a family member or
 * an institution — so hidden fields never reach the printed contract.
 */
export function toContentInput(values: ContractFormValues): ContractContentInput {
  const {
    projectId: _project,
    amendment: _amendment,
    acknowledged: _acknowledged,
    ...content
  } = values;
  const variant = content.variant;
  const assessment = { ...content.assessment };
  if (variant !== 'B') {
    assessment.timeWithoutWork = null;
    assessment.earlierActivation = null;
  }
  return {
    ...content,
    familyParties: variant === 'A' ? (content.familyParties ?? []) : [],
    labourOfficeReferral: variant === 'B' ? (content.labourOfficeReferral ?? null) : null,
    assessment,
    tasks: (content.tasks ?? []).map((t) => ({
      ...t,
      partyName: (NAMED_PARTIES as readonly string[]).includes(t?.party ?? '') ? t.partyName : null,
    })),
  } as ContractContentInput;
}

/** The project a new contract most likely belongs to: where the person takes part now. */
export function likelyProjectId(enrolments: Enrolment[]): number | null {
  const order = ['participant', 'qualified', 'candidate', 'reserve'];
  const open = enrolments
    .filter((e) => order.includes(e.status))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return open[0]?.projectId ?? null;
}

/**
 * A new contract, prefilled with what is known: the person's social worker (or the one
 * working at this PC), variant B for a registered unemployed person, today as the date of
 * concluding, a half-year period and the first evaluation after a month.
 */
export function newContractValues(options: {
  participant: Participant;
  projectId: number | null;
  staff: StaffMember[];
  actingStaffId: number | null;
  today: string;
}): ContractFormValues {
  const { participant, projectId, staff, actingStaffId, today } = options;
  const workerId = participant.socialWorkerId ?? actingStaffId ?? undefined;
  const worker = staff.find((s) => s.id === workerId);
  return {
    projectId,
    variant: participant.unemployedSince ? 'B' : 'A',
    concludedOn: today,
    concludedPlace: participant.address.commune,
    familyParties: [],
    socialWorkerId: workerId,
    socialWorkerPhone: worker?.phone ?? null,
    assessment: {
      causes: '',
      resources: '',
      limitations: '',
      timeWithoutWork: null,
      earlierActivation: null,
    },
    mainGoal: '',
    specificGoals: [],
    tasks: [],
    personObligations: [],
    officeObligations: [],
    instrumentIds: [],
    benefits: [],
    periodFrom: today,
    periodTo: addDays(addMonths(today, 6), -1),
    evaluation: {
      method:
        'Rozmowa z osobą i analiza realizacji zadań, w razie potrzeby wizyta w miejscu zamieszkania',
      firstOn: addMonths(today, 1),
      everyWeeks: 4,
    },
  };
}

/** An existing contract's content in the editor. */
export function valuesOf(content: ContractContent, projectId: number | null): ContractFormValues {
  return { ...content, projectId };
}

/**
 * Puts the core's issues on the editor's fields: the core names them inside `content`
 * (create, update, amend) or at the top of an amendment (`date`, `effectiveFrom`,
 * `description`).
 */
export function showContractIssues(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input') return false;
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of error.issues) {
    const [head, ...rest] = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const name =
      head === 'content'
        ? rest
        : head === 'date' || head === 'effectiveFrom' || head === 'description'
          ? ['amendment', head]
          : null;
    if (!name || name.length === 0) continue;
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byName.set(key, entry);
  }
  if (byName.size === 0) return false;
  form.setFields([...byName.values()]);
  return true;
}

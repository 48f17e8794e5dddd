import type { StaffMember } from '../../../src-main/contract/staff';
import {
  amendment,
  completion,
  efsProject,
  evaluation,
  termination,
  validContractContent,
  type ContractWorld,
} from '../../support/contracts';
import { validParticipant, type TestApp } from '../../support/test-app';
import type { AuditTablePart } from './types';

/**
 * A person, an EFS project and a valid path of three instruments, all made through the
 * channels; the signed-in `actor` is the contracts' social worker.
 */
async function world(a: TestApp, actor: StaffMember): Promise<ContractWorld> {
  const person = await a.call('participants.create', validParticipant());
  const project = await a.call('projects.create', efsProject());
  const path: number[] = [];
  for (const [group, name] of [
    ['social', 'Klub Integracji Społecznej'],
    ['social', 'Trening kompetencji społecznych'],
    ['vocational', 'Kurs zawodowy'],
  ] as const)
    path.push((await a.call('instruments.create', { group, name, active: true })).id);
  return {
    workerId: actor.id,
    participantId: person.id,
    projectId: project.id,
    instrument: () => {
      throw new Error('Only the path is known here');
    },
    path,
  };
}

const content = (
  w: ContractWorld,
  overrides: Partial<Parameters<typeof validContractContent>[0]> = {},
) => validContractContent({ socialWorkerId: w.workerId, instrumentIds: w.path, ...overrides });

async function draft(a: TestApp, actor: StaffMember) {
  const w = await world(a, actor);
  const { id } = await a.call('contracts.create', {
    participantId: w.participantId,
    projectId: w.projectId,
    content: content(w),
  });
  return { w, id };
}

async function signed(a: TestApp, actor: StaffMember) {
  const made = await draft(a, actor);
  await a.call('contracts.sign', { id: made.id, signedOn: '2026-11-02' });
  return made;
}

/** A social contract's life: every step names the contract and what changed in it. */
export const CONTRACT_WRITES: AuditTablePart<
  | 'contracts.create'
  | 'contracts.update'
  | 'contracts.sign'
  | 'contracts.addEvaluation'
  | 'contracts.amend'
  | 'contracts.complete'
  | 'contracts.terminate'
> = {
  'contracts.create': [
    {
      write: async (a, actor) => (await draft(a, actor)).id,
      entity: 'contract',
      action: 'create',
      // Every part given; an empty list (no family parties here) names nothing.
      fields: [
        ...['assessment.causes', 'assessment.limitations', 'assessment.resources', 'benefits'],
        ...['concludedOn', 'concludedPlace', 'evaluation.everyWeeks', 'evaluation.firstOn'],
        ...['evaluation.method', 'instrumentIds', 'mainGoal', 'officeObligations'],
        ...['periodFrom', 'periodTo', 'personObligations', 'socialWorkerId', 'socialWorkerPhone'],
        ...['specificGoals', 'tasks', 'variant'],
      ],
    },
  ],
  'contracts.update': [
    {
      title: 'its content',
      write: async (a, actor) => {
        const { w, id } = await draft(a, actor);
        const changed = content(w, { mainGoal: 'Podjęcie zatrudnienia' });
        return (await a.call('contracts.update', { id, projectId: w.projectId, content: changed }))
          .id;
      },
      entity: 'contract',
      action: 'update',
      fields: ['mainGoal'],
    },
    {
      title: 'its project',
      write: async (a, actor) => {
        const { w, id } = await draft(a, actor);
        const other = await a.call('projects.create', efsProject({ title: 'KIS 2027' }));
        return (await a.call('contracts.update', { id, projectId: other.id, content: content(w) }))
          .id;
      },
      entity: 'contract',
      action: 'update',
      fields: ['projectId'],
    },
  ],
  'contracts.sign': [
    {
      write: async (a, actor) => {
        const { id } = await draft(a, actor);
        return (await a.call('contracts.sign', { id, signedOn: '2026-11-02' })).id;
      },
      entity: 'contract',
      action: 'issue',
      fields: ['number', 'status'],
    },
  ],
  'contracts.addEvaluation': [
    {
      write: async (a, actor) => {
        const { id } = await signed(a, actor);
        return (await a.call('contracts.addEvaluation', evaluation(id))).id;
      },
      entity: 'contract',
      action: 'issue',
      fields: ['evaluations'],
    },
  ],
  'contracts.amend': [
    {
      write: async (a, actor) => {
        const { w, id } = await signed(a, actor);
        return (await a.call('contracts.amend', amendment(w, id))).id;
      },
      entity: 'contract',
      action: 'issue',
      fields: ['Okres obowiązywania'],
    },
  ],
  'contracts.complete': [
    {
      write: async (a, actor) => {
        const { id } = await signed(a, actor);
        return (await a.call('contracts.complete', completion(id))).id;
      },
      entity: 'contract',
      action: 'status',
      fields: ['status'],
    },
  ],
  'contracts.terminate': [
    {
      write: async (a, actor) => {
        const { id } = await signed(a, actor);
        return (await a.call('contracts.terminate', { ...termination(id), reason: 'resignation' }))
          .id;
      },
      entity: 'contract',
      action: 'status',
      fields: ['status'],
    },
  ],
};

import type { HandlerTable } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import {
  changeStatus,
  checkEligibility,
  createEnrolment,
  listForParticipant,
  recordExit,
  updateMonitoring,
} from './enrolments.service';

type Channels =
  | 'enrolments.checkEligibility'
  | 'enrolments.create'
  | 'enrolments.forParticipant'
  | 'enrolments.changeStatus'
  | 'enrolments.updateMonitoring'
  | 'enrolments.recordExit';

export const enrolmentHandlers: Pick<HandlerTable, Channels> = {
  'enrolments.checkEligibility': async ({ participantId, projectId, onDate }, ctx) => {
    const result = await ctx.uow.read((tx) =>
      checkEligibility(tx, participantId, projectId, onDate),
    );
    // The criteria name disability, addiction or homelessness met or not (art. 9 RODO).
    await recordAudit(ctx, {
      entity: 'participant',
      entityId: participantId,
      action: 'view',
      changedFields: ['eligibility'],
    });
    return result;
  },
  'enrolments.create': (input, ctx) => createEnrolment(ctx, input),
  'enrolments.forParticipant': async ({ participantId }, ctx) => {
    const enrolments = await ctx.uow.read((tx) => listForParticipant(tx, participantId));
    // The EFS monitoring answers include disability and homelessness.
    await recordAudit(ctx, {
      entity: 'participant',
      entityId: participantId,
      action: 'view',
      changedFields: ['monitoring'],
    });
    return enrolments;
  },
  'enrolments.changeStatus': (input, ctx) => changeStatus(ctx, input),
  'enrolments.updateMonitoring': ({ id, monitoring }, ctx) => updateMonitoring(ctx, id, monitoring),
  'enrolments.recordExit': (input, ctx) => recordExit(ctx, input),
};

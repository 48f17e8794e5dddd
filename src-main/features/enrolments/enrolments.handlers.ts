import type { Db } from '../../db/open';
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

export const enrolmentHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'enrolments.checkEligibility': ({ participantId, projectId, onDate }, ctx) => {
    const result = checkEligibility(db, participantId, projectId, onDate);
    // The criteria name disability, addiction or homelessness met or not (art. 9 RODO).
    recordAudit(db, ctx, {
      entity: 'participant',
      entityId: participantId,
      action: 'view',
      changedFields: ['eligibility'],
    });
    return result;
  },
  'enrolments.create': (input, ctx) => createEnrolment(db, ctx, input),
  'enrolments.forParticipant': ({ participantId }, ctx) => {
    const enrolments = listForParticipant(db, participantId);
    // The EFS monitoring answers include disability and homelessness.
    recordAudit(db, ctx, {
      entity: 'participant',
      entityId: participantId,
      action: 'view',
      changedFields: ['monitoring'],
    });
    return enrolments;
  },
  'enrolments.changeStatus': (input, ctx) => changeStatus(db, ctx, input),
  'enrolments.updateMonitoring': ({ id, monitoring }, ctx) =>
    updateMonitoring(db, ctx, id, monitoring),
  'enrolments.recordExit': (input, ctx) => recordExit(db, ctx, input),
});

import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
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
  'enrolments.checkEligibility': ({ participantId, projectId, onDate }) =>
    checkEligibility(db, participantId, projectId, onDate),
  'enrolments.create': (input, ctx) => createEnrolment(db, ctx, input),
  'enrolments.forParticipant': ({ participantId }) => listForParticipant(db, participantId),
  'enrolments.changeStatus': (input, ctx) => changeStatus(db, ctx, input),
  'enrolments.updateMonitoring': ({ id, monitoring }, ctx) =>
    updateMonitoring(db, ctx, id, monitoring),
  'enrolments.recordExit': (input, ctx) => recordExit(db, ctx, input),
});

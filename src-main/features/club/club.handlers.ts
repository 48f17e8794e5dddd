import type { HandlerTable } from '../../dispatcher';
import {
  createEdition,
  getProgramme,
  listClubEditions,
  updateEdition,
} from './club-editions.service';
import { deleteGroup, saveGroup } from './club-groups.service';
import {
  endParticipation,
  getCertificate,
  issueCertificate,
  listCertificates,
} from './club-completion.service';
import { getEditionHours, getFigures, getPersonHours } from './club-hours.service';
import { getMembers, setMembers } from './club-members.service';
import { checkMove, moveSession, setLocked } from './club-moves.service';
import {
  addAbsence,
  deleteModule,
  deleteRoom,
  deleteTrainer,
  removeAbsence,
  saveModule,
  saveRoom,
  saveTrainer,
} from './club-programme.service';
import { getSessions, planEdition, replanEdition } from './club-timetable.service';
import type { PlannerRunner } from './planner-runner';
import { PlanningRuns } from './planning-runs';

type Channels = Extract<keyof HandlerTable, `club.${string}`>;

/** The club's channels; `planner` says where plans are computed (planner-runner.ts). */
export function clubHandlers(planner: PlannerRunner): Pick<HandlerTable, Channels> {
  const runs = new PlanningRuns();
  return {
    'club.listEditions': (input, ctx) => listClubEditions(ctx, input?.projectId),
    'club.getEdition': ({ id }, ctx) => getProgramme(ctx, id),
    'club.createEdition': (input, ctx) => createEdition(ctx, input),
    'club.updateEdition': ({ id, edition }, ctx) => updateEdition(ctx, id, edition),
    'club.saveGroup': (input, ctx) => saveGroup(ctx, input),
    'club.deleteGroup': ({ id }, ctx) => deleteGroup(ctx, id),
    'club.members': ({ groupId }, ctx) => getMembers(ctx, groupId),
    'club.setMembers': (input, ctx) => setMembers(ctx, input),
    'club.saveModule': (input, ctx) => saveModule(ctx, input),
    'club.deleteModule': ({ id }, ctx) => deleteModule(ctx, id),
    'club.saveTrainer': (input, ctx) => saveTrainer(ctx, input),
    'club.deleteTrainer': ({ id }, ctx) => deleteTrainer(ctx, id),
    'club.addAbsence': (input, ctx) => addAbsence(ctx, input),
    'club.removeAbsence': ({ id }, ctx) => removeAbsence(ctx, id),
    'club.saveRoom': (input, ctx) => saveRoom(ctx, input),
    'club.deleteRoom': ({ id }, ctx) => deleteRoom(ctx, id),
    'club.sessions': (input, ctx) => getSessions(ctx, input),
    'club.plan': ({ editionId }, ctx) => planEdition(ctx, planner, runs, editionId),
    'club.replan': ({ editionId, fromDate }, ctx) =>
      replanEdition(ctx, planner, runs, editionId, fromDate),
    'club.cancelPlan': async ({ editionId }) => ({ cancelled: runs.cancel(editionId) }),
    'club.checkMove': (input, ctx) => checkMove(ctx, input),
    'club.moveSession': (input, ctx) => moveSession(ctx, input),
    'club.setLocked': ({ sessionId, locked }, ctx) => setLocked(ctx, sessionId, locked),
    'club.hours': ({ editionId }, ctx) => getEditionHours(ctx, editionId),
    'club.personHours': ({ participantId }, ctx) => getPersonHours(ctx, participantId),
    'club.endParticipation': (input, ctx) => endParticipation(ctx, input),
    'club.issueCertificate': (input, ctx) => issueCertificate(ctx, input),
    'club.certificates': ({ editionId }, ctx) => listCertificates(ctx, editionId),
    'club.certificate': ({ documentId, duplicate }, ctx) =>
      getCertificate(ctx, documentId, duplicate),
    'club.figures': ({ editionId }, ctx) => getFigures(ctx, editionId),
  };
}

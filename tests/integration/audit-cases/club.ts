import { addDays } from '../../../src-main/domain/dates';
import {
  clubWorld,
  qualifiedPerson,
  storeSessions,
  validEdition,
  validGroup,
  validModule,
  validRoom,
  validTrainer,
  worldSession,
} from '../../support/club';
import type { TestApp } from '../../support/test-app';
import type { AuditTablePart } from './types';

const absence = (a: TestApp, trainerId: number, day: string) =>
  a.call('club.addAbsence', { trainerId, from: day, to: day, reason: 'leave' });

/** The first session of a fresh plan of the small edition. */
async function planned(a: TestApp) {
  const w = await clubWorld(a);
  await a.call('club.plan', { editionId: w.editionId });
  const { sessions } = await a.call('club.sessions', { editionId: w.editionId });
  return { w, session: sessions[0]! };
}

/**
 * The club (KIS): an edition, each part of its programme, the timetable. An entry names the
 * record changed — a group's members and a trainer's absences are theirs — never values.
 */
export const CLUB_WRITES: AuditTablePart<
  | 'club.createEdition'
  | 'club.updateEdition'
  | 'club.saveGroup'
  | 'club.deleteGroup'
  | 'club.setMembers'
  | 'club.saveModule'
  | 'club.deleteModule'
  | 'club.saveTrainer'
  | 'club.deleteTrainer'
  | 'club.addAbsence'
  | 'club.removeAbsence'
  | 'club.saveRoom'
  | 'club.deleteRoom'
  | 'club.plan'
  | 'club.replan'
  | 'club.moveSession'
  | 'club.setLocked'
> = {
  'club.createEdition': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        return (await a.call('club.createEdition', validEdition(w.projectId, w.start))).id;
      },
      entity: 'clubEdition',
      action: 'create',
      fields: ['projectId', 'name', 'startDate', 'weeks', 'meetings', 'minAttendancePercent'],
    },
  ],
  'club.updateEdition': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        const { projectId: _p, ...edition } = validEdition(w.projectId, w.start, {
          name: 'KIS II',
        });
        return (await a.call('club.updateEdition', { id: w.editionId, edition })).id;
      },
      entity: 'clubEdition',
      action: 'update',
      fields: ['name'],
    },
  ],
  'club.saveGroup': [
    {
      title: 'a new group',
      write: async (a) =>
        (await a.call('club.saveGroup', validGroup((await clubWorld(a)).editionId))).id,
      entity: 'clubGroup',
      action: 'create',
      fields: ['name', 'sizeLimit'],
    },
    {
      title: 'a change',
      write: async (a) => {
        const w = await clubWorld(a);
        const group = { ...validGroup(w.editionId), id: w.groupId, sizeLimit: 10 };
        return (await a.call('club.saveGroup', group)).id;
      },
      entity: 'clubGroup',
      action: 'update',
      fields: ['sizeLimit'],
    },
  ],
  'club.deleteGroup': [
    {
      write: async (a) =>
        (await a.call('club.deleteGroup', { id: (await clubWorld(a)).groupId })).id,
      entity: 'clubGroup',
      action: 'delete',
      fields: [],
    },
  ],
  'club.setMembers': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        const participantId = await qualifiedPerson(a, w.projectId, a.clock.today());
        const members = [{ participantId, joinedOn: w.start }];
        return (await a.call('club.setMembers', { groupId: w.groupId, members })).groupId;
      },
      entity: 'clubGroup',
      action: 'update',
      fields: ['members'],
    },
  ],
  'club.saveModule': [
    {
      write: async (a) =>
        (await a.call('club.saveModule', validModule((await clubWorld(a)).editionId))).id,
      entity: 'clubModule',
      action: 'create',
      fields: [
        ...['duty', 'hours', 'maxSession', 'minSession', 'name', 'pattern', 'position'],
        'specialists',
      ],
    },
  ],
  'club.deleteModule': [
    {
      write: async (a) =>
        (await a.call('club.deleteModule', { id: (await clubWorld(a)).moduleIds[1] })).id,
      entity: 'clubModule',
      action: 'delete',
      fields: [],
    },
  ],
  'club.saveTrainer': [
    {
      write: async (a) =>
        (await a.call('club.saveTrainer', validTrainer((await clubWorld(a)).editionId))).id,
      entity: 'clubTrainer',
      action: 'create',
      fields: ['availability', 'name', 'specialisations'],
    },
  ],
  'club.deleteTrainer': [
    {
      write: async (a) =>
        (await a.call('club.deleteTrainer', { id: (await clubWorld(a)).trainerId })).id,
      entity: 'clubTrainer',
      action: 'delete',
      fields: [],
    },
  ],
  'club.addAbsence': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        return (await absence(a, w.trainerId, w.start)).trainerId;
      },
      entity: 'clubTrainer',
      action: 'update',
      fields: ['absences'],
    },
  ],
  'club.removeAbsence': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        const { id } = await absence(a, w.trainerId, w.start);
        return (await a.call('club.removeAbsence', { id }), w.trainerId);
      },
      entity: 'clubTrainer',
      action: 'update',
      fields: ['absences'],
    },
  ],
  'club.saveRoom': [
    {
      write: async (a) =>
        (await a.call('club.saveRoom', validRoom((await clubWorld(a)).editionId))).id,
      entity: 'clubRoom',
      action: 'create',
      fields: ['availability', 'capacity', 'features', 'name'],
    },
  ],
  'club.deleteRoom': [
    {
      write: async (a) => (await a.call('club.deleteRoom', { id: (await clubWorld(a)).roomId })).id,
      entity: 'clubRoom',
      action: 'delete',
      fields: [],
    },
  ],
  'club.plan': [
    {
      write: async (a) => (await planned(a)).w.editionId,
      entity: 'clubEdition',
      action: 'update',
      fields: ['sessions'],
    },
  ],
  'club.replan': [
    {
      write: async (a) => {
        const { w } = await planned(a);
        await absence(a, w.trainerId, addDays(w.start, 7));
        await a.call('club.replan', { editionId: w.editionId, fromDate: addDays(w.start, 7) });
        return w.editionId;
      },
      entity: 'clubEdition',
      action: 'update',
      fields: ['sessions'],
    },
  ],
  'club.moveSession': [
    {
      title: 'moved in place: locked and marked as placed by hand',
      write: async (a) => {
        const { session: s } = await planned(a);
        const move = { sessionId: s.id, date: s.date, from: s.from, to: s.to };
        return (
          await a.call('club.moveSession', { ...move, trainerId: s.trainerId, roomId: s.roomId })
        ).id;
      },
      entity: 'clubSession',
      action: 'update',
      fields: ['locked', 'manual'],
    },
  ],
  'club.setLocked': [
    {
      write: async (a) => {
        const w = await clubWorld(a);
        await storeSessions(a, w.editionId, [worldSession(w, w.start)]);
        const [session] = (await a.call('club.sessions', { editionId: w.editionId })).sessions;
        return (await a.call('club.setLocked', { sessionId: session!.id, locked: true })).id;
      },
      entity: 'clubSession',
      action: 'update',
      fields: ['locked'],
    },
  ],
};

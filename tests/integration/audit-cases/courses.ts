import {
  afterCourse,
  classesHeldUntil,
  COURSE_PEOPLE,
  courseStart,
  courseWorld,
  validCourse,
  validProvider,
} from '../../support/courses';
import { projectAround } from '../../support/club';
import type { TestApp } from '../../support/test-app';
import type { AuditTablePart } from './types';

/** A project and a provider, as a new course needs them. */
async function projectAndProvider(a: TestApp) {
  const project = await a.call('projects.create', projectAround(a.clock.today()));
  const provider = await a.call('courses.saveProvider', validProvider());
  return { projectId: project.id, providerId: provider.id };
}

const keep = (c: { id: number; date: string; from: number; to: number; topic: string | null }) => ({
  id: c.id,
  date: c.date,
  from: c.from,
  to: c.to,
  topic: c.topic,
});

/**
 * Vocational courses: an entry names the provider or course changed and the fields (never
 * their values); a class's marks are logged on the class (`courseAttendance`).
 */
export const COURSE_WRITES: AuditTablePart<
  | 'courses.saveProvider'
  | 'courses.save'
  | 'courses.setParticipants'
  | 'courses.saveClasses'
  | 'courses.saveExam'
  | 'courses.record'
  | 'courses.recordGrid'
> = {
  'courses.saveProvider': [
    {
      title: 'a new provider',
      write: async (a) => (await a.call('courses.saveProvider', validProvider())).id,
      entity: 'courseProvider',
      action: 'create',
      fields: ['name', 'nip', 'address', 'risNumber', 'contactPerson', 'phone', 'email'],
    },
    {
      title: 'a change',
      write: async (a) => {
        const { id } = await a.call('courses.saveProvider', validProvider());
        await a.call('courses.saveProvider', { ...validProvider({ name: 'CKZ Radom' }), id });
        return id;
      },
      entity: 'courseProvider',
      action: 'update',
      fields: ['name'],
    },
  ],
  'courses.save': [
    {
      title: 'a new course',
      write: async (a) => {
        const { projectId, providerId } = await projectAndProvider(a);
        const input = validCourse(projectId, providerId, { startDate: courseStart(a) });
        return (await a.call('courses.save', input)).id;
      },
      entity: 'course',
      action: 'create',
      fields: [
        'projectId',
        'name',
        'form',
        'providerId',
        'place',
        'startDate',
        'endDate',
        'totalHours',
        'topics',
        'minAttendancePercent',
        'examRequired',
        'resultKind',
      ],
    },
    {
      title: 'a change',
      write: async (a) => {
        const { projectId, providerId } = await projectAndProvider(a);
        const input = validCourse(projectId, providerId, { startDate: courseStart(a) });
        const { id } = await a.call('courses.save', input);
        await a.call('courses.save', { ...input, id, place: 'Radom, ul. Żelazna 3' });
        return id;
      },
      entity: 'course',
      action: 'update',
      fields: ['place'],
    },
  ],
  'courses.setParticipants': [
    {
      write: async (a) => {
        const w = await courseWorld(a, COURSE_PEOPLE.slice(0, 2));
        await a.call('courses.setParticipants', {
          courseId: w.courseId,
          participantIds: [w.ids[0]!],
        });
        return w.courseId;
      },
      entity: 'course',
      action: 'update',
      fields: ['participants'],
    },
  ],
  'courses.saveClasses': [
    {
      write: async (a) => {
        const w = await courseWorld(a, COURSE_PEOPLE.slice(0, 1));
        await a.call('courses.saveClasses', {
          courseId: w.courseId,
          classes: w.classes.slice(1).map(keep),
        });
        return w.courseId;
      },
      entity: 'course',
      action: 'update',
      fields: ['classes'],
    },
  ],
  'courses.saveExam': [
    {
      write: async (a) => {
        const w = await courseWorld(a, COURSE_PEOPLE.slice(0, 1));
        const day = afterCourse(a, w);
        await a.call('courses.saveExam', {
          courseId: w.courseId,
          results: [{ participantId: w.ids[0]!, result: 'passed', date: day }],
        });
        return w.courseId;
      },
      entity: 'course',
      action: 'update',
      fields: ['exam'],
    },
  ],
  'courses.record': [
    {
      write: async (a) => {
        const w = await courseWorld(a, COURSE_PEOPLE.slice(0, 1));
        classesHeldUntil(a, w, 0);
        const marks = [{ participantId: w.ids[0]!, status: 'present' as const }];
        return (await a.call('courses.record', { classId: w.classes[0]!.id, marks })).session.id;
      },
      entity: 'courseAttendance',
      action: 'create',
      fields: ['marks'],
    },
  ],
  'courses.recordGrid': [
    {
      write: async (a) => {
        const w = await courseWorld(a, COURSE_PEOPLE.slice(0, 1));
        classesHeldUntil(a, w, 0);
        const sessionId = w.classes[0]!.id;
        const marks = [{ sessionId, participantId: w.ids[0]!, status: 'absent' as const }];
        await a.call('courses.recordGrid', { courseId: w.courseId, marks });
        return sessionId;
      },
      entity: 'courseAttendance',
      action: 'create',
      fields: ['marks'],
    },
  ],
};

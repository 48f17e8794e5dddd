import { afterCycle, attendanceWorld, heldUntil, present } from '../../support/attendance';
import type { TestApp } from '../../support/test-app';
import type { AuditTablePart } from './types';

/** The club's world with every session held and the first person's participation ended. */
async function ended(a: TestApp) {
  const w = await attendanceWorld(a);
  afterCycle(a, w);
  for (const s of w.sessions)
    await a.call('attendance.record', { sessionId: s.id, marks: [present(w.ids[0]!)] });
  const completion = await a.call('club.endParticipation', {
    editionId: w.editionId,
    participantId: w.ids[0]!,
    outcome: 'completed',
    endedOn: w.sessions.at(-1)!.date,
  });
  return { w, completion };
}

/**
 * Attendance and the end of participation: an entry names the session whose marks changed
 * (never the marks), or the completion.
 */
export const ATTENDANCE_WRITES: AuditTablePart<
  'attendance.record' | 'attendance.recordMonth' | 'club.endParticipation' | 'club.issueCertificate'
> = {
  'attendance.record': [
    {
      write: async (a) => {
        const w = await attendanceWorld(a);
        heldUntil(a, w, 0);
        const marks = [present(w.ids[0]!)];
        return (await a.call('attendance.record', { sessionId: w.sessions[0]!.id, marks })).session
          .id;
      },
      entity: 'attendance',
      action: 'create',
      fields: ['marks'],
    },
  ],
  'attendance.recordMonth': [
    {
      write: async (a) => {
        const w = await attendanceWorld(a);
        heldUntil(a, w, 0);
        const session = w.sessions[0]!;
        await a.call('attendance.record', { sessionId: session.id, marks: [present(w.ids[0]!)] });
        await a.call('attendance.recordMonth', {
          groupId: w.groupId,
          month: session.date.slice(0, 7),
          marks: [{ sessionId: session.id, participantId: w.ids[0]!, status: 'absent' }],
        });
        return session.id;
      },
      entity: 'attendance',
      action: 'update',
      fields: ['marks'],
    },
  ],
  'club.endParticipation': [
    {
      write: async (a) => (await ended(a)).completion.id,
      entity: 'clubCompletion',
      action: 'create',
      fields: ['outcome', 'endedOn'],
    },
  ],
  'club.issueCertificate': [
    {
      write: async (a) => {
        const { w, completion } = await ended(a);
        await a.call('club.issueCertificate', {
          editionId: w.editionId,
          participantId: w.ids[0]!,
          identifyBy: 'birthDate',
        });
        return completion.id;
      },
      entity: 'clubCompletion',
      action: 'issue',
      fields: ['certificate'],
    },
  ],
};

import type { Channel, ChannelInput, ChannelOutput } from '../contract';
import type { MarkInput } from '../contract/attendance';
import { addDays } from '../domain/dates';

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * What a person does at the n-th held session of their group, by their place in it: most come,
 * a few miss now and then, one is often absent (the warning the club leader should see), one
 * is sometimes excused (a doctor's note), and someone comes late now and then.
 */
function markFor(place: number, n: number, minutes: number): Omit<MarkInput, 'participantId'> {
  if (place === 0 && n % 5 < 2) return { status: 'absent', minutes: null, reason: null };
  if (place === 1 && n % 9 === 4)
    return { status: 'excused', minutes: null, reason: 'Zwolnienie lekarskie' };
  if (place === 2 && n % 11 === 6)
    return { status: 'partial', minutes: minutes - 60, reason: 'Spóźnienie' };
  if ((place + n) % 23 === 0) return { status: 'absent', minutes: null, reason: null };
  return { status: 'present', minutes: null, reason: null };
}

/**
 * The demo club's attendance up to today, recorded the way the club leader does it: a group's
 * month at a time. Before that, one person of the second group left early (for a job) a month
 * ago, so the lists after that day do not name them, and their certificate is issued.
 */
export async function seedDemoAttendance(run: Run, editionId: number, today: string) {
  const { groups } = await run('club.getEdition', { id: editionId });
  const { sessions } = await run('club.sessions', { editionId, to: today });
  const leaver = groups[1] && (await run('club.members', { groupId: groups[1].id })).members[3];
  const leftOn = sessions.filter((s) => s.date <= addDays(today, -30)).at(-1)?.date;
  if (leaver && leftOn)
    await run('club.endParticipation', {
      editionId,
      participantId: leaver.participantId,
      outcome: 'left',
      endedOn: leftOn,
      reason: 'Podjęcie zatrudnienia',
    });
  for (const group of groups) {
    const months = [
      ...new Set(sessions.filter((s) => s.groupId === group.id).map((s) => s.date.slice(0, 7))),
    ];
    let n = 0;
    for (const month of months) {
      const grid = await run('attendance.month', { groupId: group.id, month });
      const marks = grid.sessions.flatMap((s, column) => {
        if (!s.recordable) return [];
        const at = n++;
        return grid.people.flatMap((p, place) =>
          p.cells[column]!.member
            ? [
                {
                  sessionId: s.id,
                  participantId: p.participantId,
                  ...markFor(place, at, s.to - s.from),
                },
              ]
            : [],
        );
      });
      await run('attendance.recordMonth', { groupId: group.id, month, marks });
    }
  }
  if (leaver && leftOn)
    await run('club.issueCertificate', {
      editionId,
      participantId: leaver.participantId,
      identifyBy: 'birthDate',
    });
}

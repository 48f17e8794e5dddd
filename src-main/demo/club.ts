import type { Channel, ChannelInput, ChannelOutput } from '../contract';
import type { StaffMember } from '../contract/staff';
import { addDays } from '../domain/dates';
import { staffName } from '../features/staff/staff.repo';
import { seedDemoAttendance } from './club-attendance';
import { RADOM_MEETINGS, RADOM_PROGRAMME, RADOM_ROOMS, RADOM_TEAM } from './club-programme';

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** The first Monday on or after the date. */
function mondayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (8 - weekday) % 7);
}

/**
 * The demo club's first edition: Radom's programme (seed 004) over 38 weeks for two groups
 * of the KIS project's participants, its team (the office's social workers lead the support
 * meetings) and two rooms — already planned, so the timetable is full on first start, and its
 * attendance recorded up to today. The cycle starts on the first Monday two weeks into the
 * project and is cut to the project's end.
 */
export async function seedDemoClub(
  run: Run,
  project: { id: number; startDate: string; endDate: string },
  members: readonly number[],
  socialWorkers: readonly StaffMember[],
  today: string,
): Promise<void> {
  const startDate = mondayFrom(addDays(project.startDate, 14));
  const weeksToEnd =
    Math.floor((Date.parse(project.endDate) - Date.parse(startDate)) / 86_400_000 / 7) + 0;
  const edition = await run('club.createEdition', {
    projectId: project.id,
    name: 'KIS „Nowy Start” — cykl 38-tygodniowy',
    startDate,
    weeks: Math.min(38, weeksToEnd),
    meetings: RADOM_MEETINGS,
    daysOff: [],
    minAttendancePercent: 80,
  });
  const editionId = edition.id;
  const half = Math.ceil(members.length / 2);
  const groups = [members.slice(0, half), members.slice(half)];
  for (const [i, people] of groups.entries()) {
    const group = await run('club.saveGroup', {
      editionId,
      name: `Grupa ${i + 1}`,
      sizeLimit: 15,
      meetings: null,
    });
    await run('club.setMembers', {
      groupId: group.id,
      members: people.map((participantId) => ({
        participantId,
        joinedOn: startDate,
        leftOn: null,
      })),
    });
  }
  for (const [position, m] of RADOM_PROGRAMME.entries()) {
    await run('club.saveModule', { editionId, ...m, position });
  }
  let worker = 0;
  for (const t of RADOM_TEAM) {
    // The office's own social workers lead the support meetings under their own names.
    const staff = t.staff ? socialWorkers[worker++ % socialWorkers.length] : undefined;
    await run('club.saveTrainer', {
      editionId,
      name: staff ? staffName(staff) : t.name,
      specialisations: t.specialisations,
      staffId: staff?.id ?? null,
      availability: t.availability,
      maxHoursPerWeek: null,
    });
  }
  for (const r of RADOM_ROOMS) await run('club.saveRoom', { editionId, ...r });
  const plan = await run('club.plan', { editionId });
  if (!plan.ok)
    throw new Error(
      `The demo club could not be planned: ${plan.problems.map((p) => p.message).join(' ')}`,
    );
  await seedDemoAttendance(run, editionId, today);
}

import type { PlanInput, PlanTrainer, WeeklySlot } from '../../src-main/domain/club/model';
import {
  RADOM_MEETINGS,
  RADOM_PROGRAMME,
  RADOM_ROOMS,
  RADOM_TEAM,
  weekly,
} from '../../src-main/demo/club-programme';

export { weekly };

/**
 * The Radom-like instance of the issue: groups of 30 over 38 weeks, the eleven modules of
 * seed 004, seven trainers and two rooms per two groups (scaled with the number of groups
 * for the benches). Meetings Mon/Wed 9–13 and Fri 9–14 unless given.
 */
export function radomInstance(
  options: { groups?: number; startDate?: string; meetings?: WeeklySlot[]; weeks?: number } = {},
): PlanInput {
  const groups = options.groups ?? 2;
  const teams = Math.ceil(groups / 2);
  const trainers: PlanTrainer[] = [];
  const rooms: PlanInput['rooms'] = [];
  for (let team = 0; team < teams; team++) {
    const suffix = teams > 1 ? ` (${team + 1})` : '';
    RADOM_TEAM.forEach((t, i) =>
      trainers.push({
        id: team * 10 + i + 1,
        name: t.name + suffix,
        specialisations: [...t.specialisations],
        availability: [...t.availability],
        absences: [],
        maxHoursPerWeek: null,
      }),
    );
    RADOM_ROOMS.forEach((r, i) =>
      rooms.push({
        id: team * 10 + i + 1,
        name: r.name + suffix,
        capacity: r.capacity,
        features: [...r.features],
        availability: [...r.availability],
      }),
    );
  }
  return {
    edition: {
      startDate: options.startDate ?? '2027-01-04',
      weeks: options.weeks ?? 38,
      meetings: options.meetings ?? [...RADOM_MEETINGS],
      daysOff: [],
    },
    groups: Array.from({ length: groups }, (_, i) => ({
      id: i + 1,
      name: `Grupa ${i + 1}`,
      size: 30,
      meetings: null,
    })),
    modules: RADOM_PROGRAMME.map((m, i) => ({ ...m, id: i + 1 })),
    trainers,
    rooms,
  };
}

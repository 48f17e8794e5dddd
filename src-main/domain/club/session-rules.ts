import { formatDate } from '../dates';
import { plural } from '../plural';
import { formatTime, moduleWeeks, periodOf } from './cycle';
import type { PlannedSession } from './model';
import { roomFeatureLabel, specialistsLabel } from './specialists';
import { slotCovers, type PlanState } from './state';

/** "On Monday" etc., with the preposition each weekday takes ("we wtorek"). */
const ON_WEEKDAY = [
  '',
  'w poniedziałek',
  'we wtorek',
  'w środę',
  'w czwartek',
  'w piątek',
  'w sobotę',
  'w niedzielę',
];

const q = (name: string): string => `„${name}”`;
const span = (s: { from: number; to: number }): string =>
  `${formatTime(s.from)}–${formatTime(s.to)}`;

/**
 * Every hard rule a session placed this way would break, in Polish, naming what it collides
 * with; empty when it may stand. `ignore` is the session itself when it is being moved.
 */
export function sessionProblems(
  state: PlanState,
  s: PlannedSession,
  ignore?: PlannedSession,
): string[] {
  const group = state.groups.get(s.groupId);
  const module = state.modules.get(s.moduleId);
  const trainer = state.trainers.get(s.trainerId);
  const room = state.rooms.get(s.roomId);
  if (!group || !module || !trainer || !room)
    return ['Zajęcia odwołują się do nieistniejącej grupy, modułu, prowadzącego lub sali.'];
  const day = state.dayByDate.get(s.date);
  if (!day) return [`${formatDate(s.date)} jest poza cyklem edycji.`];
  const problems: string[] = [];
  const hours = (s.to - s.from) / 60;
  if (hours < module.minSession || hours > module.maxSession) {
    problems.push(
      `Zajęcia modułu ${q(module.name)} trwają od ${module.minSession} do ${module.maxSession} h.`,
    );
  }
  if (day.closed) problems.push(`${formatDate(s.date)}: ${day.closed} — tego dnia nie ma zajęć.`);
  const window = moduleWeeks(module, state.input.edition.weeks);
  if (day.week < window.from || day.week > window.to) {
    problems.push(
      `Moduł ${q(module.name)} odbywa się w tygodniach ${window.from}–${window.to}, a ${formatDate(s.date)} to tydzień ${day.week}.`,
    );
  }
  if (!day.closed && !state.meetsAt(group, day, s.from, s.to)) {
    problems.push(`Grupa ${q(group.name)} nie ma spotkania ${ON_WEEKDAY[day.weekday]} ${span(s)}.`);
  }
  const groupClash = state.groupClash(group.id, s.date, s.from, s.to, ignore);
  if (groupClash) {
    problems.push(
      `Grupa ${q(group.name)} ma w tym czasie zajęcia: ${q(state.modules.get(groupClash.moduleId)?.name ?? '')} ${span(groupClash)}.`,
    );
  }
  if (!state.qualified(trainer, module)) {
    problems.push(
      `${trainer.name} nie może prowadzić modułu ${q(module.name)} (wymagany: ${specialistsLabel(module.specialists)}).`,
    );
  }
  if (!slotCovers(trainer.availability, day.weekday, s.from, s.to)) {
    problems.push(`${trainer.name}: brak dostępności ${ON_WEEKDAY[day.weekday]} ${span(s)}.`);
  }
  if (state.isAbsent(trainer.id, s.date))
    problems.push(`${trainer.name}: nieobecność ${formatDate(s.date)}.`);
  const trainerClash = state.trainerClash(trainer.id, s.date, s.from, s.to, ignore);
  if (trainerClash) {
    problems.push(
      `${trainer.name} prowadzi w tym czasie zajęcia grupy ${q(state.groups.get(trainerClash.groupId)?.name ?? '')}: ${q(state.modules.get(trainerClash.moduleId)?.name ?? '')} ${span(trainerClash)}.`,
    );
  }
  if (!state.withinWeekLimit(trainer, day, hours, ignore)) {
    problems.push(
      `${trainer.name}: w tygodniu ${day.week} zostałby przekroczony limit ${trainer.maxHoursPerWeek} h tygodniowo.`,
    );
  }
  const seats = state.seatsNeeded(group, module);
  if (room.capacity < seats)
    problems.push(
      `Sala ${q(room.name)} mieści ${room.capacity} ${plural(room.capacity, 'osobę', 'osoby', 'osób')}, a grupa ${q(group.name)} może liczyć ${seats} ${plural(seats, 'osobę', 'osoby', 'osób')}.`,
    );
  const lacking = module.roomFeatures.filter((f) => !room.features.includes(f));
  if (lacking.length > 0) {
    problems.push(
      `Moduł ${q(module.name)} wymaga sali: ${lacking.map(roomFeatureLabel).join(', ')}; sala ${q(room.name)} tego nie ma.`,
    );
  }
  if (!slotCovers(room.availability, day.weekday, s.from, s.to)) {
    problems.push(`Sala ${q(room.name)} nie jest dostępna ${ON_WEEKDAY[day.weekday]} ${span(s)}.`);
  }
  const roomClash = state.roomClash(room.id, s.date, s.from, s.to, ignore);
  if (roomClash) {
    problems.push(
      `Sala ${q(room.name)} jest zajęta przez grupę ${q(state.groups.get(roomClash.groupId)?.name ?? '')}: ${q(state.modules.get(roomClash.moduleId)?.name ?? '')} ${span(roomClash)}.`,
    );
  }
  const period = periodOf(module.pattern, day);
  if (period !== null) {
    const other = state.sessions.find(
      (o) =>
        o !== ignore &&
        o.groupId === group.id &&
        o.moduleId === module.id &&
        state.dayByDate.has(o.date) &&
        periodOf(module.pattern, state.dayByDate.get(o.date)!) === period,
    );
    if (other) {
      const every = {
        weekly: 'raz w tygodniu',
        biweekly: 'raz na dwa tygodnie',
        monthly: 'raz w miesiącu',
      }[module.pattern as 'weekly'];
      problems.push(
        `Moduł ${q(module.name)} odbywa się ${every}, a w tym okresie grupa ${q(group.name)} ma już zajęcia ${formatDate(other.date)}.`,
      );
    }
  }
  return problems;
}

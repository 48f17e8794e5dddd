import { formatDate } from '../dates';
import { plural } from '../plural';
import { formatHours, hoursOf, inWeeks, moduleWeeks, periodOf, type MeetingDay } from './cycle';
import type { PlanGroup, PlanModule, PlanProblem, PlanTrainer } from './model';
import { splittable } from './schedule';
import { roomFeatureLabel, specialistsLabel } from './specialists';
import { slotCovers, type PlanState } from './state';

/**
 * Why a plan cannot exist, found by counting hours before any search: each problem names
 * the module, the group and the two numbers it compares, in Polish. An empty list does not
 * promise a plan — only that no count rules one out.
 */
export function capacityProblems(state: PlanState): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const group of state.input.groups) {
    const days = state.calendars.get(group.id) ?? [];
    problems.push(...programmeFits(state, group, days));
    for (const module of state.input.modules) {
      problems.push(...moduleFits(state, group, module, days));
    }
  }
  problems.push(...trainersSuffice(state));
  // The same cause found through several modules is said once.
  return problems.filter((p, i) => problems.findIndex((o) => o.message === p.message) === i);
}

const q = (name: string): string => `„${name}”`;
const h = (n: number): string => `${formatHours(n)} h`;

function programmeFits(
  state: PlanState,
  group: PlanGroup,
  days: readonly MeetingDay[],
): PlanProblem[] {
  const needed = state.input.modules.reduce((sum, m) => sum + m.hours, 0);
  const available = hoursOf(days);
  if (needed <= available) return [];
  const { weeks } = state.input.edition;
  const slots = group.meetings ?? state.input.edition.meetings;
  const lengths = new Set(slots.map((s) => s.to - s.from));
  const closed = state.days.filter(
    (d) => d.closed && slots.some((s) => s.weekday === d.weekday),
  ).length;
  const breakdown =
    lengths.size === 1
      ? `${weeks} ${plural(weeks, 'tydzień', 'tygodnie', 'tygodni')} × ${slots.length} ${plural(slots.length, 'spotkanie', 'spotkania', 'spotkań')} × ${h([...lengths][0]! / 60)}, minus ${closed} ${plural(closed, 'dzień wolny od zajęć', 'dni wolne od zajęć', 'dni wolnych od zajęć')}`
      : `${weeks} ${plural(weeks, 'tydzień', 'tygodnie', 'tygodni')} spotkań, minus ${closed} ${plural(closed, 'dzień wolny od zajęć', 'dni wolne od zajęć', 'dni wolnych od zajęć')}`;
  return [
    {
      kind: 'capacity',
      groupId: group.id,
      needed,
      available,
      message: `Program wymaga ${h(needed)}, a w cyklu grupy ${q(group.name)} jest ${h(available)} zajęć (${breakdown}).`,
    },
  ];
}

function moduleFits(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  days: readonly MeetingDay[],
): PlanProblem[] {
  const at = { groupId: group.id, moduleId: module.id, kind: 'capacity' as const };
  const who = `Moduł ${q(module.name)} (grupa ${q(group.name)})`;
  const longest = Math.max(0, ...days.flatMap((d) => d.slots.map((s) => (s.to - s.from) / 60)));
  if (module.minSession > longest) {
    return [
      {
        ...at,
        needed: module.minSession,
        available: longest,
        message: `Zajęcia modułu ${q(module.name)} trwają co najmniej ${h(module.minSession)}, a najdłuższe spotkanie grupy ${q(group.name)} trwa ${h(longest)}.`,
      },
    ];
  }
  const window = moduleWeeks(module, state.input.edition.weeks);
  const inWindow = days.filter((d) => inWeeks(d.day, window));
  const available = hoursOf(inWindow);
  const weeksText = `w tygodniach ${window.from}–${window.to}`;
  if (available < module.hours) {
    return [
      {
        ...at,
        needed: module.hours,
        available,
        message: `${who} potrzebuje ${h(module.hours)} ${weeksText}, a grupa ma w nich tylko ${h(available)} spotkań.`,
      },
    ];
  }
  const problems: PlanProblem[] = [];
  const usable = usableHours(inWindow, module);
  if (usable < module.hours) {
    problems.push({
      ...at,
      needed: module.hours,
      available: usable,
      message: `${who} potrzebuje ${h(module.hours)} ${weeksText}, a w spotkaniach grupy mieści się tylko ${h(usable)} zajęć po ${module.minSession}–${h(module.maxSession)}.`,
    });
  }
  if (
    module.pattern === 'free' &&
    !splittable(module.hours, module.minSession, module.maxSession)
  ) {
    problems.push({
      ...at,
      message: `Modułu ${q(module.name)} (${h(module.hours)}) nie da się podzielić na zajęcia po ${module.minSession}–${h(module.maxSession)}.`,
    });
  }
  if (module.pattern !== 'free') {
    const periods = new Set(inWindow.map((d) => periodOf(module.pattern, d.day)));
    const n = periods.size;
    const most = n * module.maxSession;
    const least = n * module.minSession;
    if (module.hours > most || module.hours < least) {
      const unit = {
        weekly: plural(n, 'tydzień', 'tygodnie', 'tygodni'),
        biweekly: plural(
          n,
          'okres dwutygodniowy',
          'okresy dwutygodniowe',
          'okresów dwutygodniowych',
        ),
        monthly: plural(n, 'miesiąc', 'miesiące', 'miesięcy'),
      }[module.pattern];
      problems.push({
        ...at,
        needed: module.hours,
        available: module.hours > most ? most : least,
        message: `${who} ma jedne zajęcia w każdym okresie: ${weeksText} jest ${n} ${unit} ze spotkaniami, więc zajęcia po ${module.minSession}–${h(module.maxSession)} dają od ${h(least)} do ${h(most)}, a program wymaga ${h(module.hours)}.`,
      });
    }
  }
  problems.push(...roomFits(state, group, module));
  const trainers = state.qualifiedTrainers(module);
  if (trainers.length === 0) {
    problems.push({
      ...at,
      message: `Moduł ${q(module.name)} prowadzi ${specialistsLabel(module.specialists)}, a wśród prowadzących nie ma nikogo z tą specjalizacją.`,
    });
  } else {
    problems.push(...periodsWithoutTrainer(state, group, module, inWindow, trainers));
    const covered = coveredHours(state, trainers, inWindow, module.minSession);
    if (covered < module.hours) {
      problems.push({
        ...at,
        needed: module.hours,
        available: covered,
        message: `${who} potrzebuje ${h(module.hours)}, a ${specialistsLabel(module.specialists)} ma w godzinach spotkań grupy ${weeksText} wolne tylko ${h(covered)}.`,
      });
    }
  }
  return problems;
}

function roomFits(state: PlanState, group: PlanGroup, module: PlanModule): PlanProblem[] {
  if (state.suitableRooms(group, module).length > 0) return [];
  const at = { groupId: group.id, moduleId: module.id, kind: 'capacity' as const };
  const withFeatures = state.input.rooms.filter((r) =>
    module.roomFeatures.every((f) => r.features.includes(f)),
  );
  if (withFeatures.length === 0) {
    return [
      {
        ...at,
        message: `Moduł ${q(module.name)} wymaga sali (${module.roomFeatures.map(roomFeatureLabel).join(', ')}), a żadna sala tego nie ma.`,
      },
    ];
  }
  const largest = Math.max(...withFeatures.map((r) => r.capacity));
  const seats = state.seatsNeeded(group, module);
  return [
    {
      ...at,
      needed: seats,
      available: largest,
      // Without features the cause is the group's, not the module's: one message per group.
      message:
        module.roomFeatures.length === 0
          ? `Grupa ${q(group.name)} może liczyć ${seats} ${plural(seats, 'osobę', 'osoby', 'osób')}, a największa sala mieści ${largest}.`
          : `Grupa ${q(group.name)} może liczyć ${seats} ${plural(seats, 'osobę', 'osoby', 'osób')}, a największa sala odpowiednia dla modułu ${q(module.name)} mieści ${largest}.`,
    },
  ];
}

/** For a module with a fixed pattern: periods in which none of its trainers can lead a session. */
function periodsWithoutTrainer(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  days: readonly MeetingDay[],
  trainers: readonly PlanTrainer[],
): PlanProblem[] {
  if (module.pattern === 'free') return [];
  const periods = new Map<number, MeetingDay[]>();
  for (const md of days) {
    const period = periodOf(module.pattern, md.day)!;
    periods.set(period, [...(periods.get(period) ?? []), md]);
  }
  const every = { weekly: 'co tydzień', biweekly: 'co dwa tygodnie', monthly: 'raz w miesiącu' }[
    module.pattern
  ];
  return [...periods.values()]
    .filter((list) => coveredHours(state, trainers, list, module.minSession) === 0)
    .map((list) => ({
      kind: 'capacity' as const,
      groupId: group.id,
      moduleId: module.id,
      needed: module.minSession,
      available: 0,
      message: `Moduł ${q(module.name)} (grupa ${q(group.name)}) odbywa się ${every}, a od ${formatDate(list[0]!.day.date)} do ${formatDate(list[list.length - 1]!.day.date)} ${specialistsLabel(module.specialists)} nie może poprowadzić w godzinach spotkań grupy żadnych zajęć (potrzeba co najmniej ${h(module.minSession)} z rzędu).`,
    }));
}

/**
 * Hours of the given meeting days at which at least one of the trainers is free to lead,
 * counted only in runs as long as the module's shortest session (a trainer free 11–14 in a
 * meeting 10–13 gives no 3-hour session).
 */
function coveredHours(
  state: PlanState,
  trainers: readonly PlanTrainer[],
  days: readonly MeetingDay[],
  minSession: number,
): number {
  let hours = 0;
  for (const md of days) {
    for (const slot of md.slots) {
      let run = 0;
      for (let t = slot.from; t + 60 <= slot.to; t += 60) {
        const free = trainers.some(
          (tr) =>
            !state.isAbsent(tr.id, md.day.date) &&
            slotCovers(tr.availability, md.day.weekday, t, t + 60),
        );
        if (free) run++;
        if (!free || t + 120 > slot.to) {
          if (run >= minSession) hours += run;
          run = 0;
        }
      }
    }
  }
  return hours;
}

/** The most hours of sessions min…max h long that fit in each meeting, summed. */
function usableHours(days: readonly MeetingDay[], module: PlanModule): number {
  let hours = 0;
  for (const md of days) {
    for (const slot of md.slots) {
      let fit = Math.floor((slot.to - slot.from) / 60);
      while (fit > 0 && !splittable(fit, module.minSession, module.maxSession)) fit--;
      hours += fit;
    }
  }
  return hours;
}

/**
 * Across groups: modules led by the same kinds of specialist need, together, no more hours
 * than those trainers can give in the groups' meeting times (each trainer's week limit counted).
 */
function trainersSuffice(state: PlanState): PlanProblem[] {
  const byKinds = new Map<string, PlanModule[]>();
  for (const m of state.input.modules) {
    const key = [...m.specialists].sort().join('|');
    byKinds.set(key, [...(byKinds.get(key) ?? []), m]);
  }
  const problems: PlanProblem[] = [];
  for (const modules of byKinds.values()) {
    const trainers = state.qualifiedTrainers(modules[0]!);
    if (trainers.length === 0) continue;
    const needed = modules.reduce((sum, m) => sum + m.hours, 0) * state.input.groups.length;
    const available = trainers.reduce((sum, t) => sum + trainerHours(state, t), 0);
    if (needed > available) {
      const names = modules.map((m) => q(m.name)).join(', ');
      problems.push({
        kind: 'capacity',
        moduleId: modules[0]!.id,
        needed,
        available,
        message: `${modules.length > 1 ? 'Moduły' : 'Moduł'} ${names} we wszystkich grupach ${modules.length > 1 ? 'potrzebują' : 'potrzebuje'} ${h(needed)}, a ${specialistsLabel(modules[0]!.specialists)} ma w godzinach spotkań grup wolne tylko ${h(available)}.`,
      });
    }
  }
  return problems;
}

/** A trainer's hours that fall in any group's meeting time, absences and week limits counted. */
function trainerHours(state: PlanState, trainer: PlanTrainer): number {
  const byWeek = new Map<number, number>();
  for (const day of state.days) {
    if (day.closed || state.isAbsent(trainer.id, day.date)) continue;
    const meetings = state.input.groups.flatMap((g) =>
      (g.meetings ?? state.input.edition.meetings).filter((s) => s.weekday === day.weekday),
    );
    const starts = new Set<number>();
    for (const s of meetings) for (let t = s.from; t + 60 <= s.to; t += 60) starts.add(t);
    for (const t of starts) {
      if (slotCovers(trainer.availability, day.weekday, t, t + 60)) {
        byWeek.set(day.week, (byWeek.get(day.week) ?? 0) + 1);
      }
    }
  }
  let total = 0;
  for (const hours of byWeek.values())
    total += Math.min(hours, trainer.maxHoursPerWeek ?? Infinity);
  return total;
}

import type { ChannelInput } from '../../src-main/contract';

/*
 * The club's channel inputs as the office would type them, and nothing that needs the core
 * running: the integration tests (club.ts) and the end-to-end ones (tests/e2e) share them.
 */

/** 9:00 as the club stores times: minutes since midnight. */
export const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Monday, Wednesday and Friday 9:00–13:00: the meetings of the seeds' clubs. */
export const MON_WED_FRI = [1, 3, 5].map((weekday) => ({ weekday, from: at(9), to: at(13) }));
/** Monday to Friday 8:00–16:00: a trainer's or a room's working week. */
export const WORKING_WEEK = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  from: at(8),
  to: at(16),
}));

export function validEdition(
  projectId: number,
  startDate: string,
  overrides: Partial<ChannelInput<'club.createEdition'>> = {},
): ChannelInput<'club.createEdition'> {
  return {
    projectId,
    name: 'KIS — edycja jesienna',
    startDate,
    weeks: 4,
    meetings: MON_WED_FRI,
    daysOff: [],
    minAttendancePercent: 80,
    ...overrides,
  };
}

export function validGroup(
  editionId: number,
  overrides: Partial<ChannelInput<'club.saveGroup'>> = {},
): ChannelInput<'club.saveGroup'> {
  return { editionId, name: 'Grupa 1', sizeLimit: 12, meetings: null, ...overrides };
}

export function validModule(
  editionId: number,
  overrides: Partial<ChannelInput<'club.saveModule'>> = {},
): ChannelInput<'club.saveModule'> {
  return {
    editionId,
    name: 'Psychoedukacja',
    hours: 8,
    specialists: ['psychologist'],
    minSession: 2,
    maxSession: 4,
    pattern: 'free',
    weekFrom: null,
    weekTo: null,
    roomFeatures: [],
    duty: false,
    position: 1,
    ...overrides,
  };
}

export function validTrainer(
  editionId: number,
  overrides: Partial<ChannelInput<'club.saveTrainer'>> = {},
): ChannelInput<'club.saveTrainer'> {
  return {
    editionId,
    name: 'Ewa Zielińska',
    specialisations: ['psychologist', 'instructor'],
    staffId: null,
    availability: WORKING_WEEK,
    maxHoursPerWeek: null,
    ...overrides,
  };
}

export function validRoom(
  editionId: number,
  overrides: Partial<ChannelInput<'club.saveRoom'>> = {},
): ChannelInput<'club.saveRoom'> {
  return {
    editionId,
    name: 'Sala 12',
    capacity: 15,
    features: ['accessible'],
    availability: WORKING_WEEK,
    owner: null,
    ...overrides,
  };
}

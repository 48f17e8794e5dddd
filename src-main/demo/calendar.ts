import { addDays, addMonths, toIsoDate } from '../domain/dates';

const MONTHS_NOMINATIVE = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
] as const;

/**
 * The demo office's dates, laid around the day it is created (the core's clock), so the
 * demo always looks like a running project: recruitment behind, contracts signed three weeks
 * ago, an evaluation due soon, the projects ending next month — whatever the year.
 */
export interface DemoCalendar {
  today: string;
  /** Both projects end on the last day of the month after today's. */
  projectsEnd: string;
  integrationStart: string;
  clubStart: string;
  /** The day the people's labour-market history is counted back from. */
  historyAnchor: string;
  contractsFrom: string;
  /** e.g. "listopad 2026" — the month a planned benefit is paid in. */
  benefitMonth: string;
}

export function demoCalendar(today: string): DemoCalendar {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const projectsEnd = addDays(addMonths(toIsoDate(year, month, 1), 2), -1);
  const integrationStart = addDays(addMonths(projectsEnd, -12), 2);
  return {
    today,
    projectsEnd,
    integrationStart,
    clubStart: addDays(addMonths(projectsEnd, -10), 1),
    historyAnchor: addDays(integrationStart, 13),
    contractsFrom: addDays(today, -21),
    benefitMonth: `${MONTHS_NOMINATIVE[month - 1]} ${year}`,
  };
}

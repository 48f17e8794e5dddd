import type { MonitoringData } from '../../../src-main/contract/enrolments';
import type { Participant } from '../../../src-main/contract/participants';

export type MonitoringValues = Partial<MonitoringData>;

export const MONITORING_KEYS = [
  'labourStatus',
  'disability',
  'foreignBackground',
  'homelessness',
  'householdJobless',
  'householdWithChildren',
  'singleAdultWithChildren',
  'otherDisadvantage',
] as const satisfies readonly (keyof MonitoringData)[];

/** The form paths of the monitoring answers, nested under `monitoring`. */
export const MONITORING_PATHS = MONITORING_KEYS.map(
  (key) => ['monitoring', key] as ['monitoring', (typeof MONITORING_KEYS)[number]],
);

/**
 * Answers the participant's card already suggests: the labour-market status from the PUP
 * registration or the unemployment reason, and homelessness and disability from the
 * reasons of exclusion. The worker confirms or corrects them with the person.
 */
export function monitoringDefaults(
  p: Pick<Participant, 'unemployedSince' | 'exclusionReasons'> | null | undefined,
): MonitoringValues {
  if (!p) return {};
  const defaults: MonitoringValues = {};
  if (p.unemployedSince) defaults.labourStatus = 'unemployedRegistered';
  else if (p.exclusionReasons.includes('unemployment'))
    defaults.labourStatus = 'unemployedUnregistered';
  if (p.exclusionReasons.includes('homelessness')) defaults.homelessness = 'yes';
  if (p.exclusionReasons.includes('disability')) defaults.disability = 'yes';
  return defaults;
}

/**
 * "W tym: z dziećmi na utrzymaniu" is asked only of a person in a household without
 * anybody working; for everybody else the answer is "no".
 */
export function completeMonitoring(values: MonitoringValues | undefined): MonitoringValues {
  const v = { ...values };
  if (v.householdJobless !== 'yes') v.householdWithChildren = 'no';
  return v;
}

import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ApiClient } from '../api/client';
import { createSessionStore, type SessionState } from '../features/accounts/session.store';
import {
  createParticipantsStore,
  type ParticipantsState,
} from '../features/participants/participants.store';
import { createProjectsStore, type ProjectsState } from '../features/projects/projects.store';
import { createContractsStore, type ContractsState } from '../features/contracts/contracts.store';
import { createBackupsStore, type BackupsState } from '../features/backups/backups.store';
import { createAuditLogStore, type AuditLogState } from '../features/audit/audit-log.store';
import {
  createInstrumentsStore,
  type InstrumentsState,
} from '../features/instruments/instruments.store';
import { createLogoStripStore, type LogoStripState } from '../features/settings/logo-strip.store';
import { createClubStore, type ClubState } from '../features/club/club.store';
import {
  createTimetableStore,
  type TimetableState,
} from '../features/club/timetable/timetable.store';
import { createCoursesStore, type CoursesState } from '../features/courses/courses.store';

/**
 * Every feature store, each built over the injected ApiClient (never a global). A room's
 * catalogue lives in its own feature's store, and other rooms read it from there.
 */
export interface Stores {
  api: ApiClient;
  session: StoreApi<SessionState>;
  participants: StoreApi<ParticipantsState>;
  projects: StoreApi<ProjectsState>;
  contracts: StoreApi<ContractsState>;
  /** The catalogue of integration instruments (Settings, the contract editor). */
  instruments: StoreApi<InstrumentsState>;
  /** The EU logo strip (Settings, the warnings before printing an EFS document). */
  logoStrip: StoreApi<LogoStripState>;
  backups: StoreApi<BackupsState>;
  /** Klub Integracji Społecznej: its editions and the programme open in the editor. */
  club: StoreApi<ClubState>;
  auditLog: StoreApi<AuditLogState>;
  /** The club edition's timetable (sessions, planning, moves) shown in its "Harmonogram" tab. */
  timetable: StoreApi<TimetableState>;
  /** Kursy zawodowe: providers, the list of courses and the course open in its screen. */
  courses: StoreApi<CoursesState>;
}

export function createStores(api: ApiClient): Stores {
  return { api, session: createSessionStore(api), ...createFeatureStores(api) };
}

/**
 * The stores holding what a person worked on: made anew at each sign-in, so nothing one
 * person looked at (a participant's card, a search) is left in memory for the next.
 */
export function createFeatureStores(api: ApiClient): Omit<Stores, 'api' | 'session'> {
  return {
    participants: createParticipantsStore(api),
    projects: createProjectsStore(api),
    contracts: createContractsStore(api),
    instruments: createInstrumentsStore(api),
    logoStrip: createLogoStripStore(api),
    backups: createBackupsStore(api),
    club: createClubStore(api),
    auditLog: createAuditLogStore(api),
    timetable: createTimetableStore(api),
    courses: createCoursesStore(api),
  };
}

const StoresContext = createContext<Stores | null>(null);
export const StoresProvider = StoresContext.Provider;

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider missing');
  return stores;
}

type FeatureKey = Exclude<keyof Stores, 'api'>;
type StateOf<K extends FeatureKey> = Stores[K] extends StoreApi<infer S> ? S : never;

/** Selects from one feature store: `useFeature('session', (s) => s.office)`. */
export function useFeature<K extends FeatureKey, T>(key: K, selector: (state: StateOf<K>) => T): T {
  const store = useStores()[key] as StoreApi<unknown>;
  return useStore(store, selector as (state: unknown) => T);
}

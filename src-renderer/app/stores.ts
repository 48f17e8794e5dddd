import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ApiClient } from '../api/client';
import { createSessionStore, type SessionState } from '../features/settings/session.store';
import {
  createParticipantsStore,
  type ParticipantsState,
} from '../features/participants/participants.store';
import { createProjectsStore, type ProjectsState } from '../features/projects/projects.store';
import { createContractsStore, type ContractsState } from '../features/contracts/contracts.store';
import { createBackupsStore, type BackupsState } from '../features/backups/backups.store';

/** Every feature store, each built over the injected ApiClient (never a global). */
export interface Stores {
  api: ApiClient;
  session: StoreApi<SessionState>;
  participants: StoreApi<ParticipantsState>;
  projects: StoreApi<ProjectsState>;
  contracts: StoreApi<ContractsState>;
  backups: StoreApi<BackupsState>;
}

export function createStores(api: ApiClient): Stores {
  return {
    api,
    session: createSessionStore(api),
    participants: createParticipantsStore(api),
    projects: createProjectsStore(api),
    contracts: createContractsStore(api),
    backups: createBackupsStore(api),
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

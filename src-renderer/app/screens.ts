import { createElement, lazy } from 'react';

/*
 * Every screen is a chunk of its own, fetched when it is first opened: the window starts with
 * the shell (login, menu, stores) only, so the first request leaves before the whole
 * interface is parsed. The screens a route may open are named here once.
 */

type Loader<M> = () => Promise<M>;

/** Screens whose chunk failed to load, each with what gives it a new lazy component. */
const failed = new Set<() => void>();

/**
 * Lets the screens whose chunk failed to load try again at their next drawing ("Spróbuj
 * ponownie", or another address: ScreenBoundary). Only then: React keeps a lazy component's
 * failure for good, and a new one made at once would be fetched again and again.
 */
export function retryFailedScreens(): void {
  for (const renew of failed) renew();
  failed.clear();
}

/**
 * A screen of module `load` (its export `name`) to render under <Suspense> and ScreenBoundary,
 * and `preload`, which fetches it ahead of the click (the first screen, at sign-in).
 */
export function lazyScreen<M, K extends keyof M>(load: Loader<M>, name: K) {
  let loading: Promise<M> | null = null;
  /** The module once fetched: drawn at once, without suspending (see Screen). */
  let loaded: M | null = null;
  const preload = () => {
    loading ??= load()
      .then((module) => (loaded = module))
      .catch((error: unknown) => {
        failed.add(() => {
          loading = null;
          current = fresh();
        });
        throw error;
      });
    return loading;
  };
  const fresh = () => lazy(async () => ({ default: (await preload())[name] as never }));
  let current = fresh();
  // A fetched screen is drawn as itself: through `lazy` it would suspend once more, and React
  // holds a suspended screen back for up to 300 ms (its throttling of fallbacks) — the first
  // list came that much later although its code had arrived long before.
  const Screen = (props: Record<string, unknown>) =>
    createElement(loaded ? (loaded[name] as never) : current, props as never);
  return Object.assign(Screen, { preload }) as unknown as M[K] & { preload(): Promise<M> };
}

const participantList = () => import('../features/participants/ParticipantListScreen');
const participantForm = () => import('../features/participants/ParticipantFormScreen');
const contracts = () => import('../features/contracts/ContractScreen');

export const ParticipantListScreen = lazyScreen(participantList, 'ParticipantListScreen');
export const ParticipantFormScreen = lazyScreen(participantForm, 'ParticipantFormScreen');
export const ParticipantCardScreen = lazyScreen(
  () => import('../features/participants/ParticipantCardScreen'),
  'ParticipantCardScreen',
);
export const ProjectListScreen = lazyScreen(
  () => import('../features/projects/ProjectListScreen'),
  'ProjectListScreen',
);
export const ProjectFormScreen = lazyScreen(
  () => import('../features/projects/ProjectFormScreen'),
  'ProjectFormScreen',
);
export const ContractListScreen = lazyScreen(
  () => import('../features/contracts/ContractListScreen'),
  'ContractListScreen',
);
export const ContractScreen = lazyScreen(contracts, 'ContractScreen');
export const NewContractScreen = lazyScreen(contracts, 'NewContractScreen');
export const ClubEditionListScreen = lazyScreen(
  () => import('../features/club/ClubEditionListScreen'),
  'ClubEditionListScreen',
);
export const ClubEditionScreen = lazyScreen(
  () => import('../features/club/ClubEditionScreen'),
  'ClubEditionScreen',
);
export const CourseListScreen = lazyScreen(
  () => import('../features/courses/CourseListScreen'),
  'CourseListScreen',
);
export const CourseScreen = lazyScreen(
  () => import('../features/courses/CourseScreen'),
  'CourseScreen',
);
export const ProvidersScreen = lazyScreen(
  () => import('../features/courses/ProvidersScreen'),
  'ProvidersScreen',
);
export const CertificateRegisterScreen = lazyScreen(
  () => import('../features/courses/CertificateRegisterScreen'),
  'CertificateRegisterScreen',
);
export const VerifyCertificateScreen = lazyScreen(
  () => import('../features/courses/VerifyCertificateScreen'),
  'VerifyCertificateScreen',
);
export const SettingsScreen = lazyScreen(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen',
);
export const AuditLogScreen = lazyScreen(
  () => import('../features/audit/AuditLogScreen'),
  'AuditLogScreen',
);

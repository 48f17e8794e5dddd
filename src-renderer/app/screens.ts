import { lazy } from 'react';

/*
 * Every screen is a chunk of its own, fetched when it is first opened: the window starts with
 * the shell (login, menu, stores) only, so the first request leaves before the whole
 * interface is parsed. The screens a route may open are named here once.
 */

type Loader<M> = () => Promise<M>;

/**
 * A screen of module `load` (its export `name`) to render under <Suspense>, and `preload`,
 * which fetches it ahead of the click (the first screen, at sign-in).
 */
function screen<M, K extends keyof M>(load: Loader<M>, name: K) {
  let loading: Promise<M> | null = null;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // a later attempt may succeed (the host was restarting)
      throw error;
    });
    return loading;
  };
  const Screen = lazy(async () => ({
    default: (await preload())[name] as never,
  }));
  return Object.assign(Screen, { preload }) as unknown as M[K] & { preload(): Promise<M> };
}

const participantList = () => import('../features/participants/ParticipantListScreen');
const participantForm = () => import('../features/participants/ParticipantFormScreen');
const contracts = () => import('../features/contracts/ContractScreen');

export const ParticipantListScreen = screen(participantList, 'ParticipantListScreen');
export const ParticipantFormScreen = screen(participantForm, 'ParticipantFormScreen');
export const ParticipantCardScreen = screen(
  () => import('../features/participants/ParticipantCardScreen'),
  'ParticipantCardScreen',
);
export const ProjectListScreen = screen(
  () => import('../features/projects/ProjectListScreen'),
  'ProjectListScreen',
);
export const ProjectFormScreen = screen(
  () => import('../features/projects/ProjectFormScreen'),
  'ProjectFormScreen',
);
export const ContractListScreen = screen(
  () => import('../features/contracts/ContractListScreen'),
  'ContractListScreen',
);
export const ContractScreen = screen(contracts, 'ContractScreen');
export const NewContractScreen = screen(contracts, 'NewContractScreen');
export const ClubEditionListScreen = screen(
  () => import('../features/club/ClubEditionListScreen'),
  'ClubEditionListScreen',
);
export const ClubEditionScreen = screen(
  () => import('../features/club/ClubEditionScreen'),
  'ClubEditionScreen',
);
export const CourseListScreen = screen(
  () => import('../features/courses/CourseListScreen'),
  'CourseListScreen',
);
export const CourseScreen = screen(
  () => import('../features/courses/CourseScreen'),
  'CourseScreen',
);
export const ProvidersScreen = screen(
  () => import('../features/courses/ProvidersScreen'),
  'ProvidersScreen',
);
export const CertificateRegisterScreen = screen(
  () => import('../features/courses/CertificateRegisterScreen'),
  'CertificateRegisterScreen',
);
export const VerifyCertificateScreen = screen(
  () => import('../features/courses/VerifyCertificateScreen'),
  'VerifyCertificateScreen',
);
export const SettingsScreen = screen(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen',
);
export const AuditLogScreen = screen(
  () => import('../features/audit/AuditLogScreen'),
  'AuditLogScreen',
);

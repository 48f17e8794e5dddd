import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Alert, Flex, Layout, Menu, Spin, Typography } from 'antd';
import {
  AuditOutlined,
  BookOutlined,
  FileProtectOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import type { Channel } from '../../src-main/contract';
import type { SignedInUser } from '../../src-main/contract/accounts';
import { can, useCan } from '../features/accounts/can';
import { listenForActivity, watchIdle } from '../features/accounts/idle-lock';
import { isWorking } from '../features/accounts/session.store';
import { backupWarning } from '../features/backups/backup-labels';
import { useSettingsTabs } from '../features/settings/settings-tabs';
import { useGuardedNavigate } from '../ui/leave-guard';
import { ScreenBoundary } from '../ui/ScreenBoundary';
import { ScreenTitle } from '../ui/ScreenTitle';
import { createFeatureStores, StoresProvider, useFeature, useStores, type Stores } from './stores';
import {
  AuditLogScreen,
  CertificateRegisterScreen,
  ClubEditionListScreen,
  ClubEditionScreen,
  ContractListScreen,
  ContractScreen,
  CourseListScreen,
  CourseScreen,
  NewContractScreen,
  ParticipantCardScreen,
  ParticipantFormScreen,
  ParticipantListScreen,
  ProjectFormScreen,
  ProjectListScreen,
  ProvidersScreen,
  retryFailedScreens,
  SettingsScreen,
  VerifyCertificateScreen,
} from './screens';
import { FONT_SCALE_OPTIONS, type Appearance } from './theme';

/**
 * The application for the signed-in person, with stores of its own (made at sign-in, gone
 * at sign-out). Under the lock it stays mounted but inert (LockScreen).
 */
export function SignedInApp(props: { appearance: Appearance; locked: boolean }) {
  const outer = useStores();
  const [stores] = useState<Stores>(() => ({ ...outer, ...createFeatureStores(outer.api) }));
  return (
    <StoresProvider value={stores}>
      <Shell {...props} />
    </StoresProvider>
  );
}

function Shell({ appearance, locked }: { appearance: Appearance; locked: boolean }) {
  const [narrow, setNarrow] = useState(false);
  const { pathname } = useLocation();
  useIdleLock(!locked);
  useWarmUp();
  return (
    <>
      <BackupWarning />
      <Layout>
        <Layout.Sider
          width={FONT_SCALE_OPTIONS[appearance.fontScale].menuWidth}
          // With the largest text the menu folds to icons sooner, leaving room for tables.
          breakpoint={appearance.fontScale === 'larger' ? 'xl' : 'lg'}
          collapsedWidth={64}
          collapsed={narrow}
          onBreakpoint={setNarrow}
          trigger={null}
          theme="light"
          className="app-sider"
        >
          <Navigation collapsed={narrow} />
        </Layout.Sider>
        <Layout.Content className="app-content">
          {/* A screen opened for the first time is fetched (screens.ts): a moment of this. */}
          <ScreenBoundary place={pathname} onRetry={retryFailedScreens}>
            <Suspense fallback={<Spin size="large" description="Wczytywanie…" />}>
              <AppRoutes />
            </Suspense>
          </ScreenBoundary>
        </Layout.Content>
      </Layout>
    </>
  );
}

/**
 * Once the first screen is drawn and the page is idle: the code of the screens the menu opens
 * (so their first opening draws at once, instead of "Wczytywanie…"), and the PDF worker
 * (pdfmake, its fonts, a warm-up — in a thread of its own), so the day's first preview does
 * not wait for it. Both are chunks: the first screen does not carry them.
 */
function useWarmUp() {
  useEffect(() => {
    const start = () => {
      for (const screen of WARM_SCREENS) void screen.preload().catch(() => undefined);
      void import('../documents/render-browser')
        .then((m) => m.preloadPdfRenderer())
        .catch(() => {
          // A screen that prints starts it again; its own error shows there.
        });
    };
    if (!('requestIdleCallback' in window)) return start();
    const idle = window.requestIdleCallback(start, { timeout: 3000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
}

/** The screens fetched ahead: the menu's, and a participant's card. */
const WARM_SCREENS = [
  ParticipantListScreen,
  ParticipantCardScreen,
  ProjectListScreen,
  ContractListScreen,
  ClubEditionListScreen,
  CourseListScreen,
];

/**
 * Locks the window after the office's minutes without activity, and tells the core that
 * someone is working (features/accounts/idle-lock.ts).
 */
function useIdleLock(active: boolean) {
  const { session } = useStores();
  const working = useFeature('session', (s) => isWorking(s.session));
  const minutes = useFeature('session', (s) => s.session?.idleLockMinutes ?? 10);
  useEffect(() => {
    if (!active || !working) return;
    const store = session.getState();
    const watch = watchIdle({
      idleMs: minutes * 60_000,
      onIdle: () => void store.lock().catch(() => store.load()),
      onTouch: () => void store.touch(),
    });
    const stop = listenForActivity(window, () => watch.activity());
    return () => {
      stop();
      watch.stop();
    };
  }, [active, working, minutes, session]);
}

/** A screen the person's roles do not open says so, instead of failing call by call. */
function Allowed({ channel, children }: { channel: Channel; children: ReactNode }) {
  if (useCan(channel)) return children;
  return (
    <Flex vertical gap="middle">
      <ScreenTitle>Brak uprawnień</ScreenTitle>
      <Typography.Paragraph>
        Twoje role nie obejmują tej części programu. Jeśli jej potrzebujesz, poproś administratora o
        zmianę ról.
      </Typography.Paragraph>
    </Flex>
  );
}

/** The first screen: the participants for those who work with them, else what the roles open. */
export function homeOf(user: SignedInUser | null | undefined): {
  path: string;
  screen: { preload(): Promise<unknown> };
} {
  if (can(user, 'participants.search'))
    return { path: '/participants', screen: ParticipantListScreen };
  if (can(user, 'settings.update')) return { path: '/settings', screen: SettingsScreen };
  return { path: '/projects', screen: ProjectListScreen };
}

function useHome(): string {
  return homeOf(useFeature('session', (s) => s.session?.user)).path;
}

function AppRoutes() {
  const home = useHome();
  const casework = (screen: ReactNode) => <Allowed channel="participants.get">{screen}</Allowed>;
  return (
    <Routes>
      <Route
        path="/participants"
        element={<Allowed channel="participants.search">{<ParticipantListScreen />}</Allowed>}
      />
      <Route
        path="/participants/new"
        element={<Allowed channel="participants.create">{<ParticipantFormScreen />}</Allowed>}
      />
      <Route path="/participants/:id" element={casework(<ParticipantCardScreen />)} />
      <Route
        path="/participants/:id/edit"
        element={<Allowed channel="participants.update">{<ParticipantFormScreen />}</Allowed>}
      />
      <Route path="/projects" element={<ProjectListScreen />} />
      <Route
        path="/projects/new"
        element={<Allowed channel="projects.create">{<ProjectFormScreen />}</Allowed>}
      />
      <Route path="/projects/:id" element={<ProjectFormScreen />} />
      <Route
        path="/contracts"
        element={<Allowed channel="contracts.list">{<ContractListScreen />}</Allowed>}
      />
      <Route
        path="/contracts/new"
        element={<Allowed channel="contracts.create">{<NewContractScreen />}</Allowed>}
      />
      <Route
        path="/contracts/:id"
        element={<Allowed channel="contracts.get">{<ContractScreen />}</Allowed>}
      />
      <Route
        path="/contracts/:id/amend"
        element={<Allowed channel="contracts.amend">{<ContractScreen amend />}</Allowed>}
      />
      <Route
        path="/club"
        element={<Allowed channel="club.listEditions">{<ClubEditionListScreen />}</Allowed>}
      />
      <Route
        path="/club/new"
        element={<Allowed channel="club.createEdition">{<ClubEditionScreen />}</Allowed>}
      />
      <Route
        path="/club/:id"
        element={<Allowed channel="club.getEdition">{<ClubEditionScreen />}</Allowed>}
      />
      <Route
        path="/courses"
        element={<Allowed channel="courses.list">{<CourseListScreen />}</Allowed>}
      />
      <Route
        path="/courses/new"
        element={<Allowed channel="courses.save">{<CourseScreen />}</Allowed>}
      />
      <Route
        path="/courses/providers"
        element={<Allowed channel="courses.listProviders">{<ProvidersScreen />}</Allowed>}
      />
      <Route
        path="/courses/certificates"
        element={<Allowed channel="courses.certificates">{<CertificateRegisterScreen />}</Allowed>}
      />
      <Route
        path="/courses/verify"
        element={<Allowed channel="courses.verify">{<VerifyCertificateScreen />}</Allowed>}
      />
      <Route
        path="/courses/:id"
        element={<Allowed channel="courses.get">{<CourseScreen />}</Allowed>}
      />
      <Route path="/settings" element={<SettingsRoute />} />
      <Route
        path="/audit-log"
        element={<Allowed channel="audit.search">{<AuditLogScreen />}</Allowed>}
      />
      <Route path="*" element={<Navigate to={home} replace />} />
    </Routes>
  );
}

function SettingsRoute() {
  const tabs = useSettingsTabs();
  return tabs.length > 0 ? <SettingsScreen /> : <Allowed channel="settings.update">{null}</Allowed>;
}

const NAV_ITEMS: { key: string; icon: ReactNode; label: string; channel: Channel | null }[] = [
  {
    key: 'participants',
    icon: <TeamOutlined />,
    label: 'Uczestnicy',
    channel: 'participants.search',
  },
  { key: 'projects', icon: <ProjectOutlined />, label: 'Projekty', channel: 'projects.list' },
  {
    key: 'contracts',
    icon: <FileProtectOutlined />,
    label: 'Kontrakty socjalne',
    channel: 'contracts.list',
  },
  {
    key: 'club',
    icon: <ScheduleOutlined />,
    label: 'Klub Integracji Społecznej',
    channel: 'club.listEditions',
  },
  // Its providers, register of certificates and the check of a code are links on its screens.
  {
    key: 'courses',
    icon: <BookOutlined />,
    label: 'Kursy zawodowe',
    channel: 'courses.list',
  },
  // Shown when at least one of its tabs is (useSettingsTabs).
  { key: 'settings', icon: <SettingOutlined />, label: 'Ustawienia', channel: null },
  // Dziennik zdarzeń: for who may search the audit log (the administrator).
  {
    key: 'audit-log',
    icon: <AuditOutlined />,
    label: 'Dziennik zdarzeń',
    channel: 'audit.search',
  },
];

/** On a narrow window the menu shows only its icons (with the labels as tooltips). */
function Navigation({ collapsed }: { collapsed: boolean }) {
  const section = useLocation().pathname.split('/')[1] ?? '';
  const navigate = useGuardedNavigate();
  const user = useFeature('session', (s) => s.session?.user);
  const anySettings = useSettingsTabs().length > 0;
  const items = NAV_ITEMS.filter((item) =>
    item.channel ? can(user, item.channel) : anySettings,
  ).map(({ key, icon, label }) => ({ key, icon, label }));
  return (
    <Menu
      mode="inline"
      inlineCollapsed={collapsed}
      style={{ borderInlineEnd: 'none' }}
      aria-label="Nawigacja"
      selectedKeys={[section]}
      items={items}
      onClick={({ key }) => navigate(`/${key}`)}
    />
  );
}

/**
 * Shown under the header while copies are not set up, the last good one is older than 7 days
 * or their folder is unreachable; the status is read at start and each hour. The link to the
 * copies only for those who may set them up.
 */
function BackupWarning() {
  const { backups } = useStores();
  const status = useFeature('backups', (s) => s.status);
  const navigate = useGuardedNavigate();
  const canConfigure = useCan('backups.configure');
  useEffect(() => {
    void backups.getState().loadStatus();
    const timer = window.setInterval(() => void backups.getState().loadStatus(), 3_600_000);
    const stopWatching = backups.getState().watchStatus();
    return () => {
      window.clearInterval(timer);
      stopWatching();
    };
  }, [backups]);
  const warning = status && backupWarning(status);
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      className="header-warning"
      title={
        <>
          {warning}{' '}
          {canConfigure ? (
            <a
              href="#/settings?tab=backups"
              onClick={(e) => {
                e.preventDefault();
                navigate('/settings?tab=backups');
              }}
            >
              Kopie zapasowe
            </a>
          ) : (
            'Powiedz o tym administratorowi.'
          )}
        </>
      }
    />
  );
}

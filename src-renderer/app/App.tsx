import { useEffect, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  ConfigProvider,
  Flex,
  Layout,
  Menu,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import {
  FileProtectOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import plPL from 'antd/locale/pl_PL';
import { HashRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ContractListScreen } from '../features/contracts/ContractListScreen';
import { ContractScreen, NewContractScreen } from '../features/contracts/ContractScreen';
import { ParticipantCardScreen } from '../features/participants/ParticipantCardScreen';
import { ParticipantFormScreen } from '../features/participants/ParticipantFormScreen';
import { ParticipantListScreen } from '../features/participants/ParticipantListScreen';
import { ProjectFormScreen } from '../features/projects/ProjectFormScreen';
import { ProjectListScreen } from '../features/projects/ProjectListScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { LeaveGuardProvider, useGuardedNavigate } from '../ui/leave-guard';
import { backupWarning } from '../features/backups/backup-labels';
import { polishOptionFilter } from '../ui/option-filter';
import { useToast } from '../ui/toast';
import { useFeature, useStores } from './stores';
import {
  buildTheme,
  FONT_SCALE_OPTIONS,
  FONT_SCALES,
  useAppearance,
  type Appearance,
} from './theme';
import './app.css';

export function App() {
  const [appearance, setAppearance] = useAppearance();
  const { session } = useStores();
  const [narrow, setNarrow] = useState(false);

  useEffect(() => {
    void session.getState().load();
  }, [session]);

  return (
    <ConfigProvider locale={plPL} theme={buildTheme(appearance)}>
      <AntApp className={appearance.highContrast ? 'high-contrast' : undefined}>
        <HashRouter>
          <LeaveGuardProvider>
            <Layout className="app-shell">
              <Layout.Header className="app-header">
                <AppHeader appearance={appearance} onAppearanceChange={setAppearance} />
              </Layout.Header>
              <ActingStaffWarning />
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
                  <AppRoutes />
                </Layout.Content>
              </Layout>
            </Layout>
          </LeaveGuardProvider>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/participants" element={<ParticipantListScreen />} />
      <Route path="/participants/new" element={<ParticipantFormScreen />} />
      <Route path="/participants/:id" element={<ParticipantCardScreen />} />
      <Route path="/participants/:id/edit" element={<ParticipantFormScreen />} />
      <Route path="/projects" element={<ProjectListScreen />} />
      <Route path="/projects/new" element={<ProjectFormScreen />} />
      <Route path="/projects/:id" element={<ProjectFormScreen />} />
      <Route path="/contracts" element={<ContractListScreen />} />
      <Route path="/contracts/new" element={<NewContractScreen />} />
      <Route path="/contracts/:id" element={<ContractScreen />} />
      <Route path="/contracts/:id/amend" element={<ContractScreen amend />} />
      <Route path="/settings" element={<SettingsScreen />} />
      <Route path="*" element={<Navigate to="/participants" replace />} />
    </Routes>
  );
}

const NAV_ITEMS = [
  { key: 'participants', icon: <TeamOutlined />, label: 'Uczestnicy' },
  { key: 'projects', icon: <ProjectOutlined />, label: 'Projekty' },
  { key: 'contracts', icon: <FileProtectOutlined />, label: 'Kontrakty socjalne' },
  { key: 'settings', icon: <SettingOutlined />, label: 'Ustawienia' },
];

/** On a narrow window the menu shows only its icons (with the labels as tooltips). */
function Navigation({ collapsed }: { collapsed: boolean }) {
  const section = useLocation().pathname.split('/')[1] ?? '';
  const navigate = useGuardedNavigate();
  return (
    <Menu
      mode="inline"
      inlineCollapsed={collapsed}
      style={{ borderInlineEnd: 'none' }}
      aria-label="Nawigacja"
      selectedKeys={[section]}
      items={NAV_ITEMS}
      onClick={({ key }) => navigate(`/${key}`)}
    />
  );
}

function AppHeader(props: {
  appearance: Appearance;
  onAppearanceChange: (patch: Partial<Appearance>) => void;
}) {
  const { appearance, onAppearanceChange } = props;
  const office = useFeature('session', (s) => s.office);
  return (
    <Flex align="center" justify="space-between" wrap gap={16} style={{ width: '100%' }}>
      <Flex vertical className="app-title">
        <span className="app-name">Aktywator</span>
        <span className="office-name">{office?.officeName ?? ''}</span>
      </Flex>
      <Flex align="center" wrap gap={24}>
        <ActingStaffSelect />
        <Space.Compact role="group" aria-label="Rozmiar czcionki">
          {FONT_SCALES.map((scale) => (
            <Button
              key={scale}
              aria-label={FONT_SCALE_OPTIONS[scale].ariaLabel}
              aria-pressed={appearance.fontScale === scale}
              type={appearance.fontScale === scale ? 'primary' : 'default'}
              onClick={() => onAppearanceChange({ fontScale: scale })}
            >
              {FONT_SCALE_OPTIONS[scale].label}
            </Button>
          ))}
        </Space.Compact>
        <label className="header-label">
          <Switch
            checked={appearance.highContrast}
            onChange={(highContrast) => onAppearanceChange({ highContrast })}
          />
          Wysoki kontrast
        </label>
      </Flex>
    </Flex>
  );
}

/** Who is working at this PC; the core stamps this name on every change it records. */
function ActingStaffSelect() {
  const { session } = useStores();
  const staff = useFeature('session', (s) => s.staff);
  const actingId = useFeature('session', (s) => s.session?.actingStaffId ?? null);
  const message = useToast();
  const options = staff
    .filter((s) => s.active || s.id === actingId)
    .map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}` }));
  return (
    <Flex align="center" gap={8}>
      <Typography.Text className="header-label" id="acting-staff-label">
        Pracownik:
      </Typography.Text>
      <Select
        aria-labelledby="acting-staff-label"
        placeholder="Wybierz pracownika"
        // No clear button: a stray Tab-Tab-Enter must not leave changes without a name.
        options={options}
        // Typing finds a name without Polish letters: "lapinska" → Łapińska.
        showSearch={{ filterOption: polishOptionFilter }}
        notFoundContent="Nie ma takiego pracownika"
        value={actingId ?? undefined}
        onChange={(id: number) =>
          session
            .getState()
            .setActingStaff(id)
            .catch((e: Error) => message.error(e.message))
        }
        style={{ minWidth: 220 }}
      />
    </Flex>
  );
}

/**
 * Shown under the header while copies are not set up, the last good one is older than 7 days
 * or their folder is unreachable; the status is read at start and each hour.
 */
function BackupWarning() {
  const { backups } = useStores();
  const status = useFeature('backups', (s) => s.status);
  const navigate = useGuardedNavigate();
  useEffect(() => {
    void backups.getState().loadStatus();
    const timer = window.setInterval(() => void backups.getState().loadStatus(), 3_600_000);
    return () => window.clearInterval(timer);
  }, [backups]);
  const warning = status && backupWarning(status);
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      className="acting-staff-warning"
      title={
        <>
          {warning}{' '}
          <a
            href="#/settings?tab=backups"
            onClick={(e) => {
              e.preventDefault();
              navigate('/settings?tab=backups');
            }}
          >
            Kopie zapasowe
          </a>
        </>
      }
    />
  );
}

/** Shown under the header while nobody is chosen as the acting staff member. */
function ActingStaffWarning() {
  const loaded = useFeature('session', (s) => s.session !== null);
  const actingId = useFeature('session', (s) => s.session?.actingStaffId ?? null);
  const anyActive = useFeature('session', (s) => s.staff.some((member) => member.active));
  const navigate = useGuardedNavigate();
  if (!loaded || actingId !== null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      className="acting-staff-warning"
      title="Wybierz pracownika w nagłówku — każda zmiana jest zapisywana z nazwiskiem osoby, która ją wprowadziła."
      description={
        anyActive ? undefined : (
          <>
            Lista pracowników jest pusta — dodaj pracowników w{' '}
            <a
              href="#/settings"
              onClick={(e) => {
                e.preventDefault();
                navigate('/settings');
              }}
            >
              Ustawieniach
            </a>
            .
          </>
        )
      }
    />
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  ConfigProvider,
  Flex,
  Layout,
  Space,
  Spin,
  Switch,
} from 'antd';
import plPL from 'antd/locale/pl_PL';
import { HashRouter } from 'react-router';
import { ForcedPasswordChangeScreen } from '../features/accounts/ChangePassword';
import { LockScreen } from '../features/accounts/LockScreen';
import { LoginScreen } from '../features/accounts/LoginScreen';
import { isWorking } from '../features/accounts/session.store';
import { SetupScreen } from '../features/accounts/SetupScreen';
import { UserMenu } from '../features/accounts/UserMenu';
import { CRITERIA_STORAGE_KEY } from '../features/participants/participants.store';
import type { SessionState as CoreSession } from '../../src-main/contract/accounts';
import { LeaveGuardProvider } from '../ui/leave-guard';
import { ScreenTitle } from '../ui/ScreenTitle';
import { homeOf, SignedInApp } from './SignedInApp';
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
  // zeroRuntime: antd's component styles come from its prebuilt stylesheet (main.tsx), not
  // written by each component at its first render — a fifth of the first screen's time.
  // The theme (font sizes, high contrast) still applies, as CSS variables.
  return (
    <ConfigProvider locale={plPL} theme={{ ...buildTheme(appearance), zeroRuntime: true }}>
      <AntApp className={appearance.highContrast ? 'high-contrast' : undefined}>
        <HashRouter>
          <LeaveGuardProvider>
            <Layout className="app-shell">
              <Layout.Header className="app-header">
                <AppHeader appearance={appearance} onAppearanceChange={setAppearance} />
              </Layout.Header>
              <SessionGate appearance={appearance} />
            </Layout>
          </LeaveGuardProvider>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}

/**
 * What this window shows for its session: the first start, the login, the forced password
 * change, or the application — which stays mounted under the lock, so what was being typed
 * survives locking and unlocking.
 */
function SessionGate({ appearance }: { appearance: Appearance }) {
  const { session } = useStores();
  const current = useFeature('session', (s) => s.session);
  const officeLoaded = useFeature('session', (s) => s.office !== null);
  const error = useFeature('session', (s) => s.error);
  const state = current?.state;

  useEffect(() => {
    void session.getState().load();
  }, [session]);

  const homeReady = useHomeScreen(current);

  useEffect(() => {
    // What the last person searched for is not left for the next one.
    if (state === 'signedOut') window.sessionStorage.removeItem(CRITERIA_STORAGE_KEY);
  }, [state]);

  if (!current) {
    return (
      <AuthPage>
        {error ? (
          <Flex vertical gap="middle">
            <ScreenTitle>Aktywator</ScreenTitle>
            <Alert
              type="error"
              showIcon
              title={error}
              action={
                <Button onClick={() => void session.getState().load()}>Spróbuj ponownie</Button>
              }
            />
          </Flex>
        ) : (
          <Spin size="large" description="Uruchamianie…" />
        )}
      </AuthPage>
    );
  }
  if (state === 'setupRequired')
    return (
      <AuthPage>
        <SetupScreen />
      </AuthPage>
    );
  if (state === 'signedOut')
    return (
      <AuthPage>
        <LoginScreen />
      </AuthPage>
    );
  if (state === 'signedIn' && current.user?.mustChangePassword)
    return (
      <AuthPage>
        <ForcedPasswordChangeScreen />
      </AuthPage>
    );
  const locked = state === 'locked';
  // Locked on opening the window (a reload): nothing was loaded, so nothing to keep under it.
  if (locked && !officeLoaded)
    return (
      <AuthPage>
        <LockScreen />
      </AuthPage>
    );
  if (!officeLoaded || !current.user || !homeReady) {
    return (
      <AuthPage>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            action={
              <Button onClick={() => void session.getState().load()}>Spróbuj ponownie</Button>
            }
          />
        ) : (
          <Spin size="large" description="Wczytywanie…" />
        )}
      </AuthPage>
    );
  }
  return (
    <>
      <SignedInApp key={current.user.staffId} appearance={appearance} locked={locked} />
      {locked && <LockScreen />}
    </>
  );
}

/**
 * Fetches the first screen's code while the office and staff are read, not after, and says
 * when it is in (or failed: the screen then says so itself). The application is drawn only
 * then: drawn earlier, the screen would suspend, and React holds a suspended screen back for
 * up to 300 ms after its "Wczytywanie…" (its throttling of fallbacks) — a third of the first
 * list's time.
 */
function useHomeScreen(session: CoreSession | null): boolean {
  const [readyFor, setReadyFor] = useState<number | null>(null);
  const user = isWorking(session) ? session.user : null;
  // Once in, it stays in for this person: locking the window keeps the application drawn.
  const signedIn = session?.user?.staffId;
  useEffect(() => {
    if (!user) return;
    let current = true;
    const ready = () => current && setReadyFor(user.staffId);
    homeOf(user).screen.preload().then(ready, ready);
    return () => {
      current = false;
    };
  }, [user]);
  return signedIn !== undefined && readyFor === signedIn;
}

/** Before anyone works: one column in the middle of the window. */
function AuthPage({ children }: { children: ReactNode }) {
  return <Layout.Content className="app-content auth-page">{children}</Layout.Content>;
}

function AppHeader(props: {
  appearance: Appearance;
  onAppearanceChange: (patch: Partial<Appearance>) => void;
}) {
  const { appearance, onAppearanceChange } = props;
  const office = useFeature('session', (s) => s.office?.officeName ?? s.session?.officeName ?? '');
  const working = useFeature('session', (s) => isWorking(s.session));
  return (
    <Flex align="center" justify="space-between" wrap gap={16} style={{ width: '100%' }}>
      <Flex vertical className="app-title">
        <span className="app-name">Aktywator</span>
        <span className="office-name">{office}</span>
      </Flex>
      <Flex align="center" wrap gap={24}>
        {working && <UserMenu />}
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

import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Flex, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import type { Channel } from '../../../src-main/contract';
import { useFeature, useStores } from '../../app/stores';
import { AccountsTab } from '../accounts/AccountsTab';
import { can } from '../accounts/can';
import { BackupsTab } from '../backups/BackupsTab';
import { InstrumentsTab } from './InstrumentsTab';
import { LogoStripTab } from './LogoStripTab';
import { OfficeForm } from './OfficeForm';
import { createSettingsStore } from './settings.store';
import { StaffTable } from './StaffTable';
import { ScreenTitle } from '../../ui/ScreenTitle';

type TabKey = 'office' | 'staff' | 'accounts' | 'instruments' | 'logos' | 'backups';

/** Each tab with the channels that open it (any one of them). */
const TABS: { key: TabKey; label: string; channels: Channel[] }[] = [
  { key: 'office', label: 'Ośrodek', channels: ['settings.update'] },
  { key: 'staff', label: 'Pracownicy', channels: ['staff.create'] },
  // A coordinator sees it too, to widen a social worker's scope.
  {
    key: 'accounts',
    label: 'Konta i uprawnienia',
    channels: ['accounts.list', 'accounts.setScope'],
  },
  { key: 'instruments', label: 'Instrumenty', channels: ['instruments.create'] },
  { key: 'logos', label: 'Logotypy UE', channels: ['settings.setLogoStrip'] },
  { key: 'backups', label: 'Kopie zapasowe', channels: ['backups.configure'] },
];

/** The settings tabs the signed-in person's roles open (none: no "Ustawienia" in the menu). */
export function useSettingsTabs(): typeof TABS {
  const user = useFeature('session', (s) => s.session?.user);
  return TABS.filter((tab) => tab.channels.some((channel) => can(user, channel)));
}

/** Ustawienia: the office's data, its staff and accounts, instruments, logos and backups. */
export function SettingsScreen() {
  const { api, session } = useStores();
  const [settings] = useState(() => createSettingsStore(api, session));
  const { saving, saveOffice, saveStaff, setStaffActive } = useStore(settings);
  const office = useFeature('session', (s) => s.office);
  const staff = useFeature('session', (s) => s.staff);
  const error = useFeature('session', (s) => s.error);
  const tabs = useSettingsTabs();
  // A link may open a tab: /settings?tab=logos from the warning before printing.
  const [search] = useSearchParams();
  const asked = search.get('tab');

  const content: Record<TabKey, () => ReactNode> = {
    office: () =>
      office ? (
        <OfficeForm office={office} saving={saving} onSave={saveOffice} />
      ) : (
        <Spin description="Wczytywanie danych ośrodka…" />
      ),
    staff: () => (
      <StaffTable staff={staff} saving={saving} onSave={saveStaff} onSetActive={setStaffActive} />
    ),
    accounts: () => <AccountsTab settings={settings} />,
    instruments: () => <InstrumentsTab />,
    logos: () => <LogoStripTab />,
    backups: () => <BackupsTab />,
  };

  return (
    <Flex vertical gap="middle">
      <ScreenTitle>Ustawienia</ScreenTitle>
      {error && <Alert type="error" showIcon title={error} />}
      <Tabs
        defaultActiveKey={tabs.some((t) => t.key === asked) ? (asked ?? undefined) : tabs[0]?.key}
        items={tabs.map((tab) => ({
          key: tab.key,
          label: tab.label,
          children: content[tab.key](),
        }))}
      />
    </Flex>
  );
}

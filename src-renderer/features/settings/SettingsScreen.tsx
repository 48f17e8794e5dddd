import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Flex, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import { useFeature, useStores } from '../../app/stores';
import { AccountsTab } from '../accounts/AccountsTab';
import { BackupsTab } from '../backups/BackupsTab';
import { InstrumentsTab } from './InstrumentsTab';
import { LogoStripTab } from './LogoStripTab';
import { OfficeForm } from './OfficeForm';
import { createSettingsStore } from './settings.store';
import { StaffTable } from './StaffTable';
import { useSettingsTabs, type TabKey } from './settings-tabs';
import { ScreenTitle } from '../../ui/ScreenTitle';

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

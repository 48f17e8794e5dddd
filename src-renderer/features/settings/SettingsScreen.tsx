import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Flex, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import { useFeature, useStores } from '../../app/stores';
import { BackupsTab } from '../backups/BackupsTab';
import { InstrumentsTab } from './InstrumentsTab';
import { LogoStripTab } from './LogoStripTab';
import { OfficeForm } from './OfficeForm';
import { createSettingsStore } from './settings.store';
import { StaffTable } from './StaffTable';
import { ScreenTitle } from '../../ui/ScreenTitle';

/** Ustawienia: the office's data, its staff, instruments, logos and backup copies. */
export function SettingsScreen() {
  const { api, session } = useStores();
  const [settings] = useState(() => createSettingsStore(api, session));
  const { saving, saveOffice, saveStaff, setStaffActive } = useStore(settings);
  const office = useFeature('session', (s) => s.office);
  const staff = useFeature('session', (s) => s.staff);
  const error = useFeature('session', (s) => s.error);
  // A link may open a tab: /settings?tab=logos from the warning before printing.
  const [search] = useSearchParams();

  return (
    <Flex vertical gap="middle">
      <ScreenTitle>Ustawienia</ScreenTitle>
      {error && <Alert type="error" showIcon title={error} />}
      <Tabs
        defaultActiveKey={search.get('tab') ?? 'office'}
        items={[
          {
            key: 'office',
            label: 'Ośrodek',
            children: office ? (
              <OfficeForm office={office} saving={saving} onSave={saveOffice} />
            ) : (
              <Spin description="Wczytywanie danych ośrodka…" />
            ),
          },
          {
            key: 'staff',
            label: 'Pracownicy',
            children: (
              <StaffTable
                staff={staff}
                saving={saving}
                onSave={saveStaff}
                onSetActive={setStaffActive}
              />
            ),
          },
          { key: 'instruments', label: 'Instrumenty', children: <InstrumentsTab /> },
          { key: 'logos', label: 'Logotypy UE', children: <LogoStripTab /> },
          { key: 'backups', label: 'Kopie zapasowe', children: <BackupsTab /> },
        ]}
      />
    </Flex>
  );
}

import type { Channel } from '../../../src-main/contract';
import { useFeature } from '../../app/stores';
import { can } from '../accounts/can';

/*
 * Which tabs of Ustawienia the signed-in person sees: the menu needs it before the screen
 * itself is loaded (the screen is a chunk of its own), so it lives apart from it.
 */

export type TabKey = 'office' | 'staff' | 'accounts' | 'instruments' | 'logos' | 'backups';

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

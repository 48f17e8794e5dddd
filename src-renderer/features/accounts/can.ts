import type { Channel } from '../../../src-main/contract';
import type { SignedInUser } from '../../../src-main/contract/accounts';
import { CHANNEL_PERMISSION, hasPermission } from '../../../src-main/contract/permissions';
import { useFeature } from '../../app/stores';

/**
 * Whether the signed-in person may call the channel — from the same table the core enforces
 * (contract/permissions.ts). The renderer only hides what the core would refuse anyway.
 */
export function can(user: SignedInUser | null | undefined, channel: Channel): boolean {
  const permission = CHANNEL_PERMISSION[channel];
  if (permission === 'public') return true;
  if (!user || user.mustChangePassword) return false;
  return hasPermission(user.roles, permission);
}

/** `useCan('projects.update')`: hide a menu item or an action the person may not use. */
export function useCan(channel: Channel): boolean {
  const user = useFeature('session', (s) => s.session?.user);
  return can(user, channel);
}

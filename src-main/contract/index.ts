import type { z } from 'zod';
import { attendanceChannels } from './attendance';
import { auditChannels } from './audit';
import { backupChannels } from './backups';
import { clubChannels } from './club';
import { courseCertificateChannels } from './course-certificates';
import { courseChannels } from './courses';
import { documentChannels } from './documents';
import { enrolmentChannels } from './enrolments';
import { participantChannels } from './participants';
import { projectChannels } from './projects';
import { accountChannels, sessionChannels } from './accounts';
import { settingsChannels } from './settings';
import { contractChannels, instrumentChannels } from './social-contracts';
import { staffChannels } from './staff';

/**
 * The whole API between the core and any renderer, written once. Channel names are the
 * keys; types on both sides are inferred from these schemas.
 */
export const contract = {
  ...settingsChannels,
  ...sessionChannels,
  ...accountChannels,
  ...staffChannels,
  ...projectChannels,
  ...participantChannels,
  ...enrolmentChannels,
  ...instrumentChannels,
  ...contractChannels,
  ...documentChannels,
  ...clubChannels,
  ...attendanceChannels,
  ...courseChannels,
  ...courseCertificateChannels,
  ...auditChannels,
  ...backupChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export * from './events';

export * from './errors';
export { CHANNEL_ACCESS, type ChannelAccess } from './access';
export { CHANNEL_PERMISSION, hasPermission, type Permission, type Role } from './permissions';

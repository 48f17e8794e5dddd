import type { Channel } from './index';

/**
 * What a channel does with the office's data, declared once for every channel (the type
 * refuses a channel left out):
 * - `read`: returns nothing of RODO art. 9 (names, lists, projects, settings);
 * - `sensitiveRead`: returns special-category data (health, disability, addiction,
 *   homelessness, an assessment that may speak of them) — the dispatcher refuses to return it
 *   unless the handler logged the view (who saw whose data, never the values);
 * - `write`: changes data; the handler records the change in the audit log.
 */
export type ChannelAccess = 'read' | 'sensitiveRead' | 'write';

/** Kept literal (`as const`), so tests can derive the channels of each kind from the type. */
export const CHANNEL_ACCESS = {
  'settings.get': 'read',
  'settings.update': 'write',
  'settings.getLogoStrip': 'read',
  'settings.setLogoStrip': 'write',
  'session.get': 'read',
  'session.setup': 'write',
  'session.login': 'write',
  'session.logout': 'write',
  'session.lock': 'write',
  'session.unlock': 'write',
  'session.touch': 'read',
  'session.changePassword': 'write',
  'accounts.list': 'read',
  'accounts.create': 'write',
  'accounts.update': 'write',
  'accounts.resetPassword': 'write',
  'accounts.setScope': 'write',
  'staff.list': 'read',
  'staff.create': 'write',
  'staff.update': 'write',
  'projects.list': 'read',
  'projects.get': 'read',
  'projects.create': 'write',
  'projects.update': 'write',
  'projects.team': 'read',
  'projects.setTeam': 'write',
  'participants.search': 'read',
  'participants.get': 'sensitiveRead',
  'participants.findByIdentity': 'read',
  'participants.create': 'write',
  'participants.update': 'write',
  'enrolments.checkEligibility': 'sensitiveRead',
  'enrolments.create': 'write',
  'enrolments.forParticipant': 'sensitiveRead',
  'enrolments.changeStatus': 'write',
  'enrolments.updateMonitoring': 'write',
  'enrolments.recordExit': 'write',
  'instruments.list': 'read',
  'instruments.create': 'write',
  'instruments.update': 'write',
  'contracts.list': 'read',
  'contracts.get': 'sensitiveRead',
  'contracts.create': 'write',
  'contracts.update': 'write',
  'contracts.sign': 'write',
  'contracts.addEvaluation': 'write',
  'contracts.amend': 'write',
  'contracts.complete': 'write',
  'contracts.terminate': 'write',
  'contracts.preview': 'sensitiveRead',
  'documents.get': 'sensitiveRead',
  'audit.forEntity': 'read',
  'audit.verify': 'read',
  'audit.search': 'read',
  'audit.viewsOf': 'read',
  'backups.status': 'read',
  'backups.configure': 'write',
  'backups.create': 'write',
  'backups.list': 'read',
  'backups.restore': 'write',
} as const satisfies { readonly [C in Channel]: ChannelAccess };

import type { Channel } from './index';
import { STAFF_ROLES, type StaffRole } from './staff';

/**
 * What a signed-in person may do, by role (issue 7, item 2). The core checks the channel's
 * permission before its handler runs (dispatcher.ts); the renderer only hides what would be
 * refused anyway, from the same table.
 *
 * - `public`: before anyone signs in (the login and first-start screens);
 * - `signedIn`: anyone signed in (their own session, names of staff, projects, settings read);
 * - `office`: the office's settings, staff, accounts, backups and the audit log (administrator);
 * - `projects`: projects and the catalogue of instruments (coordinator);
 * - `names`: participants' names in lists, without special-category data (everyone who works
 *   with participants, including a club leader and a trainer);
 * - `casework`: a participant's card, enrolments, contracts and documents — special-category
 *   data (social worker, within their scope; coordinator reads everyone);
 * - `caseworkWrite`: changing those (social worker, within their scope);
 * - `staffScope`: widening a social worker's scope (coordinator, administrator);
 * - `views`: "Kto oglądał dane tej osoby" (coordinator, administrator);
 * - `club`: the Social Integration Club's programme, groups, trainers, rooms and timetable
 *   read (coordinator, club leader, social worker, trainer) — its members' names need `names`;
 * - `clubPlan`: changing them and planning the timetable, ending a person's participation
 *   and issuing the club's certificates (coordinator, club leader);
 * - `attendance`: recording attendance at sessions (coordinator, club leader, trainer — who
 *   countersigns the list);
 * - `courses`: vocational courses and their providers read (coordinator, social worker, club
 *   leader); `coursesManage`: changing them (coordinator).
 */
export const PERMISSIONS = [
  'public',
  'signedIn',
  'office',
  'projects',
  'names',
  'casework',
  'caseworkWrite',
  'staffScope',
  'views',
  'club',
  'clubPlan',
  'attendance',
  'courses',
  'coursesManage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Role = StaffRole;
export const ROLES = STAFF_ROLES;

export const ROLE_PERMISSIONS: { readonly [R in Role]: readonly Permission[] } = {
  administrator: ['office', 'staffScope', 'views'],
  coordinator: [
    'projects',
    'names',
    'casework',
    'staffScope',
    'views',
    'club',
    'clubPlan',
    'attendance',
    'courses',
    'coursesManage',
  ],
  socialWorker: ['names', 'casework', 'caseworkWrite', 'club', 'courses'],
  clubLeader: ['names', 'club', 'clubPlan', 'attendance', 'courses'],
  trainer: ['names', 'club', 'attendance'],
};

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  if (permission === 'public' || permission === 'signedIn') return true;
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}

/** A social worker whose scope was not widened sees only the people assigned to them. */
export function seesEveryParticipant(roles: readonly Role[], scope: ParticipantScope): boolean {
  return roles.includes('coordinator') || scope === 'all';
}
export const PARTICIPANT_SCOPES = ['assigned', 'all'] as const;
export type ParticipantScope = (typeof PARTICIPANT_SCOPES)[number];

/** The permission of every channel; the type refuses a channel left out. */
export const CHANNEL_PERMISSION: { readonly [C in Channel]: Permission } = {
  'settings.get': 'signedIn',
  'settings.update': 'office',
  'settings.getLogoStrip': 'signedIn',
  'settings.setLogoStrip': 'office',
  'session.get': 'public',
  'session.setup': 'public',
  'session.login': 'public',
  'session.logout': 'public',
  'session.lock': 'public',
  'session.unlock': 'public',
  'session.touch': 'signedIn',
  'session.changePassword': 'signedIn',
  // The coordinator reads it too, to see and widen social workers' scopes (logins and roles only).
  'accounts.list': 'staffScope',
  'accounts.create': 'office',
  'accounts.update': 'office',
  'accounts.resetPassword': 'office',
  'accounts.setScope': 'staffScope',
  'staff.list': 'signedIn',
  'staff.create': 'office',
  'staff.update': 'office',
  'projects.list': 'signedIn',
  'projects.get': 'signedIn',
  'projects.create': 'projects',
  'projects.update': 'projects',
  'projects.team': 'signedIn',
  'projects.setTeam': 'projects',
  'participants.search': 'names',
  'participants.get': 'casework',
  'participants.findByIdentity': 'caseworkWrite',
  'participants.create': 'caseworkWrite',
  'participants.update': 'caseworkWrite',
  'enrolments.checkEligibility': 'casework',
  'enrolments.create': 'caseworkWrite',
  'enrolments.forParticipant': 'casework',
  'enrolments.changeStatus': 'caseworkWrite',
  'enrolments.updateMonitoring': 'caseworkWrite',
  'enrolments.recordExit': 'caseworkWrite',
  'instruments.list': 'signedIn',
  'instruments.create': 'projects',
  'instruments.update': 'projects',
  'contracts.list': 'casework',
  'contracts.get': 'casework',
  'contracts.create': 'caseworkWrite',
  'contracts.update': 'caseworkWrite',
  'contracts.sign': 'caseworkWrite',
  'contracts.addEvaluation': 'caseworkWrite',
  'contracts.amend': 'caseworkWrite',
  'contracts.complete': 'caseworkWrite',
  'contracts.terminate': 'caseworkWrite',
  'contracts.preview': 'casework',
  'documents.get': 'casework',
  'club.listEditions': 'club',
  'club.getEdition': 'club',
  'club.createEdition': 'clubPlan',
  'club.updateEdition': 'clubPlan',
  'club.saveGroup': 'clubPlan',
  'club.deleteGroup': 'clubPlan',
  // Members' names are personal data: the club's permission alone does not show them.
  'club.members': 'names',
  'club.setMembers': 'clubPlan',
  'club.saveModule': 'clubPlan',
  'club.deleteModule': 'clubPlan',
  'club.saveTrainer': 'clubPlan',
  'club.deleteTrainer': 'clubPlan',
  'club.addAbsence': 'clubPlan',
  'club.removeAbsence': 'clubPlan',
  'club.saveRoom': 'clubPlan',
  'club.deleteRoom': 'clubPlan',
  'club.sessions': 'club',
  'club.plan': 'clubPlan',
  'club.replan': 'clubPlan',
  // A read, but only for those who may move the session it checks.
  'club.checkMove': 'clubPlan',
  'club.moveSession': 'clubPlan',
  'club.setLocked': 'clubPlan',
  // Hours, lists and attendance sheets name the members: `names`, as `club.members`.
  'club.hours': 'names',
  // The person's card shows their club hours beside the rest of their case.
  'club.personHours': 'casework',
  'club.endParticipation': 'clubPlan',
  'club.issueCertificate': 'clubPlan',
  'club.certificates': 'clubPlan',
  'club.certificate': 'clubPlan',
  'club.figures': 'club',
  'attendance.session': 'names',
  'attendance.record': 'attendance',
  'attendance.month': 'names',
  'attendance.recordMonth': 'attendance',
  'attendance.lists': 'names',
  'courses.listProviders': 'courses',
  'courses.saveProvider': 'coursesManage',
  'courses.list': 'courses',
  'courses.get': 'courses',
  'courses.save': 'coursesManage',
  'courses.setParticipants': 'coursesManage',
  'courses.saveClasses': 'coursesManage',
  'courses.sheet': 'courses',
  'courses.record': 'coursesManage',
  'courses.grid': 'courses',
  'courses.recordGrid': 'coursesManage',
  'courses.saveExam': 'coursesManage',
  'courses.completion': 'courses',
  'courses.lists': 'courses',
  'courses.issueCertificates': 'coursesManage',
  'courses.certificates': 'courses',
  'courses.printCertificates': 'coursesManage',
  'courses.duplicate': 'coursesManage',
  'courses.revoke': 'coursesManage',
  'courses.confirmReceipt': 'coursesManage',
  'courses.verify': 'courses',
  // The person's card shows their courses beside the rest of their case.
  'courses.ofParticipant': 'casework',
  'club.cancelPlan': 'clubPlan',
  'audit.forEntity': 'casework',
  'audit.verify': 'office',
  'audit.search': 'office',
  'audit.viewsOf': 'views',
  'backups.status': 'signedIn',
  'backups.configure': 'office',
  'backups.create': 'office',
  'backups.list': 'office',
  'backups.restore': 'office',
};

import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

/** Key–value settings of the office and of this workstation (e.g. the acting staff member). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

/** Staff of the office (pracownicy). */
export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  role: text('role').notNull(),
  phone: text('phone'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
});

/**
 * A staff member's account (konto): who may sign in, with which roles. Separate from `staff`,
 * because not every person named in documents signs in (an outside trainer), and one person
 * may hold several roles (the head of a small office is administrator and coordinator).
 * The password is stored only as a scrypt hash with its own salt (features/accounts/password.ts).
 */
export const accounts = sqliteTable(
  'accounts',
  {
    staffId: integer('staff_id')
      .primaryKey()
      .references(() => staff.id),
    login: text('login').notNull(),
    /** Lower-cased login: logins are compared without regard to case. */
    loginKey: text('login_key').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles', { mode: 'json' }).notNull(),
    participantScope: text('participant_scope').notNull().default('assigned'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' })
      .notNull()
      .default(true),
    /** Failed attempts since the last success: each one makes the next try wait longer. */
    failedLogins: integer('failed_logins').notNull().default(0),
    lastFailedAt: text('last_failed_at'),
    lastLoginAt: text('last_login_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('accounts_login_key_idx').on(t.loginKey)],
);

/** A project or one edition of it (projekt, edycja). Amounts are in grosze. */
export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  programme: text('programme').notNull(),
  measure: text('measure'),
  edition: text('edition'),
  beneficiary: text('beneficiary').notNull(),
  isEfs: integer('is_efs', { mode: 'boolean' }).notNull().default(true),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  totalValue: integer('total_value').notNull(),
  euFunding: integer('eu_funding').notNull(),
  ownContribution: integer('own_contribution').notNull(),
  partners: text('partners', { mode: 'json' })
    .notNull()
    .default(sql`'[]'`),
  plannedWomen: integer('planned_women').notNull(),
  plannedMen: integer('planned_men').notNull(),
  indicators: text('indicators', { mode: 'json' })
    .notNull()
    .default(sql`'[]'`),
  criteria: text('criteria', { mode: 'json' })
    .notNull()
    .default(sql`'[]'`),
  ...timestamps,
});

/**
 * A project's team: the staff who work in it. A social worker whose scope is narrowed reaches
 * the people assigned to them and the people enrolled in the projects of their team.
 */
export const projectStaff = sqliteTable(
  'project_staff',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.staffId] }),
    index('project_staff_staff_idx').on(t.staffId),
  ],
);

/**
 * A person in the register (uczestnik). The *sort_key columns hold a binary-sortable Polish
 * ordering, derived in the repository.
 */
export const participants = sqliteTable(
  'participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    pesel: text('pesel'),
    documentNumber: text('document_number'),
    sex: text('sex').notNull(),
    birthDate: text('birth_date').notNull(),
    birthPlace: text('birth_place'),
    voivodeship: text('voivodeship').notNull(),
    county: text('county').notNull(),
    commune: text('commune').notNull(),
    locality: text('locality').notNull(),
    street: text('street'),
    houseNumber: text('house_number'),
    flatNumber: text('flat_number'),
    postalCode: text('postal_code').notNull(),
    areaType: text('area_type').notNull(),
    phone: text('phone'),
    email: text('email'),
    educationLevel: text('education_level'),
    unemployedSince: text('unemployed_since'),
    withoutWorkSince: text('without_work_since'),
    officeClientSince: text('office_client_since'),
    socialWorkerId: integer('social_worker_id').references(() => staff.id),
    familyMembers: text('family_members', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    notes: text('notes'),
    sortKey: text('sort_key').notNull(),
    firstNameSortKey: text('first_name_sort_key').notNull(),
    localitySortKey: text('locality_sort_key').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('participants_pesel_uq').on(t.pesel),
    uniqueIndex('participants_document_uq').on(t.documentNumber),
    // One index per sort of the list, in the list's full order (the surname and then the id
    // break ties; the id is in every index as the rowid), so a page is read off the index
    // instead of sorting the whole register (issue 13).
    index('participants_sort_key_idx').on(t.sortKey),
    index('participants_first_name_sort_idx').on(t.firstNameSortKey, t.sortKey),
    index('participants_locality_sort_idx').on(t.localitySortKey, t.sortKey),
    index('participants_birth_date_idx').on(t.birthDate),
    index('participants_created_at_idx').on(t.createdAt),
    index('participants_social_worker_idx').on(t.socialWorkerId),
  ],
);

/**
 * The diacritic-free words of a person's names and locality ("kowalska", "nowak" for
 * Kowalska-Nowak), so that a prefix of any of them finds the person through one index.
 */
export const participantSearchTokens = sqliteTable(
  'participant_search_tokens',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    token: text('token').notNull(),
  },
  (t) => [
    uniqueIndex('pst_participant_token_uq').on(t.participantId, t.token),
    index('pst_token_idx').on(t.token, t.participantId),
  ],
);

/**
 * Every search word of a person and every inner part of one (3 letters or more), so that
 * "wiklin" finds Ćwiklińska through one index; the two counts and the copied sort key let a
 * search count and order the people from the index alone (features/participants/
 * participants.suffixes.ts). A table WITHOUT ROWID in SQLite (see its migration); on
 * PostgreSQL the same rows with a `COLLATE "C"` key, or pg_trgm over the words instead.
 */
export const participantSearchSuffixes = sqliteTable(
  'participant_search_suffixes',
  {
    suffix: text('suffix').notNull(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    /** participants.sort_key, copied so that the default order needs no look-up per person. */
    sortKey: text('sort_key').notNull(),
    sharedWithPrevious: integer('shared_with_previous').notNull(),
    sharedWithWord: integer('shared_with_word').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.suffix, t.participantId] }),
    // Rewriting one person's rows; SQLite adds the key's columns to it (WITHOUT ROWID).
    index('pss_participant_idx').on(t.participantId),
  ],
);

/** Reasons of exclusion risk (przesłanki), one row each so they can be filtered by index. */
export const participantExclusionReasons = sqliteTable(
  'participant_exclusion_reasons',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    reason: text('reason').notNull(),
  },
  (t) => [
    uniqueIndex('per_participant_reason_uq').on(t.participantId, t.reason),
    index('per_reason_idx').on(t.reason),
  ],
);

/** A person's enrolment into a project (zgłoszenie → udział). */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    status: text('status').notNull(),
    enrolledOn: text('enrolled_on').notNull(),
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    monitoring: text('monitoring', { mode: 'json' }),
    /** The situation on leaving (v3): `{ results, recordedOn }`, null until recorded. */
    exitSituation: text('exit_situation', { mode: 'json' }),
    longTermUnemployed: integer('long_term_unemployed', { mode: 'boolean' }),
    /** The eligibility result as it stood on the enrolment date, kept as evidence. */
    eligibility: text('eligibility', { mode: 'json' }).notNull(),
    consentDataProcessing: integer('consent_data_processing', { mode: 'boolean' }).notNull(),
    consentDate: text('consent_date'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enrolments_participant_project_uq').on(t.participantId, t.projectId),
    index('enrolments_project_status_idx').on(t.projectId, t.status),
  ],
);

/** Every status change of an enrolment, with its date and reason. */
export const enrolmentStatusChanges = sqliteTable(
  'enrolment_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    date: text('date').notNull(),
    reason: text('reason'),
    actorName: text('actor_name'),
    at: text('at').notNull(),
  },
  (t) => [index('esc_enrolment_idx').on(t.enrolmentId)],
);

/** Who wrote (or viewed sensitive data of) what and when — field names only, never values. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    channel: text('channel').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    action: text('action').notNull(),
    changedFields: text('changed_fields', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    /**
     * The chain that proves nothing was changed or removed: each entry's SHA-256 over its
     * content and the previous entry's hash (features/audit/audit-chain.ts). Null only for
     * entries written before the chain existed, until the core seals them at start.
     */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    // A record's history without the views (the card's default): read straight off the index
    // however many times the card was opened (features/audit/audit.repo.ts).
    index('audit_changes_idx')
      .on(t.entity, t.entityId)
      .where(sql`${t.action} <> 'view'`),
    // "Dziennik zdarzeń": newest first and by days (`at` is ISO, so text order is time order),
    // and one staff member's entries (features/audit/audit-search.repo.ts).
    index('audit_at_idx').on(t.at),
    index('audit_actor_at_idx').on(t.actorId, t.at),
  ],
);

/** The catalogue of integration instruments (instrumenty aktywnej integracji), editable. */
export const instruments = sqliteTable('instruments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  group: text('group').notNull(),
  name: text('name').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
});

/**
 * A social contract (kontrakt socjalny). `content` is the original as agreed (frozen once
 * signed); the columns beside it are the current values lists and alerts filter on.
 */
export const socialContracts = sqliteTable(
  'social_contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    projectId: integer('project_id').references(() => projects.id),
    status: text('status').notNull(),
    variant: text('variant').notNull(),
    number: text('number'),
    signedOn: text('signed_on'),
    socialWorkerId: integer('social_worker_id').references(() => staff.id),
    content: text('content', { mode: 'json' }).notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    nextEvaluationOn: text('next_evaluation_on'),
    endedOn: text('ended_on'),
    goalsReached: integer('goals_reached', { mode: 'boolean' }),
    terminationReason: text('termination_reason'),
    endNote: text('end_note'),
    documentId: integer('document_id'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('social_contracts_number_uq').on(t.number),
    index('social_contracts_participant_idx').on(t.participantId),
    index('social_contracts_status_period_idx').on(t.status, t.periodTo),
    // The list's order (last changed first), with and without its status tabs.
    index('social_contracts_updated_idx').on(t.updatedAt),
    index('social_contracts_status_updated_idx').on(t.status, t.updatedAt),
  ],
);

/** Dated evaluations of a contract (ocena realizacji): progress per task and goal. */
export const contractEvaluations = sqliteTable(
  'contract_evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => socialContracts.id),
    date: text('date').notNull(),
    taskProgress: text('task_progress', { mode: 'json' }).notNull(),
    goalProgress: text('goal_progress', { mode: 'json' }).notNull(),
    assessment: text('assessment').notNull(),
    // Both parties' part of the evaluation (v2); null on evaluations recorded before.
    personAssessment: text('person_assessment'),
    personKeptObligations: text('person_kept_obligations'),
    officeKeptObligations: text('office_kept_obligations'),
    result: text('result'),
    decision: text('decision'),
    nextEvaluationOn: text('next_evaluation_on'),
    actorName: text('actor_name'),
    documentId: integer('document_id').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('contract_evaluations_contract_idx').on(t.contractId)],
);

/** Amendments (aneksy): numbered per contract; each holds the whole content as amended. */
export const contractAmendments = sqliteTable(
  'contract_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => socialContracts.id),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    date: text('date').notNull(),
    /** The day the changes take effect (v2); null on older amendments = their date. */
    effectiveFrom: text('effective_from'),
    description: text('description').notNull(),
    content: text('content', { mode: 'json' }).notNull(),
    changes: text('changes', { mode: 'json' }).notNull(),
    documentId: integer('document_id').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('contract_amendments_seq_uq').on(t.contractId, t.seq)],
);

/**
 * The register of issued documents: what was printed for signature, the data it was made
 * from and the SHA-256 of that data. Rows are never changed or deleted.
 */
export const issuedDocuments = sqliteTable(
  'issued_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    /** What the document is about (v9): every kind so far is a contract's. */
    entity: text('entity').notNull().default('contract'),
    entityId: integer('entity_id').notNull(),
    /** Who issued it (v9); null on documents issued before the register recorded it. */
    issuedById: integer('issued_by_id').references(() => staff.id),
    issuedByName: text('issued_by_name'),
    data: text('data').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('issued_documents_number_uq').on(t.kind, t.number)],
);

/**
 * Gap-free numbers (db/counters.ts): one row per series and scope — contract numbers per year
 * (`KS`, `2026`), evaluations and amendments per contract (`contract-evaluation`, `12`), and
 * every later register the same way.
 */
export const counters = sqliteTable(
  'counters',
  {
    series: text('series').notNull(),
    scope: text('scope').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.scope] })],
);

/** Images referred to by issued documents (the EU logo strip), kept by their SHA-256. */
export const documentAssets = sqliteTable('document_assets', {
  sha256: text('sha256').primaryKey(),
  dataUrl: text('data_url').notNull(),
});

// ---------------------------------------------------------------------------------------------
// The Social Integration Club (Klub Integracji Społecznej, KIS). Times of day are integers,
// minutes since midnight (9:30 → 570): the planner reads the same numbers
// (domain/club/model.ts), and sessions compare and sort as integers in any SQL dialect.
// Short lists (weekly slots, catalogue keys, days off) are JSON checked by the contract's zod
// schemas on the way in; nothing queries inside them.

/**
 * An edition of a club in a project (edycja KIS). `revision` grows with every change to the
 * edition or anything under it, so a plan computed from older data is refused on saving.
 */
export const clubEditions = sqliteTable(
  'club_editions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    name: text('name').notNull(),
    startDate: text('start_date').notNull(),
    weeks: integer('weeks').notNull(),
    /** Weekly slots `{ weekday, from, to }` of every group without its own. */
    meetings: text('meetings', { mode: 'json' }).notNull(),
    daysOff: text('days_off', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    minAttendancePercent: integer('min_attendance_percent').notNull().default(80),
    revision: integer('revision').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('club_editions_project_idx').on(t.projectId)],
);

export const clubGroups = sqliteTable(
  'club_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    name: text('name').notNull(),
    sizeLimit: integer('size_limit').notNull(),
    /** The group's own weekly slots; null → the edition's. */
    meetings: text('meetings', { mode: 'json' }),
    ...timestamps,
  },
  (t) => [index('club_groups_edition_idx').on(t.editionId)],
);

/** Who belongs to a group and from when to when (the attendance issue counts their hours). */
export const clubMembers = sqliteTable(
  'club_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => clubGroups.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on'),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.participantId] }),
    index('club_members_participant_idx').on(t.participantId),
  ],
);

/** A module of the programme (moduł programu) with the hours each group must get. */
export const clubModules = sqliteTable(
  'club_modules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    name: text('name').notNull(),
    hours: integer('hours').notNull(),
    /** Kinds of specialist who may lead it (any one), keys of domain/club/specialists.ts. */
    specialists: text('specialists', { mode: 'json' }).notNull(),
    minSession: integer('min_session').notNull(),
    maxSession: integer('max_session').notNull(),
    pattern: text('pattern').notNull(),
    weekFrom: integer('week_from'),
    weekTo: integer('week_to'),
    roomFeatures: text('room_features', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    /** Consultation hours (dyżur): individual talks. */
    duty: integer('duty', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
    /** The module's own minimum attendance (%), beside the edition's; null → none. */
    minAttendancePercent: integer('min_attendance_percent'),
    ...timestamps,
  },
  (t) => [index('club_modules_edition_idx').on(t.editionId)],
);

/** A trainer (prowadzący) of an edition; a staff member of the office may be one. */
export const clubTrainers = sqliteTable(
  'club_trainers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    name: text('name').notNull(),
    specialisations: text('specialisations', { mode: 'json' }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    availability: text('availability', { mode: 'json' }).notNull(),
    maxHoursPerWeek: integer('max_hours_per_week'),
    ...timestamps,
  },
  (t) => [index('club_trainers_edition_idx').on(t.editionId)],
);

/** A trainer's absence (illness, leave), both days inclusive. */
export const clubTrainerAbsences = sqliteTable(
  'club_trainer_absences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trainerId: integer('trainer_id')
      .notNull()
      .references(() => clubTrainers.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('club_absences_trainer_idx').on(t.trainerId)],
);

export const clubRooms = sqliteTable(
  'club_rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    features: text('features', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    availability: text('availability', { mode: 'json' }).notNull(),
    /** The partner lending it; null → the office's own. */
    owner: text('owner'),
    ...timestamps,
  },
  (t) => [index('club_rooms_edition_idx').on(t.editionId)],
);

/** A dated session (zajęcia) of the timetable. */
export const clubSessions = sqliteTable(
  'club_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    groupId: integer('group_id')
      .notNull()
      .references(() => clubGroups.id),
    moduleId: integer('module_id')
      .notNull()
      .references(() => clubModules.id),
    trainerId: integer('trainer_id')
      .notNull()
      .references(() => clubTrainers.id),
    roomId: integer('room_id')
      .notNull()
      .references(() => clubRooms.id),
    date: text('date').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
    /** Kept by re-planning. */
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    /** Placed by hand. */
    manual: integer('manual', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('club_sessions_edition_date_idx').on(t.editionId, t.date, t.startMinute),
    index('club_sessions_group_idx').on(t.groupId, t.date),
    index('club_sessions_module_idx').on(t.moduleId),
    index('club_sessions_trainer_idx').on(t.trainerId, t.date),
    index('club_sessions_room_idx').on(t.roomId, t.date),
  ],
);

/** Every planning of an edition's timetable: a whole plan or a re-plan from a day. */
export const clubPlans = sqliteTable(
  'club_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    kind: text('kind').notNull(),
    fromDate: text('from_date'),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => staff.id),
    actorName: text('actor_name'),
    sessions: integer('sessions').notNull(),
    moved: integer('moved').notNull().default(0),
    /** The soft rules' score (domain/club/model.ts, SoftScore). */
    soft: text('soft', { mode: 'json' }).notNull(),
  },
  (t) => [index('club_plans_edition_idx').on(t.editionId, t.id)],
);

/**
 * One person's attendance at one session (obecność). `kind` says whose session it is — the
 * club's (`club` → club_sessions) and, later, a course's classes — so the lists, the screens
 * and the hours rules are written once for both; hence no foreign key on `session_id`.
 * `minutes` is set only for a partial presence (came late, left early).
 */
export const attendanceMarks = sqliteTable(
  'attendance_marks',
  {
    kind: text('kind').notNull(),
    sessionId: integer('session_id').notNull(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status').notNull(),
    minutes: integer('minutes'),
    reason: text('reason'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: integer('recorded_by').references(() => staff.id),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.sessionId, t.participantId] }),
    index('attendance_marks_participant_idx').on(t.participantId, t.kind),
  ],
);

/** The end of a person's participation in a club edition: completed, or left early. */
export const clubCompletions = sqliteTable(
  'club_completions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => clubEditions.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    outcome: text('outcome').notNull(),
    endedOn: text('ended_on').notNull(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [uniqueIndex('club_completions_person_idx').on(t.editionId, t.participantId)],
);

/** A training provider (organizator szkolenia) the office buys vocational courses from. */
export const courseProviders = sqliteTable(
  'course_providers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Ten digits, checked (domain/nip.ts). */
    nip: text('nip').notNull(),
    address: text('address').notNull(),
    risNumber: text('ris_number'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    ...timestamps,
  },
  (t) => [uniqueIndex('course_providers_nip_idx').on(t.nip)],
);

/**
 * A vocational course (kurs zawodowy) in a project, bought from a provider. Its programme is
 * `course_topics`; the hours are whole (a programme's hours as the provider states them).
 */
export const courses = sqliteTable(
  'courses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    name: text('name').notNull(),
    /** The form of learning as the certificate names it: "kurs", "szkolenie"… */
    form: text('form').notNull(),
    providerId: integer('provider_id')
      .notNull()
      .references(() => courseProviders.id),
    place: text('place').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    totalHours: integer('total_hours').notNull(),
    minAttendancePercent: integer('min_attendance_percent').notNull().default(80),
    examRequired: integer('exam_required', { mode: 'boolean' }).notNull(),
    /** What the funder counts: `qualification`, `competence` or `none`. */
    resultKind: text('result_kind').notNull(),
    ...timestamps,
  },
  (t) => [index('courses_project_idx').on(t.projectId, t.startDate)],
);

/** One topic of a course's programme (program nauczania), in its order. */
export const courseTopics = sqliteTable(
  'course_topics',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    hours: integer('hours').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.position] })],
);

/** A person on a course, with the final exam's result once it is known. */
export const courseParticipants = sqliteTable(
  'course_participants',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    /** `passed`, `failed`, `absent`, or null while not known. */
    examResult: text('exam_result'),
    examDate: text('exam_date'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.courseId, t.participantId] }),
    index('course_participants_person_idx').on(t.participantId),
  ],
);

/** One class (a day's lessons) of a course; its attendance is `attendance_marks` of `course`. */
export const courseClasses = sqliteTable(
  'course_classes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    date: text('date').notNull(),
    /** Minutes since midnight, as the club's sessions. */
    from: integer('start_minute').notNull(),
    to: integer('end_minute').notNull(),
    /** The topic taught, for the class diary (dziennik zajęć). */
    topic: text('topic'),
  },
  (t) => [index('course_classes_course_idx').on(t.courseId, t.date, t.from)],
);

/**
 * A certificate of completion issued (zaświadczenie o ukończeniu kursu): its register entry.
 * Never deleted; a mistaken one is revoked (`revoked_on`, `revoke_reason`) and its correction
 * issued under a new number points back to it (`replaces_id`). `code` is the short code printed
 * on it (and in its QR code) by which the office verifies it.
 */
export const courseCertificates = sqliteTable(
  'course_certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    /** The issued document (its frozen data and SHA-256); set in the issuing write. */
    documentId: integer('document_id').references(() => issuedDocuments.id),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    code: text('code').notNull(),
    /** The register's columns as they stood on issue: the address and PESEL (or document). */
    holderAddress: text('holder_address').notNull(),
    holderIdentity: text('holder_identity').notNull(),
    revokedOn: text('revoked_on'),
    revokeReason: text('revoke_reason'),
    replacesId: integer('replaces_id'),
    /** Confirmation of receipt: the day, and `person` (signed for it) or `post`. */
    receivedOn: text('received_on'),
    receivedHow: text('received_how'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('course_certificates_code_uq').on(t.code),
    uniqueIndex('course_certificates_number_uq').on(t.number),
    index('course_certificates_person_idx').on(t.participantId),
    index('course_certificates_course_idx').on(t.courseId, t.participantId),
    // The register's order: newest first.
    index('course_certificates_issued_idx').on(t.issuedOn),
  ],
);

/** A duplicate (duplikat) of a certificate: printed from the stored data, with its own code. */
export const courseCertificateDuplicates = sqliteTable(
  'course_certificate_duplicates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    certificateId: integer('certificate_id')
      .notNull()
      .references(() => courseCertificates.id),
    issuedOn: text('issued_on').notNull(),
    code: text('code').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('course_certificate_duplicates_code_uq').on(t.code),
    index('course_certificate_duplicates_cert_idx').on(t.certificateId),
  ],
);

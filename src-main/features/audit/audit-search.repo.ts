import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditEntity } from '../../contract/audit';
import { first } from '../../db/query';
import {
  auditLog,
  enrolments,
  instruments,
  participants,
  projects,
  socialContracts,
  staff,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

/** The log's filters as the repository applies them: days already turned into instants. */
export interface AuditFilter {
  /** Entries at or after this instant (ISO, UTC). */
  atFrom?: string;
  /** Entries before this instant (ISO, UTC). */
  atBefore?: string;
  actorId?: number;
  entity?: AuditEntity;
  action?: AuditAction;
  participantId?: number;
  untilId?: number;
}

/**
 * The entries about one person: their own record, and the records that belong to them — their
 * enrolments and their contracts (a contract's printed documents are logged on the contract).
 * Each part is a look-up of the (entity, entity_id) index.
 */
export function aboutParticipant(tx: Tx, participantId: number): SQL {
  const enrolmentIds = tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(eq(enrolments.participantId, participantId));
  const contractIds = tx
    .select({ id: socialContracts.id })
    .from(socialContracts)
    .where(eq(socialContracts.participantId, participantId));
  return or(
    and(eq(auditLog.entity, 'participant'), eq(auditLog.entityId, participantId)),
    and(eq(auditLog.entity, 'enrolment'), inArray(auditLog.entityId, enrolmentIds)),
    and(eq(auditLog.entity, 'contract'), inArray(auditLog.entityId, contractIds)),
  )!;
}

function whereOf(tx: Tx, f: AuditFilter): SQL | undefined {
  return and(
    f.atFrom ? gte(auditLog.at, f.atFrom) : undefined,
    f.atBefore ? lt(auditLog.at, f.atBefore) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.participantId ? aboutParticipant(tx, f.participantId) : undefined,
    f.untilId ? lte(auditLog.id, f.untilId) : undefined,
  );
}

/** Newest first: by the time written (what the screen shows), then by the order written. */
const NEWEST_FIRST = [desc(auditLog.at), desc(auditLog.id)];

/**
 * One page of the entries matching `f`, none newer than `asOfId`, and how many match `f`.
 * The page is bounded by `asOfId` (cheap: it stops after the page), the count only by the
 * caller's own `untilId` — bounding it by id would make SQLite count along the table instead
 * of the smaller `at` index.
 */
export async function findAuditPage(
  tx: Tx,
  f: AuditFilter,
  page: { page: number; pageSize: number; asOfId: number | null },
) {
  const where = whereOf(tx, f);
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(where, page.asOfId === null ? undefined : lte(auditLog.id, page.asOfId)))
    .orderBy(...NEWEST_FIRST)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const counted = await first(
    tx
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where),
  );
  return { rows, total: counted?.n ?? 0 };
}

/** The newest entry's id (null while the log is empty). */
export async function newestAuditId(tx: Tx): Promise<number | null> {
  const newest = await first(
    tx.select({ id: sql<number | null>`max(${auditLog.id})` }).from(auditLog),
  );
  return newest?.id ?? null;
}

export type AuditLogRow = typeof auditLog.$inferSelect;

/** What a page's entries are about: the person, and the object's own name where it has one. */
export interface EntrySubject {
  participantId: number | null;
  participantName: string | null;
  subject: string | null;
}

/** Entities whose id is a staff member's: their record, their account, their sign-ins. */
const STAFF_ENTITIES: AuditEntity[] = ['staff', 'account', 'session'];

const idsOf = (rows: AuditLogRow[], entity: AuditEntity) => [
  ...new Set(
    rows.filter((r) => r.entity === entity && r.entityId !== null).map((r) => r.entityId!),
  ),
];

/**
 * Names for one page of entries, read in a handful of look-ups by id (never per entry): the
 * person's surname and first name, a contract's number, a project's title, an instrument's or
 * a staff member's name. Nothing else of a person is read.
 */
export async function describeEntries(
  tx: Tx,
  rows: AuditLogRow[],
): Promise<Map<number, EntrySubject>> {
  const enrolmentRows = await byId(
    tx
      .select({
        id: enrolments.id,
        participantId: enrolments.participantId,
        projectId: enrolments.projectId,
      })
      .from(enrolments),
    enrolments.id,
    idsOf(rows, 'enrolment'),
  );
  const contractRows = await byId(
    tx
      .select({
        id: socialContracts.id,
        participantId: socialContracts.participantId,
        number: socialContracts.number,
      })
      .from(socialContracts),
    socialContracts.id,
    idsOf(rows, 'contract'),
  );
  const participantOf = (r: AuditLogRow): number | null => {
    if (r.entityId === null) return null;
    if (r.entity === 'participant') return r.entityId;
    if (r.entity === 'enrolment') return enrolmentRows.get(r.entityId)?.participantId ?? null;
    if (r.entity === 'contract') return contractRows.get(r.entityId)?.participantId ?? null;
    return null;
  };
  const people = await byId(
    tx
      .select({
        id: participants.id,
        name: sql<string>`${participants.lastName} || ' ' || ${participants.firstName}`,
      })
      .from(participants),
    participants.id,
    [...new Set(rows.map(participantOf).filter((id): id is number => id !== null))],
  );
  const projectIds = [
    ...idsOf(rows, 'project'),
    ...[...enrolmentRows.values()].map((e) => e.projectId),
  ];
  const projectRows = await byId(
    tx.select({ id: projects.id, name: projects.title }).from(projects),
    projects.id,
    [...new Set(projectIds)],
  );
  const staffRows = await byId(
    tx
      .select({ id: staff.id, name: sql<string>`${staff.firstName} || ' ' || ${staff.lastName}` })
      .from(staff),
    staff.id,
    [...new Set(STAFF_ENTITIES.flatMap((entity) => idsOf(rows, entity)))],
  );
  const instrumentRows = await byId(
    tx.select({ id: instruments.id, name: instruments.name }).from(instruments),
    instruments.id,
    idsOf(rows, 'instrument'),
  );

  const subjectOf = (r: AuditLogRow): string | null => {
    if (r.entityId === null) return null;
    switch (r.entity) {
      case 'contract':
        return contractRows.get(r.entityId)?.number ?? null;
      case 'enrolment': {
        const projectId = enrolmentRows.get(r.entityId)?.projectId;
        return projectId === undefined ? null : (projectRows.get(projectId)?.name ?? null);
      }
      case 'project':
        return projectRows.get(r.entityId)?.name ?? null;
      case 'staff':
      case 'account':
      case 'session':
        return staffRows.get(r.entityId)?.name ?? null;
      case 'instrument':
        return instrumentRows.get(r.entityId)?.name ?? null;
      default:
        return null;
    }
  };

  return new Map(
    rows.map((r) => {
      const participantId = participantOf(r);
      return [
        r.id,
        {
          participantId,
          participantName:
            participantId === null ? null : (people.get(participantId)?.name ?? null),
          subject: subjectOf(r),
        },
      ];
    }),
  );
}

/** Runs a select of rows with an `id` for the given ids (none: no query) and keys them by id. */
async function byId<T extends { id: number }>(
  query: { where(w: SQL | undefined): PromiseLike<T[]> },
  idColumn: Parameters<typeof inArray>[0],
  ids: number[],
): Promise<Map<number, T>> {
  if (!ids.length) return new Map();
  const found = await query.where(inArray(idColumn, ids));
  return new Map(found.map((r) => [r.id, r]));
}

export async function participantExists(tx: Tx, id: number): Promise<boolean> {
  return !!(await first(
    tx.select({ id: participants.id }).from(participants).where(eq(participants.id, id)),
  ));
}

/** The views of one person's data, newest first, and per staff member. */
export async function findViewsOf(tx: Tx, participantId: number, limit: number) {
  const where = and(eq(auditLog.action, 'view'), aboutParticipant(tx, participantId));
  const views = await tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: auditLog.actorName,
      channel: auditLog.channel,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      changedFields: auditLog.changedFields,
    })
    .from(auditLog)
    .where(where)
    .orderBy(...NEWEST_FIRST)
    .limit(limit);
  // One line per staff member, under their present name (a name changed since stays one line).
  const byActor = await tx
    .select({
      actorId: auditLog.actorId,
      actorName: sql<
        string | null
      >`coalesce(${staff.firstName} || ' ' || ${staff.lastName}, max(${auditLog.actorName}))`,
      count: sql<number>`count(*)`,
      lastAt: sql<string>`max(${auditLog.at})`,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.actorId))
    .where(where)
    .groupBy(auditLog.actorId, staff.firstName, staff.lastName)
    .orderBy(sql`max(${auditLog.at}) desc`);
  return { views, byActor };
}

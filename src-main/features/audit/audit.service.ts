import {
  VIEWS_LISTED,
  type AuditAction,
  type AuditEntity,
  type AuditSearchResult,
  type AuditViewsOf,
} from '../../contract/audit';
import type { ParsedInput } from '../../contract';
import { AppError } from '../../contract/errors';
import type { HandlerContext } from '../../dispatcher';
import { addDays } from '../../domain/dates';
import {
  describeEntries,
  findAuditPage,
  findViewsOf,
  newestAuditId,
  participantExists,
  type AuditFilter,
} from './audit-search.repo';

/**
 * The instant a local day begins, as the log writes instants (`toISOString`, UTC). The core
 * runs on the office's computer, in the office's time zone — the same in which the screen
 * shows each entry's time — so "23.11.2026" means that day's midnight to midnight there.
 */
export function localDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** "Dziennik zdarzeń": one page of entries matching the filters, newest first. */
export function searchAudit(
  ctx: HandlerContext,
  input: ParsedInput<'audit.search'>,
): Promise<AuditSearchResult> {
  return ctx.uow.read(async (tx) => {
    const asOfId = input.untilId ?? (await newestAuditId(tx));
    const filter: AuditFilter = {
      atFrom: input.from ? localDayStart(input.from) : undefined,
      atBefore: input.to ? localDayStart(addDays(input.to, 1)) : undefined,
      actorId: input.actorId,
      entity: input.entity,
      action: input.action,
      participantId: input.participantId,
      untilId: input.untilId,
    };
    const { page, pageSize } = input;
    const { rows, total } = await findAuditPage(tx, filter, { page, pageSize, asOfId });
    const subjects = await describeEntries(tx, rows);
    return {
      rows: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actorId,
        actorName: r.actorName,
        channel: r.channel,
        entity: r.entity as AuditEntity,
        entityId: r.entityId,
        action: r.action as AuditAction,
        changedFields: r.changedFields as string[],
        ...subjects.get(r.id)!,
      })),
      total,
      asOfId,
    };
  });
}

/** "Kto oglądał dane tej osoby": the views of their data, per staff member and one by one. */
export function viewsOf(ctx: HandlerContext, participantId: number): Promise<AuditViewsOf> {
  return ctx.uow.read(async (tx) => {
    if (!(await participantExists(tx, participantId)))
      throw new AppError('not_found', 'Nie znaleziono uczestnika');
    const { views, byActor } = await findViewsOf(tx, participantId, VIEWS_LISTED);
    return {
      byActor,
      views: views.map((v) => ({
        ...v,
        entity: v.entity as AuditEntity,
        changedFields: v.changedFields as string[],
      })),
      total: byActor.reduce((sum, a) => sum + a.count, 0),
    };
  });
}

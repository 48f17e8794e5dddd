import type { ParsedInput } from '../../contract';
import type { CourseProvider } from '../../contract/courses';
import { AppError } from '../../contract/errors';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { refuseField } from '../field-rules';
import {
  findProvider,
  findProviderByNip,
  insertProvider,
  listProviders,
  updateProviderRow,
} from './providers.repo';

/*
 * Training providers (organizatorzy szkoleń): the firms the office buys vocational courses
 * from, named on every certificate. A provider is never deleted — its certificates name it.
 */

export function getProviders(ctx: HandlerContext): Promise<CourseProvider[]> {
  return ctx.uow.read((tx) => listProviders(tx));
}

/** Adds or changes a provider; one NIP names one provider. */
export function saveProvider(
  ctx: HandlerContext,
  input: ParsedInput<'courses.saveProvider'>,
): Promise<CourseProvider> {
  const { id, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const before = id === undefined ? undefined : await findProvider(tx, id);
    if (id !== undefined && !before)
      throw new AppError('not_found', 'Nie znaleziono organizatora szkolenia');
    const sameNip = await findProviderByNip(tx, values.nip);
    if (sameNip && sameNip.id !== id)
      refuseField('nip', `Organizator z tym numerem NIP już jest: ${sameNip.name}`);
    let savedId: number;
    if (before) {
      await updateProviderRow(tx, before.id, values, ctx.now);
      savedId = before.id;
    } else savedId = await insertProvider(tx, values);
    const { id: _id, ...old } = before ?? {};
    await recordAudit(ctx, {
      entity: 'courseProvider',
      entityId: savedId,
      action: before ? 'update' : 'create',
      changedFields: changedFields(before ? old : null, values),
    });
    return (await findProvider(tx, savedId))!;
  });
}

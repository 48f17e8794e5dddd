import type { OfficeSettings } from '../../contract/settings';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { deleteSetting, readSetting, writeSetting } from './settings.repo';

const OFFICE = 'office';

export const DEFAULT_OFFICE: OfficeSettings = {
  officeName: 'Ośrodek Pomocy Społecznej',
  address: null,
  phone: null,
  headOfOffice: null,
  idleLockMinutes: 10,
};

/** The office's settings; those stored before a field existed get its default. */
export async function getOffice(tx: Tx): Promise<OfficeSettings> {
  return { ...DEFAULT_OFFICE, ...(await readSetting<Partial<OfficeSettings>>(tx, OFFICE)) };
}

export function updateOffice(ctx: HandlerContext, office: OfficeSettings): Promise<OfficeSettings> {
  return ctx.uow.write(async (tx) => {
    const before = await readSetting<OfficeSettings>(tx, OFFICE);
    await writeSetting(tx, OFFICE, office);
    await recordAudit(ctx, {
      entity: 'settings',
      entityId: null,
      action: before ? 'update' : 'create',
      changedFields: changedFields(before, office),
    });
    return office;
  });
}

const LOGO_STRIP = 'logoStrip';

/** The EU logo strip the office supplied for documents of EFS projects. */
export function getLogoStrip(tx: Tx): Promise<string | null> {
  return readSetting<string>(tx, LOGO_STRIP);
}

export function setLogoStrip(
  ctx: HandlerContext,
  dataUrl: string | null,
): Promise<{ dataUrl: string | null }> {
  return ctx.uow.write(async (tx) => {
    if (dataUrl === null) await deleteSetting(tx, LOGO_STRIP);
    else await writeSetting(tx, LOGO_STRIP, dataUrl);
    await recordAudit(ctx, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      changedFields: [LOGO_STRIP],
    });
    return { dataUrl };
  });
}

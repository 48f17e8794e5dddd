import type { OfficeSettings } from '../../contract/settings';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { deleteSetting, readSetting, writeSetting } from './settings.repo';
import { writeTransaction } from '../../db/write';

const OFFICE = 'office';

export const DEFAULT_OFFICE: OfficeSettings = {
  officeName: 'Ośrodek Pomocy Społecznej',
  address: null,
  phone: null,
  headOfOffice: null,
  idleLockMinutes: 10,
};

/** The office's settings; those stored before a field existed get its default. */
export function getOffice(db: Db): OfficeSettings {
  return { ...DEFAULT_OFFICE, ...readSetting<Partial<OfficeSettings>>(db, OFFICE) };
}

export function updateOffice(db: Db, ctx: HandlerContext, office: OfficeSettings): OfficeSettings {
  return writeTransaction(db, (tx) => {
    const before = readSetting<OfficeSettings>(tx, OFFICE);
    writeSetting(tx, OFFICE, office);
    recordAudit(tx, ctx, {
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
export function getLogoStrip(db: Db): string | null {
  return readSetting<string>(db, LOGO_STRIP);
}

export function setLogoStrip(
  db: Db,
  ctx: HandlerContext,
  dataUrl: string | null,
): { dataUrl: string | null } {
  return writeTransaction(db, (tx) => {
    if (dataUrl === null) deleteSetting(tx, LOGO_STRIP);
    else writeSetting(tx, LOGO_STRIP, dataUrl);
    recordAudit(tx, ctx, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      changedFields: [LOGO_STRIP],
    });
    return { dataUrl };
  });
}

import { AppError } from '../../contract/errors';
import type { OfficeSettings, SessionState } from '../../contract/settings';
import type { Db } from '../../db/open';
import type { Actor, HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findStaff, staffName } from '../staff/staff.repo';
import { deleteSetting, readSetting, writeSetting } from './settings.repo';
import { writeTransaction } from '../../db/write';

const OFFICE = 'office';
const ACTING_STAFF = 'actingStaffId';

export const DEFAULT_OFFICE: OfficeSettings = {
  officeName: 'Ośrodek Pomocy Społecznej',
  address: null,
  phone: null,
  headOfOffice: null,
};

export function getOffice(db: Db): OfficeSettings {
  return readSetting<OfficeSettings>(db, OFFICE) ?? DEFAULT_OFFICE;
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

/** The staff member picked in the header, remembered in the database between starts. */
export function currentActor(db: Db): Actor | null {
  const id = readSetting<number>(db, ACTING_STAFF);
  const member = id ? findStaff(db, id) : undefined;
  // A deactivated member no longer acts, even if they were picked before.
  return member?.active ? { id: member.id, name: staffName(member) } : null;
}

export function getSession(db: Db, today: string): SessionState {
  const actor = currentActor(db);
  return { actingStaffId: actor?.id ?? null, actingStaffName: actor?.name ?? null, today };
}

export function setActingStaff(db: Db, ctx: HandlerContext, staffId: number | null): SessionState {
  if (staffId !== null) {
    const member = findStaff(db, staffId);
    if (!member) throw new AppError('not_found', 'Nie znaleziono pracownika');
    if (!member.active) throw new AppError('invalid_state', 'Ten pracownik jest nieaktywny');
  }
  if (staffId === null) deleteSetting(db, ACTING_STAFF);
  else writeSetting(db, ACTING_STAFF, staffId);
  recordAudit(
    db,
    { ...ctx, actor: currentActor(db) },
    {
      entity: 'settings',
      entityId: null,
      action: 'update',
      changedFields: ['actingStaffId'],
    },
  );
  return getSession(db, ctx.today);
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

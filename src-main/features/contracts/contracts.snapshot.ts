import { AppError } from '../../contract/errors';
import type { ContractDocumentData, DocumentKind } from '../../contract/documents';
import type { ContractContent } from '../../contract/social-contracts';
import { formatAddress } from '../../domain/address';
import type { Db } from '../../db/open';
import { findAsset, storeAsset } from '../documents/documents.repo';
import { findInstruments } from '../instruments/instruments.repo';
import { findParticipant } from '../participants/participants.repo';
import { findProject } from '../projects/projects.repo';
import { getLogoStrip, getOffice } from '../settings/settings.service';
import { findStaff, staffName } from '../staff/staff.repo';

/**
 * Everything a printed contract shows, resolved from the live records now. Stored with an
 * issued document it is the frozen record of what was signed; the logo strip is kept once
 * under its hash (`asset:<sha256>`) and referred to.
 */
export function buildContractData(
  db: Db,
  contract: {
    participantId: number;
    projectId: number | null;
    content: ContractContent;
    number: string | null;
  },
  store: boolean,
): ContractDocumentData {
  const person = findParticipant(db, contract.participantId);
  if (!person) throw new AppError('not_found', 'Nie znaleziono uczestnika');
  const worker = findStaff(db, contract.content.socialWorkerId);
  const project = contract.projectId === null ? undefined : findProject(db, contract.projectId);
  const office = getOffice(db);
  const logo = getLogoStrip(db);
  const { socialWorkerId: _w, instrumentIds, familyParties, ...content } = contract.content;
  const byId = new Map(findInstruments(db, instrumentIds).map((i) => [i.id, i]));
  return {
    number: contract.number,
    office: { name: office.officeName, address: office.address, phone: office.phone },
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      sex: person.sex,
      pesel: person.pesel,
      documentNumber: person.documentNumber,
      birthDate: person.birthDate,
      address: formatAddress(person.address),
    },
    familyParties,
    socialWorker: {
      name: worker ? staffName(worker) : '',
      phone: contract.content.socialWorkerPhone ?? worker?.phone ?? null,
    },
    content,
    instruments: instrumentIds.flatMap((id) => {
      const instrument = byId.get(id);
      return instrument ? [{ group: instrument.group, name: instrument.name }] : [];
    }),
    project: project
      ? {
          title: project.title,
          programme: project.programme,
          isEfs: project.isEfs,
          logoStrip: project.isEfs && logo ? (store ? storeAsset(db, logo) : logo) : null,
        }
      : null,
  };
}

/** Replaces asset references with the images, for a renderer to print. */
export function resolveAssets<T extends { project: ContractDocumentData['project'] }>(
  db: Db,
  data: T,
): T {
  const reference = data.project?.logoStrip;
  if (!reference || !data.project) return data;
  return {
    ...data,
    project: { ...data.project, logoStrip: findAsset(db, reference) ?? reference },
  };
}

/** An issued document's data as a renderer prints it: the contract's data has its images. */
export function resolveDocument(db: Db, kind: DocumentKind, data: unknown): unknown {
  const doc = data as { project: ContractDocumentData['project']; contract?: ContractDocumentData };
  return kind === 'contract'
    ? resolveAssets(db, doc)
    : { ...doc, contract: resolveAssets(db, doc.contract as ContractDocumentData) };
}

import { AppError } from '../../contract/errors';
import type { ContractDocumentData } from '../../contract/documents';
import type { ContractContent } from '../../contract/social-contracts';
import { formatAddress } from '../../domain/address';
import type { Tx } from '../../db/unit-of-work';
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
export async function buildContractData(
  tx: Tx,
  contract: {
    participantId: number;
    projectId: number | null;
    content: ContractContent;
    number: string | null;
  },
  store: boolean,
): Promise<ContractDocumentData> {
  const person = await findParticipant(tx, contract.participantId);
  if (!person) throw new AppError('not_found', 'Nie znaleziono uczestnika');
  const worker = await findStaff(tx, contract.content.socialWorkerId);
  const project =
    contract.projectId === null ? undefined : await findProject(tx, contract.projectId);
  const office = await getOffice(tx);
  const logo = await getLogoStrip(tx);
  const { socialWorkerId: _w, instrumentIds, familyParties, ...content } = contract.content;
  const byId = new Map((await findInstruments(tx, instrumentIds)).map((i) => [i.id, i]));
  const logoStrip = project?.isEfs && logo ? (store ? await storeAsset(tx, logo) : logo) : null;
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
          logoStrip,
        }
      : null,
  };
}

/** Replaces asset references with the images, for a renderer to print. */
export async function resolveAssets<T extends { project: ContractDocumentData['project'] }>(
  tx: Tx,
  data: T,
): Promise<T> {
  const reference = data.project?.logoStrip;
  if (!reference || !data.project) return data;
  return {
    ...data,
    project: { ...data.project, logoStrip: (await findAsset(tx, reference)) ?? reference },
  };
}

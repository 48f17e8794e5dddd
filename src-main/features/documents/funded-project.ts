import type { FundedProjectData } from '../../contract/attendance';
import type { Tx } from '../../db/unit-of-work';
import { findProject } from '../projects/projects.repo';
import { getLogoStrip } from '../settings/settings.service';
import { storeAsset } from './documents.repo';

/**
 * The project as a printed document names it, with the office's logo strip when it is an EFS
 * one — as the image (printed now) or stored once as an `asset:` reference (issued data).
 * The club's and the courses' lists and certificates all read it here.
 */
export async function fundedProjectOf(
  tx: Tx,
  projectId: number,
  logo: 'image' | 'asset',
): Promise<FundedProjectData> {
  const project = await findProject(tx, projectId);
  const strip = project?.isEfs ? await getLogoStrip(tx) : null;
  return {
    title: project?.title ?? '',
    // Projects keep no agreement number yet; documents print one when there is.
    number: null,
    programme: project?.programme ?? '',
    isEfs: project?.isEfs ?? false,
    logoStrip: strip && logo === 'asset' ? await storeAsset(tx, strip) : strip,
  };
}

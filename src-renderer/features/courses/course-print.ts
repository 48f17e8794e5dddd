import type {
  CourseCertificateEntry,
  PrintableCertificate,
} from '../../../src-main/contract/course-certificates';
import type { ApiClient } from '../../api/client';
import type { BatchRequest, DocumentRequest, PrintRequest } from '../../documents/registry';
import type { PdfSource } from '../contracts/PdfPreviewDialog';
import { fileSlug } from '../club/timetable-print';

/*
 * What the course screens print. Certificates come from the data frozen when they were issued
 * (`courses.printCertificates`), a duplicate marked with its own day and code; a course's
 * batch is one file, rendered with its progress (CertificateBatchDialog). The register is
 * printed as the screen shows it.
 */

type Api = Pick<ApiClient, 'call'>;

/** One certificate as the registry prints it: a duplicate and a revoked one are marked. */
export function certificateRequest(c: PrintableCertificate): DocumentRequest {
  return {
    kind: 'courseCertificate',
    data: c.data,
    options: { duplicate: c.duplicate, revoked: c.revoked },
  };
}

/** Many certificates in one file (a course's batch), each on the front of its own sheet. */
export function certificatesBatch(
  title: string,
  list: readonly PrintableCertificate[],
): BatchRequest {
  return {
    kind: 'courseCertificate',
    title,
    items: list.map((c) => ({
      data: c.data,
      options: { duplicate: c.duplicate, revoked: c.revoked },
    })),
  };
}

/** A batch to print with its progress (CertificateBatchDialog): read only when it is made. */
export type Batch = { title: string; fileName: string; load: () => Promise<PrintRequest> };

/** The course's certificates `ids` (just issued, or all its valid ones) as one batch. */
export function courseBatch(api: Api, course: { name: string }, ids: readonly number[]): Batch {
  return {
    title: `Zaświadczenia — ${course.name}`,
    fileName: `zaswiadczenia-${fileSlug(course.name)}.pdf`,
    load: async () =>
      certificatesBatch(
        `Zaświadczenia o ukończeniu kursu ${course.name}`,
        await api.call('courses.printCertificates', { certificateIds: [...ids] }),
      ),
  };
}

/** "zaswiadczenie-12-2026.pdf", "zaswiadczenie-12-2026-duplikat.pdf". */
export const certificateFileName = (number: string, duplicate = false) =>
  `zaswiadczenie-${fileSlug(number)}${duplicate ? '-duplikat' : ''}.pdf`;

/** An issued certificate printed again from its frozen data (the original, not a duplicate). */
export function certificatePdf(
  api: Api,
  entry: Pick<CourseCertificateEntry, 'id' | 'number'>,
): PdfSource {
  return {
    kind: 'printable',
    title: `Zaświadczenie nr ${entry.number}`,
    fileName: certificateFileName(entry.number),
    load: async () => {
      const [printable] = await api.call('courses.printCertificates', {
        certificateIds: [entry.id],
      });
      if (!printable) throw new Error('Nie znaleziono zaświadczenia w rejestrze.');
      return certificateRequest(printable);
    },
  };
}

/** A duplicate just made by the core (`courses.duplicate`). */
export function duplicatePdf(printable: PrintableCertificate): PdfSource {
  return {
    kind: 'printable',
    title: `Duplikat zaświadczenia nr ${printable.number}`,
    fileName: certificateFileName(printable.number, true),
    load: () => Promise.resolve(certificateRequest(printable)),
  };
}

/** The register as filtered on the screen: `scope` says what it covers ("rok 2026"). */
export function registerPdf(
  api: Api,
  entries: readonly CourseCertificateEntry[],
  scope: string,
  today: string,
): PdfSource {
  return {
    kind: 'printable',
    title: `Rejestr wydanych zaświadczeń${scope ? ` — ${scope}` : ''}`,
    fileName: `rejestr-zaswiadczen${scope ? `-${fileSlug(scope)}` : ''}-${today}.pdf`,
    load: async () => ({
      kind: 'courseCertificateRegister',
      data: await registerData(api, entries, scope, today),
    }),
  };
}

export async function registerData(
  api: Api,
  entries: readonly CourseCertificateEntry[],
  scope: string,
  today: string,
) {
  const office = await api.call('settings.get', undefined);
  return { office: { name: office.officeName }, scope, preparedOn: today, entries: [...entries] };
}

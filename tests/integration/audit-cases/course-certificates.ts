import { finishedCourse, issuedCourse } from '../../support/course-certificates';
import type { AuditTablePart } from './types';

type CertificateWrites =
  'courses.issueCertificates' | 'courses.duplicate' | 'courses.revoke' | 'courses.confirmReceipt';

/**
 * Course certificates: every step of a certificate is logged on it — issued, duplicated,
 * revoked, received — naming what changed, never the values.
 */
export const COURSE_CERTIFICATE_WRITES: AuditTablePart<CertificateWrites> = {
  'courses.issueCertificates': [
    {
      title: 'one certificate issued (the last of a batch is logged last)',
      write: async (a) => {
        const w = await finishedCourse(a);
        const { issued } = await a.call('courses.issueCertificates', {
          courseId: w.courseId,
          participantIds: [w.ids[0]!],
          identifyBy: 'pesel',
        });
        return issued[0]!.id;
      },
      entity: 'courseCertificate',
      action: 'issue',
      fields: ['certificate'],
    },
  ],
  'courses.duplicate': [
    {
      write: async (a) => {
        const { issued } = await issuedCourse(a);
        return (await a.call('courses.duplicate', { id: issued[0]!.id })).id;
      },
      entity: 'courseCertificate',
      action: 'duplicate',
      fields: ['certificate'],
    },
  ],
  'courses.revoke': [
    {
      title: 'revoked only',
      write: async (a) => {
        const { issued } = await issuedCourse(a);
        const id = issued[0]!.id;
        await a.call('courses.revoke', { id, reason: 'Błędne imię', reissue: false });
        return id;
      },
      entity: 'courseCertificate',
      action: 'revoke',
      fields: ['revokedOn', 'revokeReason'],
    },
    {
      title: 'revoked and issued anew: the new one is logged last',
      write: async (a) => {
        const { issued } = await issuedCourse(a);
        const { replacement } = await a.call('courses.revoke', {
          id: issued[0]!.id,
          reason: 'Błędne imię',
          reissue: true,
        });
        return replacement!.id;
      },
      entity: 'courseCertificate',
      action: 'issue',
      fields: ['certificate', 'replaces'],
    },
  ],
  'courses.confirmReceipt': [
    {
      write: async (a) => {
        const { issued } = await issuedCourse(a);
        const id = issued[0]!.id;
        await a.call('courses.confirmReceipt', { id, receivedOn: a.clock.today(), how: 'person' });
        return id;
      },
      entity: 'courseCertificate',
      action: 'update',
      fields: ['receivedOn', 'receivedHow'],
    },
  ],
};

import { validProvider } from '../../support/courses';
import type { AuditTablePart } from './types';

/** Vocational courses: an entry names the provider changed, never its values. */
export const COURSE_WRITES: AuditTablePart<'courses.saveProvider'> = {
  'courses.saveProvider': [
    {
      title: 'a new provider',
      write: async (a) => (await a.call('courses.saveProvider', validProvider())).id,
      entity: 'courseProvider',
      action: 'create',
      fields: ['name', 'nip', 'address', 'risNumber', 'contactPerson', 'phone', 'email'],
    },
    {
      title: 'a change',
      write: async (a) => {
        const { id } = await a.call('courses.saveProvider', validProvider());
        await a.call('courses.saveProvider', { ...validProvider({ name: 'CKZ Radom' }), id });
        return id;
      },
      entity: 'courseProvider',
      action: 'update',
      fields: ['name'],
    },
  ],
};

import { describe, expect, it } from 'vitest';
import { CHANNELS, CHANNEL_ACCESS } from '../../src-main/contract';
import { ACCOUNT_WRITES } from './audit-cases/accounts';
import { ATTENDANCE_WRITES } from './audit-cases/attendance';
import { CLUB_WRITES } from './audit-cases/club';
import { COURSE_CERTIFICATE_WRITES } from './audit-cases/course-certificates';
import { COURSE_WRITES } from './audit-cases/courses';
import { CONTRACT_WRITES } from './audit-cases/contracts';
import { RECORD_WRITES } from './audit-cases/records';
import type { AuditCase, AuditCases, NotAudited, WriteChannel } from './audit-cases/types';
import { useTestApp, validParticipant, validStaff } from '../support/test-app';

const app = useTestApp();

/**
 * Every channel `contract/access.ts` declares a write, with what its audit entry must say:
 * the type refuses a table with a write channel left out (or one that is not a write), and
 * the first test below checks the same at run time, where nothing is type-checked.
 */
const WRITES: { readonly [C in WriteChannel]: AuditCases } = {
  ...RECORD_WRITES,
  ...CONTRACT_WRITES,
  ...ACCOUNT_WRITES,
  ...CLUB_WRITES,
  ...ATTENDANCE_WRITES,
  ...COURSE_WRITES,
  ...COURSE_CERTIFICATE_WRITES,
};

const isNotAudited = (cases: AuditCases): cases is NotAudited => 'notAudited' in cases;
const entries = Object.entries(WRITES) as [WriteChannel, AuditCases][];
const audited = entries.flatMap(([channel, cases]) =>
  isNotAudited(cases)
    ? []
    : cases.map((c: AuditCase) => ({
        ...c,
        channel,
        name: c.title ? `${channel}, ${c.title}` : channel,
      })),
);
const notAudited = entries.flatMap(([channel, cases]) =>
  isNotAudited(cases) ? [{ channel, ...cases }] : [],
);

describe('audit log — every write is recorded', () => {
  it('has a case for every write channel of the contract, and for nothing else', () => {
    const writes = CHANNELS.filter((c) => CHANNEL_ACCESS[c] === 'write').sort();
    expect(writes.length).toBeGreaterThan(0);
    expect(Object.keys(WRITES).sort()).toEqual(writes);
  });

  it.each(audited)(
    '$name adds an entry with actor, channel, entity, id and changed field names',
    async ({ channel, write, entity, action, fields }) => {
      const actor = await app().actAs({ firstName: 'Halina', lastName: 'Ćwik' });
      const written = await write(app(), actor);
      const { id: entityId, acting } =
        typeof written === 'object' && written !== null
          ? written
          : { id: written, acting: { id: actor.id, name: 'Halina Ćwik' } };

      const last = app().auditRows().at(-1)!;
      const changed = (JSON.parse(last.changed_fields) as string[]).sort();
      expect({ ...last, changed_fields: changed }).toEqual({
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        actor_id: acting.id,
        actor_name: acting.name,
        channel,
        entity,
        entity_id: entityId,
        action,
        changed_fields: [...fields].sort(),
        // The first entry of a file has no predecessor to link to.
        prev_hash: last.id === 1 ? null : expect.stringMatching(/^[0-9a-f]{64}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    },
  );

  it.each(notAudited)('$channel is not audited, on purpose: $notAudited', async ({ write }) => {
    const actor = await app().actAs();
    const before = app().count('audit_log');
    await write(app(), actor);
    expect(app().count('audit_log')).toBe(before);
  });

  it('refuses a write from a window where nobody is signed in, and writes nothing', async () => {
    const nobody = await app().window(null);
    const before = app().counts();
    const error = await nobody.fail('staff.create', validStaff(), 'unauthenticated');
    expect(error.message).toBe('Zaloguj się, aby korzystać z programu.');
    expect(app().counts()).toEqual(before);
    expect(app().auditRows()).toEqual([]);
  });

  it('adds nothing for reads and for refused writes', async () => {
    await app().actAs();
    const before = app().count('audit_log');
    await app().call('participants.search', { query: 'kowalski' });
    await app().call('projects.list');
    await app().call('staff.list');
    await app().call('settings.get');
    await app().call('session.get');
    await app().fail(
      'participants.create',
      validParticipant({ pesel: '44051401358' }),
      'invalid_input',
    );
    await app().fail('participants.get', { id: 999 }, 'not_found');
    await app().fail('staff.update', { ...validStaff(), id: 999 }, 'not_found');
    expect(app().count('audit_log')).toBe(before);
  });
});

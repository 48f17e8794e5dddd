import { describe, expect, it } from 'vitest';
import { validProvider } from '../support/courses';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

describe('courses.saveProvider and courses.listProviders', () => {
  it('adds a provider with its NIP kept as ten digits, changes it, and lists providers by name', async () => {
    const added = await app().call('courses.saveProvider', validProvider());
    expect(added).toMatchObject({
      name: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
      nip: '5260001281',
      risNumber: '2.14/00123/2019',
    });
    const other = await app().call(
      'courses.saveProvider',
      validProvider({
        name: 'Akademia Handlu „Kasa” s.c.',
        nip: '9521000421',
        risNumber: null,
        contactPerson: null,
        phone: null,
        email: null,
      }),
    );
    const changed = await app().call('courses.saveProvider', {
      ...validProvider({ contactPerson: 'Jan Ćwik' }),
      id: added.id,
    });
    expect(changed).toMatchObject({ id: added.id, contactPerson: 'Jan Ćwik' });
    const list = await app().call('courses.listProviders');
    expect(list.map((p) => p.id)).toEqual([other.id, added.id]);

    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'courseProvider',
      entityId: added.id,
    });
    expect(log.map((e) => [e.action, e.changedFields])).toEqual([
      ['update', ['contactPerson']],
      ['create', expect.arrayContaining(['name', 'nip', 'address'])],
    ]);
  });

  it('refuses a NIP with a wrong check digit, or one another provider has, and saves nothing', async () => {
    const wrong = await app().fail(
      'courses.saveProvider',
      validProvider({ nip: '526-000-12-82' }),
      'invalid_input',
    );
    expect(wrong.issues).toEqual([
      { path: ['nip'], message: 'Nieprawidłowa cyfra kontrolna numeru NIP' },
    ]);
    await app().call('courses.saveProvider', validProvider());
    const twice = await app().fail(
      'courses.saveProvider',
      validProvider({ name: 'Inna firma', nip: '5260001281' }),
      'invalid_input',
    );
    expect(twice.issues?.[0]).toMatchObject({
      path: ['nip'],
      message: expect.stringMatching(/^Organizator z tym numerem NIP już jest: Centrum/),
    });
    expect(app().count('course_providers')).toBe(1);
    await app().fail('courses.saveProvider', { ...validProvider(), id: 999 }, 'not_found');
  });

  it('lets a social worker read providers but only a coordinator change them', async () => {
    const worker = await app().window(['socialWorker']);
    expect(await worker.call('courses.listProviders')).toEqual([]);
    await worker.fail('courses.saveProvider', validProvider(), 'forbidden');
    const trainer = await app().window(['trainer']);
    await trainer.fail('courses.listProviders', {}, 'forbidden');
  });
});

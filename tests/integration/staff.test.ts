import { describe, expect, it } from 'vitest';
import { useTestApp, validStaff } from '../support/test-app';

const app = useTestApp();

/** The staff list without the person the test app signs in as (TestApp's "Tester Testowy"). */
const listed = async (input?: { includeInactive?: boolean }) =>
  (await app().call('staff.list', input)).filter((s) => s.lastName !== 'Testowy');

describe('staff.create', () => {
  it('creates a staff member and lists them', async () => {
    const created = await app().call(
      'staff.create',
      validStaff({ firstName: ' Łucja ', lastName: 'Wróbel', role: 'clubLeader' }),
    );

    expect(created).toEqual({
      id: expect.any(Number),
      firstName: 'Łucja',
      lastName: 'Wróbel',
      role: 'clubLeader',
      phone: '89 762 11 11',
      active: true,
    });
    expect(await listed()).toEqual([created]);
    expect(app().count('staff')).toBe(2);
  });

  it('makes a new staff member active unless told otherwise, and an empty phone null', async () => {
    const created = await app().call('staff.create', {
      firstName: 'Piotr',
      lastName: 'Lis',
      role: 'trainer',
      phone: '',
    });
    expect(created).toMatchObject({ active: true, phone: null });
  });

  it('refuses invalid input field by field and writes nothing', async () => {
    const before = app().counts();

    const error = await app().fail(
      'staff.create',
      { firstName: '  ', lastName: 'Nowak', role: 'boss', phone: 'abc' },
      'invalid_input',
    );

    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['firstName'], message: 'Pole „Imię” jest wymagane' },
        { path: ['role'], message: 'Wybierz funkcję' },
        { path: ['phone'], message: 'Nieprawidłowy numer telefonu' },
      ]),
    );
    expect(error.issues).toHaveLength(3);
    expect(app().counts()).toEqual(before);
  });

  it('refuses a surname over 80 characters', async () => {
    const error = await app().fail(
      'staff.create',
      validStaff({ lastName: 'N'.repeat(81) }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['lastName'], message: 'Pole „Nazwisko” może mieć najwyżej 80 znaków' },
    ]);
  });
});

describe('staff.list', () => {
  it('holds only the first account’s owner in a new database', async () => {
    expect(await listed()).toEqual([]);
    expect(await listed({ includeInactive: true })).toEqual([]);
  });

  it('hides inactive staff unless asked', async () => {
    const active = await app().call('staff.create', validStaff({ lastName: 'Aktywna' }));
    const inactive = await app().call(
      'staff.create',
      validStaff({ lastName: 'Emerytowana', active: false }),
    );

    expect((await listed()).map((s) => s.id)).toEqual([active.id]);
    expect((await listed({ includeInactive: false })).map((s) => s.id)).toEqual([active.id]);
    expect((await listed({ includeInactive: true })).map((s) => s.id).sort()).toEqual(
      [active.id, inactive.id].sort(),
    );
  });

  it('sorts by surname in Polish alphabetical order', async () => {
    for (const lastName of ['Żak', 'Zieliński', 'Łukasik', 'Mazur', 'Lis', 'Śliwa', 'Sowa'])
      await app().call('staff.create', validStaff({ lastName }));

    const names = (await listed()).map((s) => s.lastName);

    expect(names).toEqual(['Lis', 'Łukasik', 'Mazur', 'Sowa', 'Śliwa', 'Zieliński', 'Żak']);
  });

  it('refuses a non-boolean flag', async () => {
    const error = await app().fail('staff.list', { includeInactive: 'tak' }, 'invalid_input');
    expect(error.issues!.map((i) => i.path)).toEqual([['includeInactive']]);
  });
});

describe('staff.update', () => {
  it('changes a staff member and the list shows the change', async () => {
    const anna = await app().call('staff.create', validStaff());

    const updated = await app().call('staff.update', {
      id: anna.id,
      firstName: 'Anna',
      lastName: 'Nowak-Kowalska',
      role: 'coordinator',
      phone: null,
      active: false,
    });

    expect(updated).toEqual({
      id: anna.id,
      firstName: 'Anna',
      lastName: 'Nowak-Kowalska',
      role: 'coordinator',
      phone: null,
      active: false,
    });
    expect(await listed()).toEqual([]);
    expect(await listed({ includeInactive: true })).toEqual([updated]);
  });

  it('answers a missing id with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('staff.update', { ...validStaff(), id: 999 }, 'not_found');
    expect(error.message).toBe('Nie znaleziono pracownika');
    expect(app().counts()).toEqual(before);
  });

  it('refuses invalid input and leaves the record as it was', async () => {
    const anna = await app().call('staff.create', validStaff());
    const before = app().counts();

    const error = await app().fail(
      'staff.update',
      { ...validStaff(), id: anna.id, role: 'dyrektor', lastName: '' },
      'invalid_input',
    );

    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['role'], message: 'Wybierz funkcję' },
        { path: ['lastName'], message: 'Pole „Nazwisko” jest wymagane' },
      ]),
    );
    expect(app().counts()).toEqual(before);
    expect(await listed()).toEqual([anna]);
  });

  it('refuses a missing id as invalid_input', async () => {
    const error = await app().fail('staff.update', validStaff(), 'invalid_input');
    expect(error.issues).toEqual([{ path: ['id'], message: 'Nieprawidłowy identyfikator' }]);
  });
});

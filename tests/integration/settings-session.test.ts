import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app';
import { openDatabase } from '../../src-main/db/open';
import { TEST_TODAY } from '../support/clock';
import { useTestApp, validStaff } from '../support/test-app';

const app = useTestApp();

const OFFICE = {
  officeName: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  address: 'ul. Kajki 7, 11-200 Bartoszyce',
  phone: '89 762 00 00',
  headOfOffice: 'Barbara Wiśniewska',
};

describe('settings.get', () => {
  it('gives the default office before anything is saved, and writes nothing', async () => {
    const before = app().counts();
    expect(await app().call('settings.get')).toEqual({
      officeName: 'Ośrodek Pomocy Społecznej',
      address: null,
      phone: null,
      headOfOffice: null,
    });
    expect(await app().call('settings.get', {})).toEqual(
      expect.objectContaining({ officeName: 'Ośrodek Pomocy Społecznej' }),
    );
    expect(app().counts()).toEqual(before);
  });

  it('refuses unknown keys', async () => {
    await app().fail('settings.get', { officeName: 'x' }, 'invalid_input');
  });
});

describe('settings.update', () => {
  it('saves the office and gives it back on settings.get', async () => {
    expect(await app().call('settings.update', OFFICE)).toEqual(OFFICE);
    expect(await app().call('settings.get')).toEqual(OFFICE);
  });

  it('stores empty optional fields as null and trims text', async () => {
    const saved = await app().call('settings.update', {
      officeName: '  GOPS Siewierz  ',
      address: '',
      phone: '',
      headOfOffice: '',
    });
    expect(saved).toEqual({
      officeName: 'GOPS Siewierz',
      address: null,
      phone: null,
      headOfOffice: null,
    });
    expect(await app().call('settings.get')).toEqual(saved);
  });

  it('refuses invalid input field by field and writes nothing', async () => {
    await app().call('settings.update', OFFICE);
    const before = app().counts();

    const error = await app().fail(
      'settings.update',
      { ...OFFICE, officeName: '   ', phone: 'zadzwoń' },
      'invalid_input',
    );

    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['officeName'], message: 'Pole „Nazwa ośrodka” jest wymagane' },
        { path: ['phone'], message: 'Nieprawidłowy numer telefonu' },
      ]),
    );
    expect(app().counts()).toEqual(before);
    expect(await app().call('settings.get')).toEqual(OFFICE);
  });
});

describe('session', () => {
  it('starts with nobody acting', async () => {
    expect(await app().call('session.get')).toEqual({
      actingStaffId: null,
      actingStaffName: null,
      today: TEST_TODAY,
    });
  });

  it('sets the acting staff member and remembers them in the database file', async () => {
    const anna = await app().call(
      'staff.create',
      validStaff({ firstName: 'Anna', lastName: 'Żółkiewska' }),
    );

    const state = await app().call('session.setActingStaff', { staffId: anna.id });

    expect(state).toEqual({
      actingStaffId: anna.id,
      actingStaffName: 'Anna Żółkiewska',
      today: TEST_TODAY,
    });
    expect(await app().call('session.get')).toEqual(state);
    // A second connection to the same file, as after a restart, sees the same person.
    const other = openDatabase(app().file, resolve('drizzle'));
    try {
      expect(
        await createApp(other, { clock: app().clock }).dispatch('session.get', undefined),
      ).toEqual({
        ok: true,
        data: state,
      });
    } finally {
      other.close();
    }
  });

  it('clears the acting staff member with null', async () => {
    await app().actAs();
    expect(await app().call('session.setActingStaff', { staffId: null })).toEqual({
      actingStaffId: null,
      actingStaffName: null,
      today: TEST_TODAY,
    });
    expect(await app().call('session.get')).toEqual({
      actingStaffId: null,
      actingStaffName: null,
      today: TEST_TODAY,
    });
  });

  it('refuses an inactive staff member with invalid_state and keeps the previous one', async () => {
    const acting = await app().actAs({ firstName: 'Ewa', lastName: 'Lis' });
    const retired = await app().call(
      'staff.create',
      validStaff({ firstName: 'Jan', lastName: 'Stary', active: false }),
    );
    const before = app().counts();

    const error = await app().fail(
      'session.setActingStaff',
      { staffId: retired.id },
      'invalid_state',
    );

    expect(error.message).toBe('Ten pracownik jest nieaktywny');
    expect(app().counts()).toEqual(before);
    expect(await app().call('session.get')).toEqual({
      actingStaffId: acting.id,
      actingStaffName: 'Ewa Lis',
      today: TEST_TODAY,
    });
  });

  it('answers an unknown staff id with not_found', async () => {
    const error = await app().fail('session.setActingStaff', { staffId: 999 }, 'not_found');
    expect(error.message).toBe('Nie znaleziono pracownika');
    expect(await app().call('session.get')).toEqual({
      actingStaffId: null,
      actingStaffName: null,
      today: TEST_TODAY,
    });
  });

  it.each([
    [{ staffId: 0 }, ['staffId']],
    [{ staffId: 'Anna' }, ['staffId']],
    [{}, ['staffId']],
  ])('refuses %j as invalid_input', async (input, path) => {
    const before = app().counts();
    const error = await app().fail('session.setActingStaff', input, 'invalid_input');
    expect(error.issues!.map((i) => i.path)).toContainEqual(path);
    expect(app().counts()).toEqual(before);
  });

  it('stops naming a staff member as acting once they are deactivated', async () => {
    const anna = await app().actAs();
    await app().call('staff.update', { ...validStaff(), id: anna.id, active: false });
    // An inactive person cannot be picked, so they must not keep acting either.
    expect(await app().call('session.get')).toEqual({
      actingStaffId: null,
      actingStaffName: null,
      today: TEST_TODAY,
    });
  });
});

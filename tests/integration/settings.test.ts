import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

const OFFICE = {
  officeName: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  address: 'ul. Kajki 7, 11-200 Bartoszyce',
  phone: '89 762 00 00',
  headOfOffice: 'Barbara Wiśniewska',
  idleLockMinutes: 15,
};

describe('settings.get', () => {
  it('gives the default office before anything is saved, and writes nothing', async () => {
    const before = app().counts();
    expect(await app().call('settings.get')).toEqual({
      officeName: 'Ośrodek Pomocy Społecznej',
      address: null,
      phone: null,
      headOfOffice: null,
      idleLockMinutes: 10,
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
      // Not given: the default of issue 7.
      idleLockMinutes: 10,
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

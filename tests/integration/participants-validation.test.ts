import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import { useTestApp, validParticipant, type ParticipantOverrides } from '../support/test-app';
import { FUTURE_DATE } from '../../src-main/contract/rules';

const app = useTestApp();

describe('participants.create — invalid input writes nothing', () => {
  it.each([
    [
      'a wrong check digit',
      { pesel: '44051401358' },
      ['pesel'],
      'Nieprawidłowa cyfra kontrolna numeru PESEL',
    ],
    ['a short PESEL', { pesel: '4405140135' }, ['pesel'], 'PESEL musi mieć 11 cyfr'],
    [
      'a birth date other than in PESEL',
      { pesel: '44051401359', birthDate: '1944-05-15', sex: 'M' },
      ['birthDate'],
      'Data urodzenia nie zgadza się z numerem PESEL',
    ],
    [
      'a sex other than in PESEL',
      { pesel: '44051401359', birthDate: '1944-05-14', sex: 'K' },
      ['sex'],
      'Płeć nie zgadza się z numerem PESEL',
    ],
    [
      'neither PESEL nor document',
      { pesel: null, documentNumber: '  ' },
      ['pesel'],
      'Podaj numer PESEL albo — dla osoby bez numeru PESEL — numer dokumentu tożsamości',
    ],
    [
      'a document with other characters',
      { pesel: null, documentNumber: 'AB/12345' },
      ['documentNumber'],
      'Numer dokumentu może zawierać tylko litery i cyfry',
    ],
    [
      'a too short document',
      { pesel: null, documentNumber: 'AB1' },
      ['documentNumber'],
      'Numer dokumentu musi mieć od 5 do 20 znaków',
    ],
    ['a missing first name', { firstName: ' ' }, ['firstName'], 'Pole „Imię” jest wymagane'],
    [
      'a wrong postal code',
      { address: { postalCode: '11200' } },
      ['address', 'postalCode'],
      'Kod pocztowy musi mieć postać NN-NNN, np. 26-600',
    ],
    [
      'a missing locality',
      { address: { locality: '' } },
      ['address', 'locality'],
      'Pole „Miejscowość” jest wymagane',
    ],
    [
      'a missing area type',
      { address: { areaType: 'suburban' as never } },
      ['address', 'areaType'],
      'Wybierz rodzaj obszaru',
    ],
    ['a wrong e-mail', { email: 'jan.kowalski@' }, ['email'], 'Nieprawidłowy adres e-mail'],
    [
      'an unknown exclusion reason',
      { exclusionReasons: ['poverty' as never] },
      ['exclusionReasons', 0],
      'Nieznana przesłanka',
    ],
    [
      'a family member without surname',
      { familyMembers: [{ firstName: 'Ola', lastName: '', relation: 'córka' }] },
      ['familyMembers', 0, 'lastName'],
      'Pole „Nazwisko” jest wymagane',
    ],
    [
      'a family member with a wrong PESEL',
      {
        familyMembers: [
          { firstName: 'Ola', lastName: 'Nowak', relation: 'córka', pesel: '12345678901' },
        ],
      },
      ['familyMembers', 0, 'pesel'],
      'Nieprawidłowa cyfra kontrolna numeru PESEL',
    ],
  ])('refuses %s and writes nothing', async (_what, overrides, path, message) => {
    const before = app().counts();
    const error = await app().fail(
      'participants.create',
      validParticipant(overrides as ParticipantOverrides),
      'invalid_input',
    );
    expect(error.message).toBe('Popraw zaznaczone pola');
    expect(error.issues).toContainEqual({ path, message });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a birth date after the core’s today, and follows the clock when it moves', async () => {
    const today = app().clock.today();
    const tomorrow = addDays(today, 1);
    const before = app().counts();
    const error = await app().fail(
      'participants.create',
      validParticipant({ pesel: null, documentNumber: 'FX123456', birthDate: tomorrow }),
      'invalid_input',
    );
    expect(error.issues).toEqual([{ path: ['birthDate'], message: FUTURE_DATE }]);
    expect(app().counts()).toEqual(before);

    app().clock.set(tomorrow);
    const saved = await app().call(
      'participants.create',
      validParticipant({ pesel: null, documentNumber: 'FX123456', birthDate: tomorrow }),
    );
    expect(saved.birthDate).toBe(tomorrow);
  });

  it('validates a document number given next to a PESEL too', async () => {
    const before = app().counts();
    const error = await app().fail(
      'participants.create',
      validParticipant({ documentNumber: 'ąę/!' }),
      'invalid_input',
    );
    expect(error.issues).toContainEqual({
      path: ['documentNumber'],
      message: 'Numer dokumentu może zawierać tylko litery i cyfry',
    });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a social worker who does not exist and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail(
      'participants.create',
      validParticipant({ socialWorkerId: 321 }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['socialWorkerId'], message: 'Nie ma takiego pracownika' },
    ]);
    expect(app().counts()).toEqual(before);
  });
});

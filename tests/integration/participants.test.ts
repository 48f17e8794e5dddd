import { describe, expect, it } from 'vitest';
import { useTestApp, validParticipant, validStaff } from '../support/test-app';

const app = useTestApp();

// PESELs checked by hand (weights 1,3,7,9,1,3,7,9,1,3).
const PESEL_MAN_1944 = '44051401359'; // 1944-05-14, M
const PESEL_WOMAN_1992 = '92123104749'; // 1992-12-31, K

const jan = () => validParticipant({ firstName: 'Jan', lastName: 'Kowalski', pesel: PESEL_MAN_1944, birthDate: '1944-05-14', sex: 'M' });
const foreigner = (documentNumber: string) =>
  validParticipant({ firstName: 'Olena', lastName: 'Kovalenko', pesel: null, documentNumber, sex: 'K', birthDate: '1990-06-01' });

describe('participants.create', () => {
  it('registers a person and participants.get gives back the whole card', async () => {
    const worker = await app().call('staff.create', validStaff({ firstName: 'Ewa', lastName: 'Wróbel' }));
    const input = validParticipant({
      firstName: 'Łucja',
      lastName: 'Żółć',
      pesel: PESEL_WOMAN_1992,
      birthDate: '1992-12-31',
      sex: 'K',
      exclusionReasons: ['unemployment', 'parentingHelplessness'],
      unemployedSince: '2012-03-01',
      officeClientSince: '2011-01-15',
      socialWorkerId: worker.id,
      familyMembers: [{ firstName: 'Zosia', lastName: 'Żółć', relation: 'córka', birthDate: '2010-05-05', pesel: '' }],
      notes: 'Uwagi o sytuacji rodzinnej',
      address: { locality: 'Łabędnik', commune: 'Bartoszyce', areaType: 'rural', street: '', flatNumber: '' },
    });

    const created = await app().call('participants.create', input);

    // Reasons are a set: compare them regardless of order.
    expect([...created.exclusionReasons].sort()).toEqual(['parentingHelplessness', 'unemployment']);
    expect({ ...created, exclusionReasons: 'checked above' }).toEqual({
      id: expect.any(Number),
      firstName: 'Łucja',
      lastName: 'Żółć',
      pesel: '92123104749',
      documentNumber: null,
      sex: 'K',
      birthDate: '1992-12-31',
      birthPlace: 'Bartoszyce',
      address: {
        voivodeship: 'warmińsko-mazurskie',
        county: 'bartoszycki',
        commune: 'Bartoszyce',
        locality: 'Łabędnik',
        street: null,
        houseNumber: '7',
        flatNumber: null,
        postalCode: '11-200',
        areaType: 'rural',
      },
      phone: '89 762 00 00',
      email: null,
      educationLevel: 'isced2',
      exclusionReasons: 'checked above',
      unemployedSince: '2012-03-01',
      officeClientSince: '2011-01-15',
      socialWorkerId: worker.id,
      socialWorkerName: 'Ewa Wróbel',
      familyMembers: [{ firstName: 'Zosia', lastName: 'Żółć', relation: 'córka', birthDate: '2010-05-05', pesel: null }],
      notes: 'Uwagi o sytuacji rodzinnej',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await app().call('participants.get', { id: created.id })).toEqual(created);
    expect(app().count('participants')).toBe(1);
    expect(app().count('participant_exclusion_reasons')).toBe(2);
  });

  it('registers a person without PESEL by a normalised identity document number', async () => {
    const created = await app().call('participants.create', foreigner(' fa 123-456 '));
    expect(created).toMatchObject({ pesel: null, documentNumber: 'FA123456' });
    expect((await app().call('participants.get', { id: created.id })).documentNumber).toBe('FA123456');
  });

  it.each([
    ['a wrong check digit', { pesel: '44051401358' }, ['pesel'], 'Nieprawidłowa cyfra kontrolna numeru PESEL'],
    ['a short PESEL', { pesel: '4405140135' }, ['pesel'], 'PESEL musi mieć 11 cyfr'],
    ['a birth date other than in PESEL', { pesel: PESEL_MAN_1944, birthDate: '1944-05-15', sex: 'M' }, ['birthDate'], 'Data urodzenia nie zgadza się z numerem PESEL'],
    ['a sex other than in PESEL', { pesel: PESEL_MAN_1944, birthDate: '1944-05-14', sex: 'K' }, ['sex'], 'Płeć nie zgadza się z numerem PESEL'],
    ['neither PESEL nor document', { pesel: null, documentNumber: '  ' }, ['pesel'], 'Podaj numer PESEL albo — dla osoby bez numeru PESEL — numer dokumentu tożsamości'],
    ['a document with other characters', { pesel: null, documentNumber: 'AB/12345' }, ['documentNumber'], 'Numer dokumentu może zawierać tylko litery i cyfry'],
    ['a too short document', { pesel: null, documentNumber: 'AB1' }, ['documentNumber'], 'Numer dokumentu musi mieć od 5 do 20 znaków'],
    ['a missing first name', { firstName: ' ' }, ['firstName'], 'Pole „Imię” jest wymagane'],
    ['a wrong postal code', { address: { postalCode: '11200' } }, ['address', 'postalCode'], 'Kod pocztowy musi mieć postać NN-NNN, np. 26-600'],
    ['a missing locality', { address: { locality: '' } }, ['address', 'locality'], 'Pole „Miejscowość” jest wymagane'],
    ['a missing area type', { address: { areaType: 'suburban' as never } }, ['address', 'areaType'], 'Wybierz rodzaj obszaru'],
    ['a wrong e-mail', { email: 'jan.kowalski@' }, ['email'], 'Nieprawidłowy adres e-mail'],
    ['an unknown exclusion reason', { exclusionReasons: ['poverty' as never] }, ['exclusionReasons', 0], 'Nieznana przesłanka'],
    [
      'a family member without surname',
      { familyMembers: [{ firstName: 'Ola', lastName: '', relation: 'córka' }] },
      ['familyMembers', 0, 'lastName'],
      'Pole „Nazwisko” jest wymagane',
    ],
    [
      'a family member with a wrong PESEL',
      { familyMembers: [{ firstName: 'Ola', lastName: 'Nowak', relation: 'córka', pesel: '12345678901' }] },
      ['familyMembers', 0, 'pesel'],
      'Nieprawidłowa cyfra kontrolna numeru PESEL',
    ],
  ])('refuses %s and writes nothing', async (_what, overrides, path, message) => {
    const before = app().counts();
    const error = await app().fail('participants.create', validParticipant(overrides), 'invalid_input');
    expect(error.message).toBe('Popraw zaznaczone pola');
    expect(error.issues).toContainEqual({ path, message });
    expect(app().counts()).toEqual(before);
  });

  it('validates a document number given next to a PESEL too', async () => {
    const before = app().counts();
    const error = await app().fail('participants.create', validParticipant({ documentNumber: 'ąę/!' }), 'invalid_input');
    expect(error.issues).toContainEqual({ path: ['documentNumber'], message: 'Numer dokumentu może zawierać tylko litery i cyfry' });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a social worker who does not exist and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('participants.create', validParticipant({ socialWorkerId: 321 }), 'invalid_input');
    expect(error.issues).toEqual([{ path: ['socialWorkerId'], message: 'Nie ma takiego pracownika' }]);
    expect(app().counts()).toEqual(before);
  });
});

describe('participants.create — one person is registered once', () => {
  it('refuses a PESEL already in the register, naming the person and their id', async () => {
    const existing = await app().call('participants.create', jan());
    const before = app().counts();

    const error = await app().fail(
      'participants.create',
      { ...jan(), firstName: 'Janusz', lastName: 'Inny' },
      'conflict',
    );

    expect(error.message).toBe('Osoba z tym numerem PESEL jest już w rejestrze: Jan Kowalski');
    expect(error.details).toEqual({ existingId: existing.id });
    expect(error.issues).toEqual([{ path: ['pesel'], message: 'Ten numer ma już Jan Kowalski' }]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses an identity document already in the register, however it is spaced', async () => {
    const existing = await app().call('participants.create', foreigner('FA123456'));
    const before = app().counts();

    const error = await app().fail('participants.create', { ...foreigner('fa 123 456'), firstName: 'Iryna' }, 'conflict');

    expect(error.message).toBe('Osoba z tym numerem dokumentu jest już w rejestrze: Olena Kovalenko');
    expect(error.details).toEqual({ existingId: existing.id });
    expect(app().counts()).toEqual(before);
  });

  it('names the document, not the PESEL, when only the document collides', async () => {
    const existing = await app().call('participants.create', foreigner('FA123456'));

    const error = await app().fail('participants.create', validParticipant({ documentNumber: 'FA123456' }), 'conflict');

    expect(error.details).toEqual({ existingId: existing.id });
    expect(error.message).toBe('Osoba z tym numerem dokumentu jest już w rejestrze: Olena Kovalenko');
    expect(error.issues).toEqual([{ path: ['documentNumber'], message: 'Ten numer ma już Olena Kovalenko' }]);
  });
});

describe('participants.get', () => {
  it('answers a missing id with not_found and logs no view', async () => {
    const before = app().counts();
    const error = await app().fail('participants.get', { id: 404 }, 'not_found');
    expect(error.message).toBe('Nie znaleziono uczestnika');
    expect(app().counts()).toEqual(before);
  });
});

describe('participants.update', () => {
  it('changes the card and participants.get shows the new version', async () => {
    const created = await app().call('participants.create', jan());
    const changed = { ...jan(), lastName: 'Kowalski-Łoś', exclusionReasons: ['disability' as const], address: { ...jan().address, locality: 'Sępopol' } };

    const updated = await app().call('participants.update', { id: created.id, participant: changed });

    expect(updated).toMatchObject({ id: created.id, lastName: 'Kowalski-Łoś', exclusionReasons: ['disability'], pesel: PESEL_MAN_1944 });
    expect(updated.address.locality).toBe('Sępopol');
    expect(await app().call('participants.get', { id: created.id })).toEqual(updated);
    expect(app().count('participant_exclusion_reasons')).toBe(1);
  });

  it('answers a missing id with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('participants.update', { id: 999, participant: jan() }, 'not_found');
    expect(error.message).toBe('Nie znaleziono uczestnika');
    expect(app().counts()).toEqual(before);
  });

  it('refuses invalid input with paths inside `participant` and changes nothing', async () => {
    const created = await app().call('participants.create', jan());
    const before = app().counts();

    const error = await app().fail('participants.update', { id: created.id, participant: { ...jan(), birthDate: '1944-14-05' } }, 'invalid_input');

    expect(error.issues).toContainEqual({ path: ['participant', 'birthDate'], message: 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)' });
    expect(app().counts()).toEqual(before);
    expect(await app().call('participants.get', { id: created.id })).toMatchObject({ birthDate: '1944-05-14', updatedAt: created.updatedAt });
  });

  it('refuses taking over another person’s PESEL, naming that person', async () => {
    const kowalski = await app().call('participants.create', jan());
    const other = await app().call('participants.create', validParticipant({ firstName: 'Anna', lastName: 'Lis' }));

    const error = await app().fail('participants.update', { id: other.id, participant: { ...jan(), firstName: 'Anna', lastName: 'Lis' } }, 'conflict');

    expect(error.message).toBe('Osoba z tym numerem PESEL jest już w rejestrze: Jan Kowalski');
    expect(error.details).toEqual({ existingId: kowalski.id });
    expect((await app().call('participants.get', { id: other.id })).pesel).toBe(other.pesel);
  });

  it('refuses taking over another person’s document while keeping one’s own PESEL, naming that person', async () => {
    const olena = await app().call('participants.create', foreigner('FA123456'));
    const kowalski = await app().call('participants.create', jan());

    const error = await app().fail('participants.update', { id: kowalski.id, participant: { ...jan(), documentNumber: 'FA123456' } }, 'conflict');

    expect(error.details).toEqual({ existingId: olena.id });
    expect(error.message).toContain('Olena Kovalenko');
  });
});

import { describe, expect, it } from 'vitest';
import {
  foreigner,
  janKowalski,
  useTestApp,
  validParticipant,
  validStaff,
} from '../support/test-app';

const app = useTestApp();

// Checked by hand (weights 1,3,7,9,1,3,7,9,1,3): 9+6+7+18+3+3+0+36+7+12 = 101 → 9.
const PESEL_WOMAN_1992 = '92123104749'; // 1992-12-31, K

const jan = janKowalski;

describe('participants.create', () => {
  it('registers a person and participants.get gives back the whole card', async () => {
    const worker = await app().call(
      'staff.create',
      validStaff({ firstName: 'Ewa', lastName: 'Wróbel' }),
    );
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
      familyMembers: [
        {
          firstName: 'Zosia',
          lastName: 'Żółć',
          relation: 'córka',
          birthDate: '2010-05-05',
          pesel: '',
        },
      ],
      notes: 'Uwagi o sytuacji rodzinnej',
      address: {
        locality: 'Łabędnik',
        commune: 'Bartoszyce',
        areaType: 'rural',
        street: '',
        flatNumber: '',
      },
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
      withoutWorkSince: null,
      officeClientSince: '2011-01-15',
      socialWorkerId: worker.id,
      socialWorkerName: 'Ewa Wróbel',
      familyMembers: [
        {
          firstName: 'Zosia',
          lastName: 'Żółć',
          relation: 'córka',
          birthDate: '2010-05-05',
          pesel: null,
        },
      ],
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
    expect((await app().call('participants.get', { id: created.id })).documentNumber).toBe(
      'FA123456',
    );
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
    const changed = {
      ...jan(),
      lastName: 'Kowalski-Łoś',
      exclusionReasons: ['disability' as const],
      address: { ...jan().address, locality: 'Sępopol' },
    };

    const updated = await app().call('participants.update', {
      id: created.id,
      participant: changed,
    });

    expect(updated).toMatchObject({
      id: created.id,
      lastName: 'Kowalski-Łoś',
      exclusionReasons: ['disability'],
      pesel: '44051401359',
    });
    expect(updated.address.locality).toBe('Sępopol');
    expect(await app().call('participants.get', { id: created.id })).toEqual(updated);
    expect(app().count('participant_exclusion_reasons')).toBe(1);
  });

  it('answers a missing id with not_found and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail(
      'participants.update',
      { id: 999, participant: jan() },
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono uczestnika');
    expect(app().counts()).toEqual(before);
  });

  it('refuses invalid input with paths inside `participant` and changes nothing', async () => {
    const created = await app().call('participants.create', jan());
    const before = app().counts();

    const error = await app().fail(
      'participants.update',
      { id: created.id, participant: { ...jan(), birthDate: '1944-14-05' } },
      'invalid_input',
    );

    expect(error.issues).toContainEqual({
      path: ['participant', 'birthDate'],
      message: 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)',
    });
    expect(app().counts()).toEqual(before);
    expect(await app().call('participants.get', { id: created.id })).toMatchObject({
      birthDate: '1944-05-14',
      updatedAt: created.updatedAt,
    });
  });
});

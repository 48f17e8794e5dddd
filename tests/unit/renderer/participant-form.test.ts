import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from '../../../src-main/contract/common';
import { IDENTITY_REQUIRED } from '../../../src-main/contract/participants';
import {
  ADDRESS_REQUIRED,
  EMPTY_FORM,
  followPesel,
  normalizePostalCode,
  participantIssues,
  requiredByContract,
  toInput,
} from '../../../src-renderer/features/participants/participant-form';

const VALID = '44051401458';
const FROM_VALID = { birthDate: '1944-05-14', sex: 'M' };

describe('birth date and sex follow the PESEL', () => {
  it('fills them from a valid PESEL', () => {
    expect(followPesel(null, VALID, false)).toEqual({ derived: FROM_VALID, action: 'fill' });
  });

  it('clears what a valid PESEL filled once it is wrong, cleared or "no PESEL" is ticked', () => {
    const previous = { birthDate: '1944-05-14', sex: 'M' as const };
    for (const [pesel, noPesel] of [
      ['44051401459', false],
      ['4405140145', false],
      ['', false],
      [null, false],
      [VALID, true],
    ] as const)
      expect(followPesel(previous, pesel, noPesel)).toEqual({ derived: null, action: 'clear' });
  });

  it('leaves alone what the worker typed while no PESEL was valid', () => {
    expect(followPesel(null, '4405', false)).toEqual({ derived: null, action: 'none' });
    expect(followPesel(null, VALID, true)).toEqual({ derived: null, action: 'none' });
  });
});

describe('postal code', () => {
  it('puts the dash into five digits', () => {
    expect(normalizePostalCode('26600')).toBe('26-600');
    expect(normalizePostalCode(' 26 600 ')).toBe('26-600');
    expect(normalizePostalCode('26-600')).toBe('26-600');
  });

  it('leaves anything else as typed, for the field to report', () => {
    for (const text of ['', '2660', '266000', 'ab-cde', '26--600']) {
      expect(normalizePostalCode(text)).toBe(text);
    }
  });

  it('is sent to the core with the dash even before the field is left', () => {
    const input = toInput({ address: { postalCode: '26600' } as never }, false);
    expect(input.address.postalCode).toBe('26-600');
  });
});

describe('required fields follow the contract', () => {
  it('marks required text, not optional text', () => {
    expect(requiredByContract(requiredText('Gmina'))).toBe(true);
    expect(requiredByContract(optionalText('Ulica'))).toBe(false);
  });

  it('knows the address: locality and postal code required, street and flat not', () => {
    expect(ADDRESS_REQUIRED).toMatchObject({
      locality: true,
      postalCode: true,
      areaType: true,
      street: false,
      flatNumber: false,
    });
  });
});

describe('problems said as the worker types, with the contract’s identity rule', () => {
  const messagesOn = (issues: { path: PropertyKey[]; message: string }[], field: string) =>
    issues.filter((i) => i.path.join('.') === field).map((i) => i.message);

  it('a PESEL that does not match the birth date shows while the rest is still empty', () => {
    const issues = participantIssues({ pesel: VALID, birthDate: '1944-05-15', sex: 'M' }, false);
    expect(messagesOn(issues, 'birthDate')).toEqual([
      'Data urodzenia nie zgadza się z numerem PESEL',
    ]);
    expect(messagesOn(issues, 'firstName').length).toBe(1);
  });

  it('a wrong PESEL is said once, by its field', () => {
    const issues = participantIssues({ pesel: '44051401459' }, false);
    expect(messagesOn(issues, 'pesel')).toEqual(['Nieprawidłowa cyfra kontrolna numeru PESEL']);
  });

  it('one wording for "give a PESEL or a document number", on the field that is shown', () => {
    expect(messagesOn(participantIssues({}, false), 'pesel')).toEqual([IDENTITY_REQUIRED]);
    const withoutPesel = participantIssues({ pesel: VALID }, true);
    expect(messagesOn(withoutPesel, 'documentNumber')).toEqual([IDENTITY_REQUIRED]);
    expect(messagesOn(withoutPesel, 'pesel')).toEqual([]);
    expect(
      messagesOn(participantIssues({ documentNumber: 'AB 1' }, true), 'documentNumber'),
    ).toEqual(['Numer dokumentu musi mieć od 5 do 20 znaków']);
  });

  it('says each problem once when only the rule is left', () => {
    const complete = {
      ...EMPTY_FORM,
      firstName: 'Jan',
      lastName: 'Kowalski',
      birthDate: '1944-05-15',
      sex: 'M' as const,
      address: {
        voivodeship: 'warmińsko-mazurskie',
        county: 'bartoszycki',
        commune: 'Bartoszyce',
        locality: 'Bartoszyce',
        postalCode: '11-200',
        areaType: 'urban' as const,
      },
    };
    expect(participantIssues({ ...complete, pesel: VALID }, false)).toEqual([
      { path: ['birthDate'], message: 'Data urodzenia nie zgadza się z numerem PESEL' },
    ]);
    expect(participantIssues({ ...complete, documentNumber: '' }, true)).toEqual([
      { path: ['documentNumber'], message: IDENTITY_REQUIRED },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from '../../../src-main/contract/common';
import {
  ADDRESS_REQUIRED,
  followPesel,
  normalizePostalCode,
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

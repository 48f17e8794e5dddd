import { describe, expect, it } from 'vitest';
import { formatAddress } from '../../../src-main/domain/address';

const base = {
  street: null,
  houseNumber: null,
  flatNumber: null,
  postalCode: '26-600',
  locality: 'Radom',
};

describe('formatAddress', () => {
  it.each([
    [
      { ...base, street: 'Polna', houseNumber: '5', flatNumber: '2' },
      'ul. Polna 5/2, 26-600 Radom',
    ],
    [{ ...base, street: 'Polna', houseNumber: '5' }, 'ul. Polna 5, 26-600 Radom'],
    [
      { ...base, locality: 'Łęgowo', postalCode: '26-602', houseNumber: '17' },
      'Łęgowo 17, 26-602 Łęgowo',
    ],
    [{ ...base }, 'Radom, 26-600 Radom'],
  ])('%j → %s', (address, expected) => {
    expect(formatAddress(address)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeNip, validateNip } from '../../../src-main/domain/nip';

describe('normalizeNip', () => {
  it.each([
    ['526-025-02-74', '5260250274'],
    ['526 025 02 74', '5260250274'],
    [' 526-02-50-274 ', '5260250274'],
    ['5260250274', '5260250274'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });
});

// Sums with weights 6,5,7,2,3,4,5,6,7, worked out by hand.
describe('validateNip', () => {
  it.each([
    '5260250274', // 30+10+42+0+6+20+0+12+49 = 169; 169 mod 11 = 4
    '526-025-02-74',
    '1234563218', // 6+10+21+8+15+24+15+12+7 = 118; 118 mod 11 = 8
    '7773143260', // 42+35+49+6+3+16+15+12+42 = 220; 220 mod 11 = 0
    '9510000009', // 54+25+7 = 86; 86 mod 11 = 9
  ])('accepts %j', (nip) => {
    expect(validateNip(nip)).toBeNull();
  });

  const CHECK = 'Nieprawidłowa cyfra kontrolna numeru NIP';
  it.each([
    ['5260250275', CHECK],
    ['1234563217', CHECK],
    // 6+10+21+8+15+24+35+48+63 = 230; 230 mod 11 = 10 → no last digit can match
    ['1234567890', CHECK],
    ['1234567891', CHECK],
    ['123456789', 'NIP musi mieć 10 cyfr'],
    ['52602502740', 'NIP musi mieć 10 cyfr'],
    ['PL5260250274', 'NIP może zawierać tylko cyfry'],
    ['526.025.02.74', 'NIP może zawierać tylko cyfry'],
    ['', 'Podaj numer NIP'],
    [' - ', 'Podaj numer NIP'],
  ])('rejects %j', (nip, reason) => {
    expect(validateNip(nip)).toBe(reason);
  });
});

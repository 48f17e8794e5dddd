import { describe, expect, it } from 'vitest';
import {
  normalizeDocumentNumber,
  validateDocumentNumber,
} from '../../../src-main/domain/identity-document';

describe('normalizeDocumentNumber', () => {
  it.each([
    ['abc123456', 'ABC123456'],
    [' AB 123-456 ', 'AB123456'],
    ['fe-12\t34 56', 'FE123456'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDocumentNumber(input)).toBe(expected);
  });
});

describe('validateDocumentNumber', () => {
  it.each([
    'ABC123456', // Polish ID card
    'ek 1234567', // passport, lower case and a space
    'FE-123-456',
    '12345', // 5 characters, the minimum
    'A1234567890123456789', // 20 characters, the maximum
    'A-B-C-D-E', // 5 characters once dashes are removed
  ])('accepts %j', (input) => {
    expect(validateDocumentNumber(input)).toBeNull();
  });

  it.each([
    ['', 'Podaj numer dokumentu tożsamości'],
    ['  - ', 'Podaj numer dokumentu tożsamości'],
    ['1234', 'Numer dokumentu musi mieć od 5 do 20 znaków'],
    ['AB-12', 'Numer dokumentu musi mieć od 5 do 20 znaków'],
    ['A12345678901234567890', 'Numer dokumentu musi mieć od 5 do 20 znaków'],
    ['AB/123456', 'Numer dokumentu może zawierać tylko litery i cyfry'],
    ['ŁĄ123456', 'Numer dokumentu może zawierać tylko litery i cyfry'],
    ['AB.123456', 'Numer dokumentu może zawierać tylko litery i cyfry'],
  ])('rejects %j', (input, reason) => {
    expect(validateDocumentNumber(input)).toBe(reason);
  });
});

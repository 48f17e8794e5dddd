import { describe, expect, it } from 'vitest';
import { validatePostalCode } from '../../../src-main/domain/postal-code';

describe('validatePostalCode', () => {
  it.each(['26-600', '00-001', '42-400', '99-999'])('accepts %j', (code) => {
    expect(validatePostalCode(code)).toBeNull();
  });

  it.each(['26600', '26 600', '2-6600', '266-00', '26-6000', 'AB-CDE', '', ' 26-600', '26–600'])(
    'rejects %j',
    (code) => {
      expect(validatePostalCode(code)).toBe('Kod pocztowy musi mieć postać NN-NNN, np. 26-600');
    },
  );
});

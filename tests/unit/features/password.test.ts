import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../src-main/features/accounts/password';

describe('password hashes', () => {
  it('are salted scrypt hashes that verify only the same password', async () => {
    const a = await hashPassword('dlugie-haslo-1');
    const b = await hashPassword('dlugie-haslo-1');
    expect(a).toMatch(/^scrypt\$15\$8\$1\$/);
    // A new salt each time: equal passwords do not give equal hashes.
    expect(a).not.toBe(b);
    expect(await verifyPassword('dlugie-haslo-1', a)).toBe(true);
    expect(await verifyPassword('dlugie-haslo-2', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('treat the composed and decomposed forms of a Polish letter as the same password', async () => {
    const hash = await hashPassword('Źdźbło-trawy');
    expect(await verifyPassword('Źdźbło-trawy'.normalize('NFD'), hash)).toBe(true);
  });

  it.each([
    ['another format', 'bcrypt$10$abc'],
    ['a changed hash', 'TAMPER'],
    ['an absurd cost', 'scrypt$40$8$1$AAAA$AAAA'],
    ['an empty string', ''],
  ])('refuse %s without throwing', async (_name, stored) => {
    const real = await hashPassword('dlugie-haslo-1');
    const value =
      stored === 'TAMPER' ? real.slice(0, -4) + (real.endsWith('AAA=') ? 'BBB=' : 'AAA=') : stored;
    expect(await verifyPassword('dlugie-haslo-1', value)).toBe(false);
  });
});

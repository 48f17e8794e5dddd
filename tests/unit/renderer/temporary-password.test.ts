import { describe, expect, it } from 'vitest';
import { newPassword } from '../../../src-main/contract/accounts';
import { temporaryPassword } from '../../../src-renderer/features/accounts/temporary-password';

describe('temporary password', () => {
  it('is three groups of four characters nobody misreads, and passes the contract', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
      expect(newPassword.safeParse(password).success).toBe(true);
    }
  });

  it('skips bytes that would favour some characters', () => {
    // 31 characters: bytes from 248 up are dropped rather than wrapped around.
    const bytes = [255, 250, 248, ...Array.from({ length: 13 }, (_, i) => i)];
    expect(temporaryPassword(() => Uint8Array.from(bytes))).toBe('abcd-efgh-jkmn');
  });
});

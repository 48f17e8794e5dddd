import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes: scrypt (memory-hard, in node:crypto, nothing to install), a random 16-byte
 * salt per password, parameters stored with the hash so they can be raised later without
 * locking anybody out. N = 2^15, r = 8 costs 32 MiB and ~0.1 s per check on an office PC:
 * slow for a guesser with a stolen file, unnoticeable at a login.
 *
 * Format: `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`.
 */
const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

const options = (logN: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** logN,
  r,
  p,
  maxmem: 2 ** logN * r * 256,
});

function derive(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options(logN, r, p), (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const format = (salt: Buffer, key: Buffer) =>
  ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$');

/** Off the main thread (libuv's pool): a login does not stall other windows' calls. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(salt, await derive(password, salt, LOG_N, R, P));
}

/** False for a wrong password and for a hash this program did not write. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![logN, r, p].every(Number.isInteger) || logN < 10 || logN > 20) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), logN, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

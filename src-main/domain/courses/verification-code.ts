/*
 * The short code printed on a course certificate (and in its QR code), by which the office
 * finds the register entry when someone calls to check it. Eight characters of an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 9/g), shown as two groups, "K7QM-3XPD": 26^8 ≈
 * 209 billion codes, drawn at random so nobody can guess another person's from their own.
 */

const ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY34678';
const LENGTH = 8;

/** A new code; `pick(n)` returns a random integer in [0, n) — the core passes a CSPRNG. */
export function makeVerificationCode(pick: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[pick(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code as typed (lower case, spaces, no dash) in its printed form; null if it cannot be one. */
export function normalizeVerificationCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

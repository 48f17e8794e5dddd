/** Letters and digits nobody misreads when dictating or copying from paper (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password for the administrator to hand over: 12 random characters in three
 * groups ("k7mq-x3ta-9fhe"), changed by the person at the first sign-in.
 */
export function temporaryPassword(random: (n: number) => Uint8Array = randomBytes): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  while (chars.length < 12) {
    for (const byte of random(16)) {
      if (byte < 256 - (256 % ALPHABET.length) && chars.length < 12)
        chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

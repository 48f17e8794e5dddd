/** NIP (*numer identyfikacji podatkowej*) of training providers and partners. */

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** NIP is commonly written grouped with dashes or spaces (123-456-32-18). */
export function normalizeNip(s: string): string {
  return s.replace(/[\s-]+/g, '');
}

/** Returns a Polish error message, or null for a valid NIP. */
export function validateNip(s: string): string | null {
  const nip = normalizeNip(s);
  if (nip === '') return 'Podaj numer NIP';
  if (!/^\d+$/.test(nip)) return 'NIP może zawierać tylko cyfry';
  if (nip.length !== 10) return 'NIP musi mieć 10 cyfr';
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nip[i]) * WEIGHTS[i]!;
  // A remainder of 10 cannot be a check digit, so such numbers are never issued.
  if (sum % 11 !== Number(nip[9])) return 'Nieprawidłowa cyfra kontrolna numeru NIP';
  return null;
}

/**
 * Identity document number (*numer dokumentu tożsamości*): passport or ID card number
 * identifying participants without PESEL, mostly foreigners.
 */

/** Spaces and dashes are only grouping, so "AB 123-456" and "ab123456" are the same document. */
export function normalizeDocumentNumber(s: string): string {
  return s.replace(/[\s-]+/g, '').toUpperCase();
}

/** Returns a Polish error message, or null when the number is acceptable. */
export function validateDocumentNumber(input: string): string | null {
  const n = normalizeDocumentNumber(input);
  if (n === '') return 'Podaj numer dokumentu tożsamości';
  // Document numbers (also in the machine-readable zone) use Latin letters and digits only.
  if (!/^[A-Z0-9]+$/.test(n)) return 'Numer dokumentu może zawierać tylko litery i cyfry';
  if (n.length < 5 || n.length > 20) return 'Numer dokumentu musi mieć od 5 do 20 znaków';
  return null;
}

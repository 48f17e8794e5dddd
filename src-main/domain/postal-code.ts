/** Polish postal code (*kod pocztowy*) in the form NN-NNN. Returns a Polish error or null. */
export function validatePostalCode(s: string): string | null {
  return /^\d{2}-\d{3}$/.test(s) ? null : 'Kod pocztowy musi mieć postać NN-NNN, np. 26-600';
}

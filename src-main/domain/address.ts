/** A postal address in one line, as written on Polish forms: "ul. Polna 5/2, 26-600 Radom". */
export function formatAddress(a: {
  street: string | null;
  houseNumber: string | null;
  flatNumber: string | null;
  postalCode: string;
  locality: string;
}): string {
  const number = a.houseNumber ? `${a.houseNumber}${a.flatNumber ? `/${a.flatNumber}` : ''}` : '';
  // Villages without streets are addressed by the locality and the house number.
  const place = a.street ? `ul. ${a.street} ${number}` : `${a.locality} ${number}`;
  return `${place.trim()}, ${a.postalCode} ${a.locality}`;
}

/** The town of an address kept in lines (the office's): its last line without the postal code. */
export function townOf(address: string | null): string {
  const last =
    (address ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1) ?? '';
  return last.replace(/^\d{2}-\d{3}\s+/, '').trim();
}

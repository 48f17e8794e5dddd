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

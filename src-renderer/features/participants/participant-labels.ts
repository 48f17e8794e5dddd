import type { AuditEntry } from '../../../src-main/contract/audit';

/** Polish names of the participant's fields: the form's labels and the audit trail's words. */
export const FIELD_LABELS = {
  firstName: 'Imię',
  lastName: 'Nazwisko',
  pesel: 'PESEL',
  documentNumber: 'Numer dokumentu tożsamości',
  sex: 'Płeć',
  birthDate: 'Data urodzenia',
  birthPlace: 'Miejsce urodzenia',
  address: 'Adres',
  voivodeship: 'Województwo',
  county: 'Powiat',
  commune: 'Gmina',
  locality: 'Miejscowość',
  street: 'Ulica',
  houseNumber: 'Nr domu',
  flatNumber: 'Nr lokalu',
  postalCode: 'Kod pocztowy',
  areaType: 'Obszar',
  phone: 'Telefon',
  email: 'E-mail',
  educationLevel: 'Wykształcenie',
  exclusionReasons: 'Przesłanki wykluczenia',
  unemployedSince: 'Data rejestracji w PUP jako osoba bezrobotna',
  withoutWorkSince: 'Pozostaje bez pracy od',
  officeClientSince: 'Korzysta z pomocy ośrodka od',
  socialWorkerId: 'Pracownik socjalny',
  familyMembers: 'Członkowie rodziny',
  relation: 'Pokrewieństwo',
  notes: 'Uwagi',
} as const;

export const SEX_LABELS = { K: 'Kobieta', M: 'Mężczyzna' } as const;

export const AREA_TYPE_LABELS = { urban: 'Miejski', rural: 'Wiejski' } as const;

export const AUDIT_ACTION_LABELS: Record<AuditEntry['action'], string> = {
  create: 'Utworzenie',
  update: 'Zmiana danych',
  delete: 'Usunięcie',
  view: 'Wgląd w dane',
  status: 'Zmiana statusu',
  issue: 'Wystawienie dokumentu',
  restore: 'Przywrócenie z kopii zapasowej',
  login: 'Zalogowanie',
  loginFailed: 'Nieudane logowanie',
  logout: 'Wylogowanie',
  unlock: 'Odblokowanie',
  passwordChange: 'Zmiana hasła',
  passwordReset: 'Reset hasła',
  forbidden: 'Odmowa dostępu',
  duplicate: 'Wydanie duplikatu',
  revoke: 'Unieważnienie',
};

/** "address.locality" → "Miejscowość"; unknown names are shown as they are. */
export function fieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return (FIELD_LABELS as Record<string, string>)[last] ?? path;
}

import dayjs from 'dayjs';
import type { AuditEntity, AuditSearchRow } from '../../../src-main/contract/audit';
import { AUDIT_ACTION_LABELS, FIELD_LABELS } from '../participants/participant-labels';

export { AUDIT_ACTION_LABELS };

/** "Rodzaj obiektu": what kind of record an entry is about. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  participant: 'Uczestnik',
  project: 'Projekt',
  enrolment: 'Udział w projekcie',
  staff: 'Pracownik',
  settings: 'Ustawienia ośrodka',
  instrument: 'Instrument aktywnej integracji',
  contract: 'Kontrakt socjalny',
  backup: 'Kopia zapasowa',
  account: 'Konto pracownika',
  session: 'Logowanie',
  clubEdition: 'Edycja KIS',
  clubGroup: 'Grupa KIS',
  clubModule: 'Moduł programu KIS',
  clubTrainer: 'Prowadzący zajęcia KIS',
  clubRoom: 'Sala KIS',
  clubSession: 'Zajęcia KIS',
  attendance: 'Obecność na zajęciach',
  clubCompletion: 'Zakończenie udziału w KIS',
  courseProvider: 'Organizator szkolenia',
  course: 'Kurs zawodowy',
  courseAttendance: 'Obecność na zajęciach kursu',
  courseCertificate: 'Zaświadczenie o ukończeniu kursu',
};

/**
 * Polish names of the fields the log names, beyond the participant's (the card's labels):
 * those of contracts, enrolments, projects, staff, accounts, settings and instruments, and
 * the parts of a person's data that reads name (`eligibility`, `monitoring`, `document`).
 * A dotted name is shown by its last part ("assessment.causes" → "Przyczyny…").
 */
const OTHER_FIELD_LABELS: Record<string, string> = {
  // What a read of special-category data names.
  eligibility: 'Spełnianie kryteriów udziału',
  monitoring: 'Dane do monitorowania EFS',
  assessment: 'Ocena sytuacji',
  document: 'Dokument',
  // Social contracts.
  variant: 'Wariant',
  concludedOn: 'Data zawarcia',
  concludedPlace: 'Miejsce zawarcia',
  familyParties: 'Członkowie rodziny — strony kontraktu',
  socialWorkerPhone: 'Telefon pracownika socjalnego',
  causes: 'Przyczyny trudnej sytuacji',
  resources: 'Zasoby i mocne strony',
  limitations: 'Ograniczenia i bariery',
  timeWithoutWork: 'Okres pozostawania bez pracy',
  earlierActivation: 'Wcześniejsze formy aktywizacji',
  labourOfficeReferral: 'Skierowanie z PUP',
  mainGoal: 'Cel główny',
  specificGoals: 'Cele szczegółowe',
  tasks: 'Zadania',
  personObligations: 'Zobowiązania osoby',
  officeObligations: 'Zobowiązania ośrodka',
  instrumentIds: 'Instrumenty aktywnej integracji',
  benefits: 'Planowane świadczenia',
  periodFrom: 'Początek okresu',
  periodTo: 'Koniec okresu',
  method: 'Sposób oceny',
  firstOn: 'Termin pierwszej oceny',
  everyWeeks: 'Częstotliwość oceny',
  evaluations: 'Ocena realizacji',
  number: 'Numer',
  status: 'Status',
  // Enrolments.
  participantId: 'Uczestnik',
  projectId: 'Projekt',
  enrolledOn: 'Data zgłoszenia',
  consentDataProcessing: 'Zgoda na przetwarzanie danych',
  consentDate: 'Data zgody',
  startedOn: 'Rozpoczęcie udziału',
  endedOn: 'Zakończenie udziału',
  exitSituation: 'Sytuacja po zakończeniu udziału',
  date: 'Data',
  reason: 'Powód',
  // Projects.
  title: 'Tytuł',
  programme: 'Program',
  measure: 'Działanie',
  edition: 'Edycja',
  beneficiary: 'Beneficjent',
  isEfs: 'Projekt EFS',
  startDate: 'Data rozpoczęcia',
  endDate: 'Data zakończenia',
  totalValue: 'Wartość projektu',
  euFunding: 'Dofinansowanie UE',
  ownContribution: 'Wkład własny',
  partners: 'Partnerzy',
  plannedWomen: 'Planowana liczba kobiet',
  plannedMen: 'Planowana liczba mężczyzn',
  indicators: 'Wskaźniki',
  criteria: 'Kryteria udziału',
  // Staff, accounts, sign-ins.
  role: 'Stanowisko',
  active: 'Aktywny',
  login: 'Login',
  roles: 'Role',
  password: 'Hasło',
  participantScope: 'Zakres uczestników',
  tooSoon: 'Próba przed upływem przerwy',
  // Settings and instruments.
  officeName: 'Nazwa ośrodka',
  headOfOffice: 'Kierownik ośrodka',
  idleLockMinutes: 'Blokada po bezczynności',
  actingStaffId: 'Pracownik przy komputerze',
  logoStrip: 'Pasek logotypów',
  group: 'Grupa',
  name: 'Nazwa',
};

const LABELS: Record<string, string> = { ...OTHER_FIELD_LABELS, ...FIELD_LABELS };

/** "address.locality" → "Miejscowość"; a name not known here is shown as it is. */
export function auditFieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return LABELS[last] ?? LABELS[path] ?? path;
}

/** The changed (or read) fields of an entry in Polish, each once: "Uwagi, Telefon". */
export const changedFieldsText = (fields: string[]): string =>
  [...new Set(fields.map(auditFieldLabel))].join(', ');

/** When, in the office's time, to the second: "23.11.2026 10:04:31". */
export const entryTime = (at: string): string => dayjs(at).format('DD.MM.YYYY HH:mm:ss');

/** Who acted; sign-in attempts that failed name nobody. */
export const actorText = (name: string | null): string => name ?? '—';

/**
 * "Czego dotyczy": the kind of record and its name where it has one that is not a person's
 * data — "Kontrakt socjalny KS/2026/0007", "Projekt „Aktywna integracja”"; a contract not yet
 * signed has no number ("szkic"); the person is in a column of their own.
 */
export function subjectText(row: Pick<AuditSearchRow, 'entity' | 'subject'>): string {
  const kind = AUDIT_ENTITY_LABELS[row.entity] ?? row.entity;
  if (row.entity === 'contract') return `${kind} ${row.subject ?? '(szkic)'}`;
  if (!row.subject) return kind;
  if (row.entity === 'project' || row.entity === 'enrolment') return `${kind} „${row.subject}”`;
  return `${kind}: ${row.subject}`;
}

import type { ClubSession } from '../../src-main/contract/club';
import { addDays } from '../../src-main/domain/dates';
import { clubWorld, type ClubWorld } from './club';
import { validEnrolment, validParticipant, type TestApp } from './test-app';

/** A person of the attendance tests: surname, first name, sex. */
export type Person = { lastName: string; firstName: string; sex: 'K' | 'M' };

/**
 * Surnames whose Polish order differs from the code-unit order (Ć after C, Ł after L, Ż after
 * Z): a list sorted by bytes would put Łącka after Żak.
 */
export const PEOPLE: Person[] = [
  { lastName: 'Żak', firstName: 'Anna', sex: 'K' },
  { lastName: 'Ćwik', firstName: 'Piotr', sex: 'M' },
  { lastName: 'Łącka', firstName: 'Ewa', sex: 'K' },
  { lastName: 'Cieślak', firstName: 'Jan', sex: 'M' },
  { lastName: 'Lis', firstName: 'Marek', sex: 'M' },
];

/** "Nazwisko Imię" in Polish alphabetical order, computed by the test on its own. */
export const polishOrder = (people: readonly Person[]) =>
  people.map((p) => `${p.lastName} ${p.firstName}`).sort(new Intl.Collator('pl').compare);

/**
 * New people enrolled into the project on the clock's day and made its participants (qualified,
 * then `participant`); returns their ids in the order of `people`.
 */
export async function enrolParticipants(
  app: TestApp,
  projectId: number,
  people: readonly Person[],
): Promise<number[]> {
  const today = app.clock.today();
  const ids: number[] = [];
  for (const p of people) {
    const person = await app.call('participants.create', validParticipant(p));
    const enrolment = await app.call(
      'enrolments.create',
      validEnrolment(person.id, projectId, { enrolledOn: today, consentDate: today }),
    );
    await app.call('enrolments.changeStatus', { id: enrolment.id, to: 'qualified', date: today });
    await app.call('enrolments.changeStatus', { id: enrolment.id, to: 'participant', date: today });
    ids.push(person.id);
  }
  return ids;
}

export interface AttendanceWorld extends ClubWorld {
  /** Participant ids in the order of `people`. */
  ids: number[];
  people: Person[];
  /** The planned sessions, in time order. */
  sessions: ClubSession[];
}

/**
 * The club world planned, with `people` enrolled as participants of the project and members of
 * its group for the whole cycle. The clock stays before the cycle: a test moves it to make
 * sessions held (`heldUntil`).
 */
export async function attendanceWorld(
  app: TestApp,
  people: readonly Person[] = PEOPLE,
): Promise<AttendanceWorld> {
  const w = await clubWorld(app);
  const ids = await enrolParticipants(app, w.projectId, people);
  await app.call('club.setMembers', {
    groupId: w.groupId,
    members: ids.map((participantId) => ({ participantId, joinedOn: w.start, leftOn: null })),
  });
  await app.call('club.plan', { editionId: w.editionId });
  const { sessions } = await app.call('club.sessions', { editionId: w.editionId });
  return { ...w, ids, people: [...people], sessions };
}

/** Moves the clock to the day of the `n`-th session (0-based): it and those before are held. */
export function heldUntil(app: TestApp, w: AttendanceWorld, n: number): string {
  const day = w.sessions[n]!.date;
  app.clock.set(day);
  return day;
}

/** The day after the cycle: every session is held. */
export function afterCycle(app: TestApp, w: AttendanceWorld): string {
  const day = addDays(w.sessions.at(-1)!.date, 1);
  app.clock.set(day);
  return day;
}

export const present = (participantId: number) => ({
  participantId,
  status: 'present' as const,
});
export const absent = (participantId: number) => ({ participantId, status: 'absent' as const });

import { describe, expect, it } from 'vitest';
import type { EnrolmentStatus } from '../../src-main/domain/enrolment-status';
import { enrolCandidate, useTestApp, type ParticipantOverrides } from '../support/test-app';

const app = useTestApp();

const participantOf = new Map<number, number>();

/** A new person's enrolment as a candidate on 2013-02-01; returns the enrolment id. */
async function candidate(person: ParticipantOverrides = {}): Promise<number> {
  const enrolment = await enrolCandidate(app(), person);
  participantOf.set(enrolment.id, enrolment.participantId);
  return enrolment.id;
}

const move = (id: number, to: EnrolmentStatus, date: string, reason?: string) =>
  app().call('enrolments.changeStatus', { id, to, date, reason });

/** What a refused change must leave untouched: every table, and the enrolment itself. */
async function snapshot(id: number) {
  const participantId = participantOf.get(id)!;
  const enrolments = await app().call('enrolments.forParticipant', { participantId });
  return { counts: app().counts(), enrolment: enrolments.find((e) => e.id === id) };
}

describe('enrolments.changeStatus — the allowed path', () => {
  it('goes candidate → qualified → participant → completed, recording each step', async () => {
    await app().actAs({ firstName: 'Ewa', lastName: 'Wróbel' });
    const id = await candidate();

    await move(id, 'qualified', '2013-02-10');
    const started = await move(id, 'participant', '2013-03-01');
    expect(started).toMatchObject({
      status: 'participant',
      startedOn: '2013-03-01',
      endedOn: null,
    });
    const completed = await move(id, 'completed', '2013-11-30');

    expect(completed).toMatchObject({
      status: 'completed',
      startedOn: '2013-03-01',
      endedOn: '2013-11-30',
    });
    expect(
      completed.history.map(({ fromStatus, toStatus, date, reason, actorName }) => ({
        fromStatus,
        toStatus,
        date,
        reason,
        actorName,
      })),
    ).toEqual([
      {
        fromStatus: null,
        toStatus: 'candidate',
        date: '2013-02-01',
        reason: null,
        actorName: 'Ewa Wróbel',
      },
      {
        fromStatus: 'candidate',
        toStatus: 'qualified',
        date: '2013-02-10',
        reason: null,
        actorName: 'Ewa Wróbel',
      },
      {
        fromStatus: 'qualified',
        toStatus: 'participant',
        date: '2013-03-01',
        reason: null,
        actorName: 'Ewa Wróbel',
      },
      {
        fromStatus: 'participant',
        toStatus: 'completed',
        date: '2013-11-30',
        reason: null,
        actorName: 'Ewa Wróbel',
      },
    ]);
    expect((await snapshot(id)).enrolment).toEqual(completed);
  });

  it('records a drop-out with its reason and end date', async () => {
    const id = await candidate();
    await move(id, 'qualified', '2013-02-10');
    await move(id, 'participant', '2013-03-01');

    const dropped = await move(id, 'droppedOut', '2013-05-15', '  Podjęcie zatrudnienia  ');

    expect(dropped).toMatchObject({ status: 'droppedOut', endedOn: '2013-05-15' });
    expect(dropped.history.at(-1)).toMatchObject({
      fromStatus: 'participant',
      toStatus: 'droppedOut',
      reason: 'Podjęcie zatrudnienia',
    });
  });

  it('allows a change on the same day as the previous one', async () => {
    const id = await candidate();
    expect((await move(id, 'qualified', '2013-02-01')).status).toBe('qualified');
  });

  it('takes a reserve-list candidate back to qualified', async () => {
    const id = await candidate();
    await move(id, 'reserve', '2013-02-05', 'Brak miejsc w pierwszej grupie');
    expect((await move(id, 'qualified', '2013-03-01')).status).toBe('qualified');
  });
});

describe('enrolments.changeStatus — refused changes leave everything as it was', () => {
  it('refuses candidate → completed with invalid_state listing the allowed statuses', async () => {
    const id = await candidate();
    const before = await snapshot(id);

    const error = await app().fail(
      'enrolments.changeStatus',
      { id, to: 'completed', date: '2013-03-01' },
      'invalid_state',
    );

    expect(error.message).toBe(
      'Nie można zmienić statusu z „Kandydat” na „Zakończył udział”. Dozwolone: Zakwalifikowany, Lista rezerwowa, Odrzucony',
    );
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses candidate → participant: participation starts only after qualification', async () => {
    const id = await candidate();
    const before = await snapshot(id);
    await app().fail(
      'enrolments.changeStatus',
      { id, to: 'participant', date: '2013-03-01' },
      'invalid_state',
    );
    expect(await snapshot(id)).toEqual(before);
  });

  it.each([
    ['rejected', 'qualified'],
    ['completed', 'participant'],
    ['droppedOut', 'completed'],
  ] as const)('refuses any change from the final status %s', async (final, next) => {
    const id = await candidate();
    if (final === 'rejected')
      await move(id, 'rejected', '2013-02-05', 'Niespełnione kryterium wieku');
    else {
      await move(id, 'qualified', '2013-02-05');
      await move(id, 'participant', '2013-02-10');
      await move(id, final, '2013-06-30', 'Przeprowadzka');
    }
    const before = await snapshot(id);

    const error = await app().fail(
      'enrolments.changeStatus',
      { id, to: next, date: '2013-07-01', reason: 'Pomyłka' },
      'invalid_state',
    );

    expect(error.message).toMatch(
      /^Nie można zmienić statusu z „[^”]+” na „[^”]+”\. To jest status końcowy$/,
    );
    expect(await snapshot(id)).toEqual(before);
  });

  it.each([
    ['rejected', undefined],
    ['rejected', '   '],
    ['reserve', ''],
  ] as const)('requires a reason for %s (reason %j)', async (to, reason) => {
    const id = await candidate();
    const before = await snapshot(id);

    const error = await app().fail(
      'enrolments.changeStatus',
      { id, to, date: '2013-02-05', reason },
      'invalid_input',
    );

    expect(error.issues).toEqual([
      { path: ['reason'], message: 'Podaj uzasadnienie tej zmiany statusu' },
    ]);
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a date earlier than the previous change', async () => {
    const id = await candidate();
    await move(id, 'qualified', '2013-02-10');
    const before = await snapshot(id);

    const error = await app().fail(
      'enrolments.changeStatus',
      { id, to: 'participant', date: '2013-02-09' },
      'invalid_input',
    );

    expect(error.issues).toEqual([
      {
        path: ['date'],
        message: 'Data zmiany nie może być wcześniejsza niż poprzednia zmiana statusu',
      },
    ]);
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a first change dated before the enrolment', async () => {
    const id = await candidate();
    const before = await snapshot(id);
    await app().fail(
      'enrolments.changeStatus',
      { id, to: 'qualified', date: '2013-01-31' },
      'invalid_input',
    );
    expect(await snapshot(id)).toEqual(before);
  });

  it('answers a missing enrolment with not_found', async () => {
    const before = app().counts();
    const error = await app().fail(
      'enrolments.changeStatus',
      { id: 777, to: 'qualified', date: '2013-02-10' },
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono zgłoszenia');
    expect(app().counts()).toEqual(before);
  });

  it.each([
    [{ to: 'finished', date: '2013-02-10' }, ['to'], 'Wybierz nowy status'],
    [
      { to: 'qualified', date: '10.02.2013' },
      ['date'],
      'Nieprawidłowa data (oczekiwano RRRR-MM-DD)',
    ],
    [
      { to: 'rejected', date: '2013-02-10', reason: 'x'.repeat(1001) },
      ['reason'],
      'Pole „Uzasadnienie” może mieć najwyżej 1000 znaków',
    ],
  ])('refuses %j as invalid_input', async (input, path, message) => {
    const id = await candidate();
    const before = app().counts();
    const error = await app().fail('enrolments.changeStatus', { id, ...input }, 'invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(app().counts()).toEqual(before);
  });
});

describe('enrolments.changeStatus — the start of participation', () => {
  it.each([
    // 42 years old; registered 2012-03-01. On 2013-02-01: 11 months → not long-term;
    // on 2013-03-15: more than 12 months → long-term.
    [
      'becomes long-term by the start date',
      { birthDate: '1970-06-01', unemployedSince: '2012-03-01' },
      false,
      true,
    ],
    // Born 1988-03-10, registered 2012-06-01. On 2013-02-01 aged 24: over 6 months → long-term;
    // on 2013-03-15 aged 25: the 12-month threshold applies → not long-term.
    [
      'turns 25 before the start date',
      { birthDate: '1988-03-10', unemployedSince: '2012-06-01' },
      true,
      false,
    ],
    // Registered at PUP only on 2012-12-01, but without work since 2011-06-01: the time
    // without work counts, so long-term on both days although the registration is recent.
    [
      'counts the time without work, not the registration',
      { birthDate: '1970-06-01', unemployedSince: '2012-12-01', withoutWorkSince: '2011-06-01' },
      true,
      true,
    ],
  ])(
    'sets startedOn and judges long-term unemployment on that day: %s',
    async (_case, person, atEnrolment, atStart) => {
      const id = await candidate(person);
      const enrolled = (await snapshot(id)).enrolment!;
      expect(enrolled.longTermUnemployed).toBe(atEnrolment);

      await move(id, 'qualified', '2013-02-20');
      const started = await move(id, 'participant', '2013-03-15');

      expect(started.startedOn).toBe('2013-03-15');
      expect(started.longTermUnemployed).toBe(atStart);
      expect((await snapshot(id)).enrolment).toMatchObject({
        startedOn: '2013-03-15',
        longTermUnemployed: atStart,
      });
    },
  );
});

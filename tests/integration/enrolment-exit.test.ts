import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import { enrolCandidate, useTestApp } from '../support/test-app';

const app = useTestApp();

/** A person who took part in a project of 2013 and completed it on 2013-11-30. */
async function completed() {
  const enrolment = await enrolCandidate(app());
  const move = (to: 'qualified' | 'participant' | 'completed', date: string) =>
    app().call('enrolments.changeStatus', { id: enrolment.id, to, date, reason: null });
  await move('qualified', '2013-02-10');
  await move('participant', '2013-03-01');
  await move('completed', '2013-11-30');
  return enrolment;
}

const forPerson = async (participantId: number) =>
  (await app().call('enrolments.forParticipant', { participantId }))[0]!;

describe('enrolments.recordExit — the situation on leaving (EFS+ results)', () => {
  it('keeps the results and the day, replaces them when recorded again, and logs the change', async () => {
    await app().actAs({ firstName: 'Ewa', lastName: 'Wróbel' });
    const e = await completed();
    const first = await app().call('enrolments.recordExit', {
      id: e.id,
      results: ['jobSearching', 'gainedQualification'],
      recordedOn: '2013-11-30',
    });
    expect(first.exitSituation).toEqual({
      results: ['jobSearching', 'gainedQualification'],
      recordedOn: '2013-11-30',
    });
    // Within four weeks the person found work: the record is corrected.
    await app().call('enrolments.recordExit', {
      id: e.id,
      results: ['employed'],
      recordedOn: '2013-12-20',
    });
    expect((await forPerson(e.participantId)).exitSituation).toEqual({
      results: ['employed'],
      recordedOn: '2013-12-20',
    });
    const audit = app()
      .auditRows()
      .filter((r) => r.channel === 'enrolments.recordExit');
    expect(audit.map((r) => [r.action, JSON.parse(r.changed_fields), r.actor_name])).toEqual([
      ['update', ['exitSituation'], 'Ewa Wróbel'],
      ['update', ['exitSituation'], 'Ewa Wróbel'],
    ]);
  });

  it('accepts none of the results: a person may leave with none of them', async () => {
    const e = await completed();
    const saved = await app().call('enrolments.recordExit', {
      id: e.id,
      results: [],
      recordedOn: '2013-11-30',
    });
    expect(saved.exitSituation).toEqual({ results: [], recordedOn: '2013-11-30' });
  });

  it('refuses while the person still takes part, a day before leaving or after today, and bad input — writing nothing', async () => {
    const still = await enrolCandidate(app());
    const before = app().counts();
    const notYet = await app().fail(
      'enrolments.recordExit',
      { id: still.id, results: ['employed'], recordedOn: '2013-11-30' },
      'invalid_state',
    );
    expect(notYet.message).toBe(
      'Sytuację po zakończeniu udziału wpisuje się po zakończeniu udziału w projekcie',
    );

    const e = await completed();
    const afterCompletion = app().counts();
    const early = await app().fail(
      'enrolments.recordExit',
      { id: e.id, results: ['employed'], recordedOn: '2013-11-29' },
      'invalid_input',
    );
    expect(early.issues).toEqual([
      {
        path: ['recordedOn'],
        message: 'Data nie może być wcześniejsza niż zakończenie udziału (30.11.2013)',
      },
    ]);
    const future = await app().fail(
      'enrolments.recordExit',
      { id: e.id, results: ['employed'], recordedOn: addDays(app().clock.today(), 1) },
      'invalid_input',
    );
    expect(future.issues).toEqual([
      { path: ['recordedOn'], message: 'Data nie może być z przyszłości' },
    ]);
    const twice = await app().fail(
      'enrolments.recordExit',
      { id: e.id, results: ['employed', 'employed'], recordedOn: '2013-11-30' },
      'invalid_input',
    );
    expect(twice.issues?.[0]?.message).toBe('Każdą sytuację można wybrać tylko raz');
    await app().fail(
      'enrolments.recordExit',
      { id: e.id, results: ['retired'], recordedOn: '2013-11-30' },
      'invalid_input',
    );
    await app().fail(
      'enrolments.recordExit',
      { id: 999, results: [], recordedOn: '2013-11-30' },
      'not_found',
    );
    expect((await forPerson(e.participantId)).exitSituation).toBeNull();
    expect(app().counts()).toEqual(afterCompletion);
    expect(before.enrolments).toBe(afterCompletion.enrolments! - 1);
  });
});

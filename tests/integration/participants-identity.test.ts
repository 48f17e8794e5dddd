import { describe, expect, it } from 'vitest';
import { foreigner, janKowalski as jan, useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

describe('participants.create — one person is registered once', () => {
  it('refuses a PESEL already in the register, naming the person and their id', async () => {
    const existing = await app().call('participants.create', jan());
    const before = app().counts();

    const error = await app().fail(
      'participants.create',
      { ...jan(), firstName: 'Janusz', lastName: 'Inny' },
      'conflict',
    );

    expect(error.message).toBe('Osoba z tym numerem PESEL jest już w rejestrze: Jan Kowalski');
    expect(error.details).toEqual({ existingId: existing.id });
    expect(error.issues).toEqual([{ path: ['pesel'], message: 'Ten numer ma już Jan Kowalski' }]);
    expect(app().counts()).toEqual(before);
  });

  it('refuses an identity document already in the register, however it is spaced', async () => {
    const existing = await app().call('participants.create', foreigner('FA123456'));
    const before = app().counts();

    const error = await app().fail(
      'participants.create',
      { ...foreigner('fa 123 456'), firstName: 'Iryna' },
      'conflict',
    );

    expect(error.message).toBe(
      'Osoba z tym numerem dokumentu jest już w rejestrze: Olena Kovalenko',
    );
    expect(error.details).toEqual({ existingId: existing.id });
    expect(app().counts()).toEqual(before);
  });

  it('names the document, not the PESEL, when only the document collides', async () => {
    const existing = await app().call('participants.create', foreigner('FA123456'));

    const error = await app().fail(
      'participants.create',
      validParticipant({ documentNumber: 'FA123456' }),
      'conflict',
    );

    expect(error.details).toEqual({ existingId: existing.id });
    expect(error.message).toBe(
      'Osoba z tym numerem dokumentu jest już w rejestrze: Olena Kovalenko',
    );
    expect(error.issues).toEqual([
      { path: ['documentNumber'], message: 'Ten numer ma już Olena Kovalenko' },
    ]);
  });
});

describe('participants.update — one person is registered once', () => {
  it('refuses taking over another person’s PESEL, naming that person', async () => {
    const kowalski = await app().call('participants.create', jan());
    const other = await app().call(
      'participants.create',
      validParticipant({ firstName: 'Anna', lastName: 'Lis' }),
    );

    const error = await app().fail(
      'participants.update',
      { id: other.id, participant: { ...jan(), firstName: 'Anna', lastName: 'Lis' } },
      'conflict',
    );

    expect(error.message).toBe('Osoba z tym numerem PESEL jest już w rejestrze: Jan Kowalski');
    expect(error.details).toEqual({ existingId: kowalski.id });
    expect((await app().call('participants.get', { id: other.id })).pesel).toBe(other.pesel);
  });

  it('refuses taking over another person’s document while keeping one’s own PESEL, naming that person', async () => {
    const olena = await app().call('participants.create', foreigner('FA123456'));
    const kowalski = await app().call('participants.create', jan());

    const error = await app().fail(
      'participants.update',
      { id: kowalski.id, participant: { ...jan(), documentNumber: 'FA123456' } },
      'conflict',
    );

    expect(error.details).toEqual({ existingId: olena.id });
    expect(error.message).toContain('Olena Kovalenko');
  });
});

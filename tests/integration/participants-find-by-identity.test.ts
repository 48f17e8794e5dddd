import { describe, expect, it } from 'vitest';
import { foreigner, janKowalski as jan, useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

describe('participants.findByIdentity — who already holds a number', () => {
  it('names the holder of a PESEL, and nobody for a free one', async () => {
    const kowalski = await app().call('participants.create', jan());
    await app().call('participants.create', validParticipant({ firstName: 'Anna', sex: 'K' }));

    expect(await app().call('participants.findByIdentity', { pesel: '44051401359' })).toEqual([
      { id: kowalski.id, firstName: 'Jan', lastName: 'Kowalski', matchedBy: 'pesel' },
    ]);
    // 1992-12-31, a woman: valid, held by nobody.
    expect(await app().call('participants.findByIdentity', { pesel: '92123104749' })).toEqual([]);
  });

  it('finds a document however it is spaced or cased', async () => {
    const olena = await app().call('participants.create', foreigner('FA123456'));
    expect(
      await app().call('participants.findByIdentity', { documentNumber: 'fa 123-456' }),
    ).toEqual([
      { id: olena.id, firstName: 'Olena', lastName: 'Kovalenko', matchedBy: 'documentNumber' },
    ]);
  });

  it('leaves out the person being edited', async () => {
    const kowalski = await app().call('participants.create', jan());
    expect(
      await app().call('participants.findByIdentity', {
        pesel: '44051401359',
        exceptId: kowalski.id,
      }),
    ).toEqual([]);
    expect(
      await app().call('participants.findByIdentity', {
        pesel: '44051401359',
        exceptId: kowalski.id + 1,
      }),
    ).toHaveLength(1);
  });

  it('names both holders when the PESEL and the document belong to two people', async () => {
    const kowalski = await app().call('participants.create', jan());
    const olena = await app().call('participants.create', foreigner('FA123456'));
    const found = await app().call('participants.findByIdentity', {
      pesel: '44051401359',
      documentNumber: 'FA123456',
    });
    expect(found.map((h) => [h.id, h.matchedBy]).sort()).toEqual(
      [
        [kowalski.id, 'pesel'],
        [olena.id, 'documentNumber'],
      ].sort(),
    );
  });

  it('writes nothing, not even a view in the audit log', async () => {
    await app().call('participants.create', jan());
    const before = app().counts();
    await app().call('participants.findByIdentity', { pesel: '44051401359' });
    expect(app().counts()).toEqual(before);
  });

  it('refuses an invalid PESEL, an empty question and unknown keys, writing nothing', async () => {
    await app().call('participants.create', jan());
    const before = app().counts();

    const wrong = await app().fail(
      'participants.findByIdentity',
      { pesel: '44051401358' },
      'invalid_input',
    );
    expect(wrong.issues).toEqual([
      { path: ['pesel'], message: 'Nieprawidłowa cyfra kontrolna numeru PESEL' },
    ]);
    const empty = await app().fail(
      'participants.findByIdentity',
      { pesel: '', documentNumber: ' ' },
      'invalid_input',
    );
    expect(empty.issues).toEqual([
      { path: ['pesel'], message: 'Podaj numer PESEL albo numer dokumentu' },
    ]);
    const long = await app().fail(
      'participants.findByIdentity',
      { documentNumber: 'A'.repeat(21) },
      'invalid_input',
    );
    expect(long.issues!.map((i) => i.path)).toEqual([['documentNumber']]);
    await app().fail(
      'participants.findByIdentity',
      { pesel: '44051401359', name: 'Kowalski' },
      'invalid_input',
    );
    await app().fail(
      'participants.findByIdentity',
      { pesel: '44051401359', exceptId: 0 },
      'invalid_input',
    );
    expect(app().counts()).toEqual(before);
  });
});

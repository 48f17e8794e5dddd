import { describe, expect, it } from 'vitest';
import {
  contractWorld,
  createDraft,
  createSigned,
  issued,
  KIS,
  seedInstruments,
  TRENING,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

const groupsOf = (list: { group: string }[]) =>
  list.reduce<Record<string, number>>((n, i) => ({ ...n, [i.group]: (n[i.group] ?? 0) + 1 }), {});

describe('instruments.list', () => {
  it('is empty before the catalogue is seeded, and seeding twice adds nothing', async () => {
    expect(await app().call('instruments.list')).toEqual([]);
    await seedInstruments(app());
    await seedInstruments(app());
    expect(app().count('instruments')).toBe(18);
  });

  it('lists the usual catalogue in the four groups, all active', async () => {
    await seedInstruments(app());
    const list = await app().call('instruments.list');
    expect(groupsOf(list)).toEqual({ social: 6, educational: 3, health: 3, vocational: 6 });
    expect(list.every((i) => i.active)).toBe(true);
    expect(list.filter((i) => i.group === 'health').map((i) => i.name)).toEqual([
      'Terapia uzależnień',
      'Rehabilitacja',
      'Program terapeutyczny / psychoterapia',
    ]);
    expect(list.map((i) => i.name)).toEqual(
      expect.arrayContaining([KIS, 'Prace społecznie użyteczne']),
    );
  });

  it('refuses an input that is not the flag', async () => {
    await app().fail('instruments.list', { includeInactive: 'tak' }, 'invalid_input');
  });
});

describe('instruments.create and instruments.update', () => {
  it('adds an instrument to the catalogue and audits it', async () => {
    await seedInstruments(app());
    await app().actAs();
    const created = await app().call('instruments.create', {
      group: 'health',
      name: '  Terapia dla osób współuzależnionych ',
    });
    expect(created).toEqual({
      id: 19,
      group: 'health',
      name: 'Terapia dla osób współuzależnionych',
      active: true,
    });
    expect(await app().call('instruments.list')).toContainEqual(created);
    const {
      rows: [entry],
    } = await app().call('audit.forEntity', { entity: 'instrument', entityId: 19 });
    expect(entry).toMatchObject({
      channel: 'instruments.create',
      action: 'create',
      actorName: 'Anna Nowak',
      changedFields: ['group', 'name', 'active'],
    });
  });

  it('deactivates: gone from the picker, still named by the contracts that have it', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const id = w.instrument(TRENING);

    const updated = await app().call('instruments.update', {
      id,
      group: 'social',
      name: TRENING,
      active: false,
    });
    expect(updated).toEqual({ id, group: 'social', name: TRENING, active: false });
    expect((await app().call('instruments.list')).map((i) => i.id)).not.toContain(id);
    expect(await app().call('instruments.list', { includeInactive: true })).toContainEqual(updated);
    const {
      rows: [entry],
    } = await app().call('audit.forEntity', { entity: 'instrument', entityId: id });
    expect(entry).toMatchObject({ action: 'update', changedFields: ['active'] });

    const contract = await app().call('contracts.get', { id: signed.id });
    expect(contract.instruments).toContainEqual({
      id,
      group: 'social',
      name: TRENING,
      active: false,
    });
    expect(contract.rule.satisfied).toBe(true);
    const printed = await issued(app(), signed.documentId, 'contract');
    expect(printed.data.instruments.map((i) => i.name)).toContain(TRENING);
  });

  it('moves an instrument to another group, and the EFS rule of a draft follows it', async () => {
    const w = await contractWorld(app());
    const works = w.instrument('Prace społecznie użyteczne');
    const draft = await createDraft(app(), w, {
      instrumentIds: [
        works,
        w.instrument('Kurs zawodowy'),
        w.instrument('Staż / praktyka zawodowa'),
      ],
    });
    expect(draft.rule.satisfied).toBe(false);
    await app().call('instruments.update', {
      id: works,
      group: 'social',
      name: 'Prace społecznie użyteczne',
      active: true,
    });
    expect((await app().call('contracts.get', { id: draft.id })).rule).toEqual({
      applies: true,
      satisfied: true,
      problems: [],
    });
  });

  it('refuses an empty name, an unknown group or unknown keys, writing nothing', async () => {
    await seedInstruments(app());
    const before = app().counts();
    const empty = await app().fail(
      'instruments.create',
      { group: 'social', name: '  ' },
      'invalid_input',
    );
    expect(empty.issues).toEqual([
      { path: ['name'], message: 'Pole „Nazwa instrumentu” jest wymagane' },
    ]);
    const group = await app().fail(
      'instruments.create',
      { group: 'sport', name: 'Piłka nożna' },
      'invalid_input',
    );
    expect(group.issues).toEqual([{ path: ['group'], message: 'Wybierz grupę instrumentów' }]);
    const long = await app().fail(
      'instruments.create',
      { group: 'social', name: 'x'.repeat(201) },
      'invalid_input',
    );
    expect(long.issues).toEqual([
      { path: ['name'], message: 'Pole „Nazwa instrumentu” może mieć najwyżej 200 znaków' },
    ]);
    await app().fail(
      'instruments.update',
      { id: 1, group: 'social', name: KIS, active: true, deleted: true },
      'invalid_input',
    );
    expect(app().counts()).toEqual(before);
  });

  it('answers not_found for an instrument that does not exist', async () => {
    await seedInstruments(app());
    const before = app().counts();
    const error = await app().fail(
      'instruments.update',
      { id: 999, group: 'social', name: 'Nowy', active: true },
      'not_found',
    );
    expect(error.message).toBe('Nie znaleziono instrumentu');
    expect(app().counts()).toEqual(before);
  });
});

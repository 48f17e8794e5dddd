import { describe, expect, it } from 'vitest';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

/**
 * A person with `changes` entries of changes (the creation and then updates of the notes) and
 * `views` openings of their card, the views written after each change in turn.
 */
async function personWithHistory(changes: number, views: number) {
  const input = validParticipant();
  const { id } = await app().call('participants.create', input);
  let viewed = 0;
  for (let i = 1; i < changes || viewed < views; i++) {
    if (i < changes)
      await app().call('participants.update', {
        id,
        participant: { ...input, notes: `Uwagi ${i}` },
      });
    if (viewed < views) {
      await app().call('participants.get', { id });
      viewed += 1;
    }
  }
  const ids = (views: boolean) =>
    app()
      .handle.sqlite.prepare(
        `SELECT id FROM audit_log WHERE entity = 'participant' AND entity_id = ?
           AND action ${views ? '=' : '<>'} 'view' ORDER BY id DESC`,
      )
      .pluck()
      .all(id) as number[];
  return { id, changeIds: ids(false), viewIds: ids(true) };
}

const history = (entityId: number, extra: object = {}) =>
  app().call('audit.forEntity', { entity: 'participant', entityId, ...extra });

describe("audit.forEntity: the card's history, paged and filtered in the core", () => {
  it('leaves the views out by default and gives them on request, newest first', async () => {
    const { id, changeIds, viewIds } = await personWithHistory(3, 5);
    expect(changeIds).toHaveLength(3);
    expect(viewIds).toHaveLength(5);

    const changes = await history(id);
    expect(changes.total).toBe(3);
    expect(changes.rows.map((r) => r.id)).toEqual(changeIds);
    expect(changes.rows.map((r) => r.action)).toEqual(['update', 'update', 'create']);

    const all = await history(id, { includeViews: true });
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => r.id)).toEqual([...changeIds, ...viewIds].sort((a, b) => b - a));
    expect(all.rows.filter((r) => r.action === 'view')).toHaveLength(5);
    expect(all.rows[0]).toMatchObject({
      action: 'view',
      channel: 'participants.get',
      entity: 'participant',
      entityId: id,
      actorName: 'Tester Testowy',
    });

    // Explicitly without views: the same as the default.
    expect(await history(id, { includeViews: false })).toEqual(changes);
  });

  it('pages: the right rows and total on each page, none twice, an empty page beyond the end', async () => {
    const { id, changeIds, viewIds } = await personWithHistory(25, 12);

    const pages = [1, 2, 3].map((page) => history(id, { page, pageSize: 10 }));
    const [p1, p2, p3] = await Promise.all(pages);
    expect([p1!.total, p2!.total, p3!.total]).toEqual([25, 25, 25]);
    expect([p1!.rows.length, p2!.rows.length, p3!.rows.length]).toEqual([10, 10, 5]);
    expect([...p1!.rows, ...p2!.rows, ...p3!.rows].map((r) => r.id)).toEqual(changeIds);

    expect(await history(id, { page: 4, pageSize: 10 })).toEqual({ rows: [], total: 25 });
    expect(await history(id, { page: 1_000_000, pageSize: 100 })).toEqual({ rows: [], total: 25 });

    // With the views: 37 entries, the last page of 20 holds the oldest 17.
    const everything = [...changeIds, ...viewIds].sort((a, b) => b - a);
    const second = await history(id, { page: 2, pageSize: 20, includeViews: true });
    expect(second.total).toBe(37);
    expect(second.rows.map((r) => r.id)).toEqual(everything.slice(20));

    // The default page is the first 20, and the whole history fits one page of 100.
    expect((await history(id)).rows.map((r) => r.id)).toEqual(changeIds.slice(0, 20));
    expect((await history(id, { pageSize: 100 })).rows).toHaveLength(25);
  });

  it('is only about the record asked for', async () => {
    const first = await personWithHistory(2, 2);
    const other = await personWithHistory(3, 1);
    expect((await history(first.id, { includeViews: true })).rows.map((r) => r.id)).toEqual(
      [...first.changeIds, ...first.viewIds].sort((a, b) => b - a),
    );
    expect((await history(other.id)).total).toBe(3);
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize', 'Co najmniej 1 wpis na stronę'],
    [{ pageSize: 10_000 }, 'pageSize', 'Najwyżej 100 wpisów na stronę'],
    [{ pageSize: 101 }, 'pageSize', 'Najwyżej 100 wpisów na stronę'],
    [{ pageSize: 2.5 }, 'pageSize', 'Nieprawidłowa liczba wpisów na stronę'],
    [{ page: -1 }, 'page', 'Nieprawidłowy numer strony'],
    [{ page: 0 }, 'page', 'Nieprawidłowy numer strony'],
    [{ page: 1_000_001 }, 'page', 'Nieprawidłowy numer strony'],
    [{ page: '2' }, 'page', 'Nieprawidłowy numer strony'],
    [{ includeViews: 'tak' }, 'includeViews', 'Nieprawidłowa wartość: oczekiwano — tak albo nie'],
    [{ since: 1 }, '', 'Nieznane pole „since”'],
  ])('refuses %j with a Polish message, and changes nothing', async (extra, field, message) => {
    const { id } = await personWithHistory(2, 1);
    const before = app().auditRows();
    const counts = app().counts();

    const error = await app().fail(
      'audit.forEntity',
      { entity: 'participant', entityId: id, ...extra },
      'invalid_input',
    );

    expect(error.message).toBe('Popraw zaznaczone pola');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: field ? [field] : [], message }),
    ]);
    expect(app().auditRows()).toEqual(before);
    expect(app().counts()).toEqual(counts);
  });
});

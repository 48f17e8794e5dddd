import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { CHANGE_DELAY_MS, watchChanges } from '../../../src-renderer/api/changes';
import { ApiError, createApiClient, errorMessage } from '../../../src-renderer/api/client';
import { latest, whileSaving } from '../../../src-renderer/api/latest';
import { createFakeTransport, deferred } from '../../support/fake-transport';

describe('latest request wins', () => {
  it('never lets an older answer overwrite a newer one', async () => {
    const reads = latest();
    const older = deferred<string>();
    const newer = deferred<string>();
    const shown: string[] = [];
    const first = reads.run(
      () => older.promise,
      (a) => shown.push(a),
      vi.fn(),
    );
    const second = reads.run(
      () => newer.promise,
      (a) => shown.push(a),
      vi.fn(),
    );
    newer.resolve('nowsza');
    await second;
    older.resolve('starsza');
    await first;
    expect(shown).toEqual(['nowsza']);
  });

  it('applies each answer that is still the latest when it comes', async () => {
    const reads = latest();
    const shown: string[] = [];
    await reads.run(
      async () => 'pierwsza',
      (a) => shown.push(a),
      vi.fn(),
    );
    await reads.run(
      async () => 'druga',
      (a) => shown.push(a),
      vi.fn(),
    );
    expect(shown).toEqual(['pierwsza', 'druga']);
  });

  it('drops an older failure too, and reports the latest one in words', async () => {
    const reads = latest();
    const older = deferred<string>();
    const failed: string[] = [];
    const first = reads.run(
      () => older.promise,
      vi.fn(),
      (m) => failed.push(m),
    );
    await reads.run(
      () => Promise.reject(new ApiError({ code: 'internal', message: 'Wystąpił błąd programu' })),
      vi.fn(),
      (m) => failed.push(m),
    );
    older.reject(new Error('stara odpowiedź'));
    await first;
    expect(failed).toEqual(['Wystąpił błąd programu']);
  });

  it('drops answers still on their way once a write superseded them', async () => {
    const reads = latest();
    const slow = deferred<string>();
    const apply = vi.fn();
    const loading = reads.run(() => slow.promise, apply, vi.fn());
    reads.supersede();
    slow.resolve('sprzed zapisu');
    await loading;
    expect(apply).not.toHaveBeenCalled();
  });

  it('asks at once, in the order the requests were made', () => {
    const reads = latest();
    const asked: string[] = [];
    void reads.run(async () => asked.push('a'), vi.fn(), vi.fn());
    void reads.run(async () => asked.push('b'), vi.fn(), vi.fn());
    expect(asked).toEqual(['a', 'b']);
  });
});

describe('a store write', () => {
  it('is saving while it runs, and rethrows the failure untouched', async () => {
    const states: boolean[] = [];
    const set = ({ saving }: { saving: boolean }) => void states.push(saving);
    await expect(whileSaving(set, async () => 7)).resolves.toBe(7);
    const refusal = new ApiError({ code: 'invalid_input', message: 'Popraw zaznaczone pola' });
    await expect(whileSaving(set, () => Promise.reject(refusal))).rejects.toBe(refusal);
    expect(states).toEqual([true, false, true, false]);
  });
});

describe('the error message', () => {
  it('is the core’s message, or for a refused input its reasons', () => {
    expect(errorMessage(new ApiError({ code: 'not_found', message: 'Nie znaleziono' }))).toBe(
      'Nie znaleziono',
    );
    expect(
      errorMessage(
        new ApiError({
          code: 'invalid_input',
          message: 'Popraw zaznaczone pola',
          issues: [
            { path: ['to'], message: 'Koniec okresu nie może być przed początkiem.' },
            { path: ['from'], message: 'Podaj datę.' },
          ],
        }),
      ),
    ).toBe('Koniec okresu nie może być przed początkiem. Podaj datę.');
    expect(errorMessage(new Error('Brak połączenia'))).toBe('Brak połączenia');
    expect(errorMessage('tekst')).toBe('tekst');
  });
});

describe('watching what other windows change', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes once per burst, only for the kinds watched, and stops when told', async () => {
    vi.useFakeTimers();
    const transport = createFakeTransport();
    const refresh = vi.fn();
    const stop = watchChanges(createApiClient(transport), ['contracts', 'enrolments'], refresh);
    transport.emit('db.changed', { entity: 'contracts' });
    transport.emit('db.changed', { entity: 'enrolments' });
    transport.emit('db.changed', { entity: 'contracts' });
    transport.emit('db.changed', { entity: 'settings' });
    transport.emit('db.changed', { data: 'not a change' });
    transport.emit('session.locked', null);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
    transport.emit('db.changed', { entity: 'settings' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
    transport.emit('db.changed', { entity: 'enrolments' });
    stop(); // a pending refresh is dropped with the screen
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    transport.emit('db.changed', { entity: 'contracts' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('is what the core’s own AppError becomes on the way: the Polish message', async () => {
    const transport = createFakeTransport({
      'projects.list': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    const failed: string[] = [];
    await latest().run(
      () => createApiClient(transport).call('projects.list', {}),
      vi.fn(),
      (m) => failed.push(m),
    );
    expect(failed).toEqual(['Wystąpił błąd programu']);
  });
});

describe('the client’s events', () => {
  it('listens on the transport once per event, however many screens watch it', () => {
    const transport = createFakeTransport();
    const on = vi.spyOn(transport, 'on');
    const api = createApiClient(transport);
    const heard: string[] = [];
    const first = api.on('db.changed', () => heard.push('first'));
    const second = api.on('db.changed', () => heard.push('second'));
    api.on('session.locked', () => heard.push('locked'));
    expect(on).toHaveBeenCalledTimes(2);
    transport.emit('db.changed', { entity: 'projects' });
    expect(heard).toEqual(['first', 'second']);
    first();
    first();
    transport.emit('db.changed', { entity: 'projects' });
    expect(heard).toEqual(['first', 'second', 'second']);
    second();
    transport.emit('db.changed', { entity: 'projects' });
    expect(heard).toHaveLength(3);
    api.on('db.changed', () => heard.push('again'));
    expect(on).toHaveBeenCalledTimes(3);
    transport.emit('db.changed', { entity: 'projects' });
    expect(heard.at(-1)).toBe('again');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_ACCESS, CHANNEL_PERMISSION, CHANNELS } from '../../src-main/contract';
import { useTestApp, validProject } from '../support/test-app';

const app = useTestApp();

/**
 * The channels named, as a string literal, as the first argument of `call`, `fail` or
 * `dispatch` anywhere in this tier (its test files and the case tables beside them). It is a
 * plain text scan, so it proves only that some test sends the channel through the dispatcher
 * by name, not how well the channel is tested; calls made through a variable (the fuzz test
 * sends every channel hostile input that way) do not count.
 */
function channelsCalledByTests(): Set<string> {
  const dir = import.meta.dirname;
  const called = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, channel] of text.matchAll(/\.(?:call|fail|dispatch)\(\s*'([^']+)'/g))
      called.add(channel!);
  }
  return called;
}

describe('the contract', () => {
  it('has every channel called by name in the integration tests', () => {
    const called = channelsCalledByTests();
    expect(CHANNELS.length).toBeGreaterThan(0);
    expect(CHANNELS.filter((channel) => !called.has(channel))).toEqual([]);
  });

  it('declares access and permission for exactly its channels (checked at run time too)', () => {
    const channels = [...CHANNELS].sort();
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual(channels);
    expect(Object.keys(CHANNEL_PERMISSION).sort()).toEqual(channels);
  });
});

describe('dispatcher', () => {
  it('answers an unknown channel with unknown_channel and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('participants.delete', { id: 1 }, 'unknown_channel');
    expect(error.message).toBe('Nieznany kanał: participants.delete');
    expect(app().counts()).toEqual(before);
  });

  it('does not treat inherited object keys as channels', async () => {
    await app().fail('constructor', {}, 'unknown_channel');
    await app().fail('__proto__', {}, 'unknown_channel');
  });

  it('answers invalid input with a Polish summary and per-field issues', async () => {
    const error = await app().fail('projects.get', { id: 'abc' }, 'invalid_input');
    expect(error.message).toBe('Popraw zaznaczone pola');
    expect(error.issues).toHaveLength(1);
    expect(error.issues![0]!.path).toEqual(['id']);
    expect(error.issues![0]!.message).toBe('Nieprawidłowy identyfikator');
  });

  it('refuses keys a strict input does not know', async () => {
    const error = await app().fail('projects.get', { id: 1, admin: true }, 'invalid_input');
    expect(error.issues!.length).toBeGreaterThan(0);
  });

  it('turns an unexpected failure into internal with a generic Polish message and no stack', async () => {
    await app().call('projects.create', validProject());
    app().handle.close();

    const error = await app().fail('projects.list', undefined, 'internal');

    expect(error.message).toBe('Wystąpił nieoczekiwany błąd. Spróbuj ponownie.');
    expect(error.message).not.toMatch(/\n|\bat\b|Error|database|sqlite|\.ts/i);
    expect(error).not.toHaveProperty('issues');
    expect(error).not.toHaveProperty('stack');
    expect(app().loggedErrors).toHaveLength(1);
  });

  it('keeps a write on a closed database internal as well, not conflict or invalid_input', async () => {
    app().handle.close();
    const error = await app().fail('projects.create', validProject(), 'internal');
    expect(error.message).toBe('Wystąpił nieoczekiwany błąd. Spróbuj ponownie.');
  });
});

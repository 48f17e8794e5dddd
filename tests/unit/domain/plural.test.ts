import { describe, expect, it } from 'vitest';
import { plural } from '../../../src-main/domain/plural';

describe('plural', () => {
  it.each([
    [0, 'lat'],
    [1, 'rok'],
    [2, 'lata'],
    [4, 'lata'],
    [5, 'lat'],
    [11, 'lat'],
    [12, 'lat'],
    [13, 'lat'],
    [14, 'lat'],
    [21, 'lat'],
    [22, 'lata'],
    [24, 'lata'],
    [25, 'lat'],
    [101, 'lat'],
    [102, 'lata'],
    [112, 'lat'],
    [1000, 'lat'],
    [-2, 'lata'],
  ])('%i %s', (n, expected) => {
    expect(plural(n, 'rok', 'lata', 'lat')).toBe(expected);
  });

  it.each([
    [1, 'złoty'],
    [3, 'złote'],
    [13, 'złotych'],
    [33, 'złote'],
    [35, 'złotych'],
  ])('%i %s', (n, expected) => {
    expect(plural(n, 'złoty', 'złote', 'złotych')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src-renderer/ui/contrast';
import { TONES } from '../../../src-renderer/ui/tones';
import {
  ALERT_TONES,
  STATUS_TONES,
} from '../../../src-renderer/features/contracts/contract-labels';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
    ['#767676', '#ffffff', 4.54], // the lightest grey that passes AA on white
    ['#d48806', '#fffbe6', 2.76], // antd's gold tag, too faint
  ])('%s on %s → %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(RangeError);
  });
});

describe('TONES', () => {
  it.each(Object.entries(TONES))('%s text keeps 4.5:1 on its ground', (_, tone) => {
    expect(contrastRatio(tone.text, tone.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(TONES))('%s border (the text colour) stands out on white', (_, tone) => {
    expect(contrastRatio(tone.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('is used for every contract status and alert', () => {
    for (const tone of [...Object.values(STATUS_TONES), ...Object.values(ALERT_TONES)])
      expect(Object.keys(TONES)).toContain(tone);
  });
});

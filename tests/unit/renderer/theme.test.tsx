import { describe, expect, it } from 'vitest';
import { buildTheme } from '../../../src-renderer/app/theme';

describe('buildTheme', () => {
  it('turns animations off for people who asked the system to reduce motion', () => {
    const appearance = { fontScale: 'normal', highContrast: false } as const;
    expect(buildTheme(appearance, true).token?.motion).toBe(false);
    expect(buildTheme(appearance, false).token?.motion).toBe(true);
  });

  it('sets the text size of A++', () => {
    expect(buildTheme({ fontScale: 'larger', highContrast: false }, false).token?.fontSize).toBe(
      18,
    );
  });

  it.each([
    ['normal', 12],
    ['large', 14],
    ['larger', 16],
  ] as const)('grows the status tags with the text: %s → %i px', (fontScale, px) => {
    for (const highContrast of [false, true])
      expect(buildTheme({ fontScale, highContrast }, false).components?.Tag?.fontSizeSM).toBe(px);
  });
});

import { describe, expect, it } from 'vitest';
import { FastColor } from '@ant-design/fast-color';
import { theme } from 'antd';
import { buildTheme } from '../../../src-renderer/app/theme';
import { contrastRatio } from '../../../src-renderer/ui/contrast';

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

/** antd gives some tokens as rgba over the page: the colour a person sees on `background`. */
function seen(color: string, background: string): string {
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color.replace(/ /g, ''));
  if (!rgba) return new FastColor(color).toHexString();
  const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
  const under = new FastColor(background);
  const mix = (c: string, b: number) => Math.round(Number(c) * alpha + b * (1 - alpha));
  return new FastColor({
    r: mix(rgba[1]!, under.r),
    g: mix(rgba[2]!, under.g),
    b: mix(rgba[3]!, under.b),
  }).toHexString();
}

describe.each([false, true])('the theme’s colours (high contrast: %s)', (highContrast) => {
  const token = theme.getDesignToken(buildTheme({ fontScale: 'normal', highContrast }, false));
  const grounds = {
    container: token.colorBgContainer,
    layout: token.colorBgLayout,
    // sorted columns, table headers, inactive tabs
    fillAlter: seen(token.colorFillAlter, token.colorBgContainer),
    fillTertiary: seen(token.colorFillTertiary, token.colorBgContainer),
    // the selected menu item and info alerts
    primaryBg: token.colorPrimaryBg,
  };
  const texts = {
    colorText: token.colorText,
    colorTextSecondary: token.colorTextSecondary,
    colorTextTertiary: token.colorTextTertiary,
    colorTextDescription: token.colorTextDescription,
    colorTextPlaceholder: token.colorTextPlaceholder,
    colorLink: token.colorLink,
    colorPrimary: token.colorPrimary,
    colorError: token.colorError,
    colorSuccess: token.colorSuccess,
    colorWarning: token.colorWarning,
  };

  it.each(Object.entries(texts))('%s reads at 4.5:1 on every ground', (_name, text) => {
    for (const [ground, bg] of Object.entries(grounds))
      expect(
        contrastRatio(seen(text, bg), seen(bg, '#ffffff')),
        `on ${ground} ${bg}`,
      ).toBeGreaterThanOrEqual(4.5);
  });

  it('puts white text on primary and danger buttons at 4.5:1', () => {
    expect(contrastRatio('#ffffff', token.colorPrimary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', token.colorError)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    'colorPrimaryHover',
    'colorPrimaryActive',
    'colorPrimaryTextHover',
    'colorPrimaryTextActive',
    'colorLinkHover',
    'colorLinkActive',
    'colorErrorHover',
    'colorErrorActive',
  ] as const)('keeps %s at 4.5:1 under the mouse: as text on white, under white text', (name) => {
    expect(contrastRatio(token[name], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws focus rings at 3:1 against the page', () => {
    expect(contrastRatio(token.colorPrimaryBorder, token.colorBgContainer)).toBeGreaterThanOrEqual(
      3,
    );
  });
});

import { useCallback, useState } from 'react';
import type { ThemeConfig } from 'antd';

/** Text size steps offered as A / A+ / A++ in the header. */
export const FONT_SCALES = ['normal', 'large', 'larger'] as const;
export type FontScale = (typeof FONT_SCALES)[number];

/**
 * `ariaLabel` starts with the visible text, so a voice-control user saying "A plus" presses
 * the button (WCAG 2.5.3 label in name). `menuWidth`: the side menu, wide enough for
 * "Kontrakty socjalne" in that text size.
 */
export const FONT_SCALE_OPTIONS: Record<
  FontScale,
  { fontSize: number; label: string; ariaLabel: string; menuWidth: number }
> = {
  normal: { fontSize: 14, label: 'A', ariaLabel: 'A — czcionka normalna', menuWidth: 210 },
  large: { fontSize: 16, label: 'A+', ariaLabel: 'A+ — czcionka duża', menuWidth: 225 },
  larger: { fontSize: 18, label: 'A++', ariaLabel: 'A++ — czcionka bardzo duża', menuWidth: 240 },
};

export interface Appearance {
  fontScale: FontScale;
  highContrast: boolean;
}

const STORAGE_KEY = 'aktywator.appearance';
const DEFAULT_APPEARANCE: Appearance = { fontScale: 'normal', highContrast: false };

/** Reads the remembered appearance; anything unreadable falls back to the defaults. */
export function loadAppearance(storage: Storage): Appearance {
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Partial<Appearance>;
    return {
      fontScale: FONT_SCALES.includes(raw.fontScale as FontScale)
        ? (raw.fontScale as FontScale)
        : 'normal',
      highContrast: raw.highContrast === true,
    };
  } catch {
    return DEFAULT_APPEARANCE;
  }
}

export function saveAppearance(storage: Storage, appearance: Appearance): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(appearance));
}

const HIGH_CONTRAST_PRIMARY = '#002a80';

/**
 * antd's defaults put text below WCAG AA's 4.5:1: the primary blue under white text (4.1:1),
 * grey secondary text (3.4:1), placeholders and empty-table text (1.8:1), the red of danger
 * buttons (3.3:1) and the green of success text (2.3:1). These are the darker shades of the
 * same families (antd's own palette, one step or two down), each at least 4.5:1 on white and
 * on the pale greys and blues antd paints behind sorted columns, tabs and selected items
 * (a unit test computes every pair from antd's derived tokens).
 */
const defaultToken: ThemeConfig['token'] = {
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorTextTertiary: '#666666',
  colorTextDescription: '#666666',
  colorTextPlaceholder: '#6b6b6b',
  colorTextQuaternary: '#6b6b6b',
  colorError: '#cf1322',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  // antd draws focus rings and input outlines in this colour: its light default is 1.7:1.
  colorPrimaryBorder: '#0958d9',
  controlOutline: 'rgba(9, 88, 217, 0.35)',
  // Under the mouse antd lightens the blue (button text 4.2:1, link text 2.8:1, white on a
  // hovered primary button 4.2:1); here it darkens instead, a step at hover and one more
  // when pressed.
  colorPrimaryHover: '#003eb3',
  colorPrimaryTextHover: '#003eb3',
  colorLinkHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorPrimaryTextActive: '#002c8c',
  colorLinkActive: '#002c8c',
};

/**
 * High contrast is a light theme tightened for weak eyesight and old office monitors:
 * black text on white, black borders twice as thick, a dark-blue primary colour and a
 * wide focus ring, so keyboard users always see where they are.
 */
const highContrastToken: ThemeConfig['token'] = {
  colorPrimary: HIGH_CONTRAST_PRIMARY,
  colorLink: HIGH_CONTRAST_PRIMARY,
  colorText: '#000000',
  colorTextSecondary: '#000000',
  colorTextTertiary: '#1a1a1a',
  colorTextDescription: '#1a1a1a',
  colorTextPlaceholder: '#595959',
  colorTextDisabled: '#333333',
  colorBgContainerDisabled: '#ececec',
  colorBorder: '#000000',
  colorBorderSecondary: '#333333',
  colorSplit: '#333333',
  colorError: '#a8071a',
  colorSuccess: '#135200',
  colorWarning: '#7a3e00',
  // antd derives a mid grey-blue (#acb6bf) from the dark primary, too dark under text.
  colorPrimaryBg: '#e6ecf7',
  colorBgLayout: '#ffffff',
  lineWidth: 2,
  lineWidthFocus: 4,
  controlOutlineWidth: 4,
  controlOutline: 'rgba(0, 42, 128, 0.55)',
  colorPrimaryBorder: HIGH_CONTRAST_PRIMARY,
};

/** The system's "reduce motion" setting (Windows: Ustawienia → Ułatwienia dostępu → Efekty animacji). */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  );
}

export function buildTheme(
  appearance: Appearance,
  reducedMotion = prefersReducedMotion(),
): ThemeConfig {
  const fontSize = FONT_SCALE_OPTIONS[appearance.fontScale].fontSize;
  return {
    token: {
      fontSize,
      // A link inside a sentence must differ from it by more than colour (WCAG 1.4.1).
      linkDecoration: 'underline',
      // The screen's <h1> keeps the size antd gives an <h2> (30 px at 14 px text).
      fontSizeHeading1: Math.round((fontSize * 30) / 14),
      // Dialogs and menus appear at once for people who turned animations off.
      motion: !reducedMotion,
      ...(appearance.highContrast ? highContrastToken : defaultToken),
    },
    components: {
      Layout: appearance.highContrast
        ? { headerBg: '#000000', siderBg: '#ffffff', bodyBg: '#ffffff' }
        : { headerBg: '#10284e' },
      Button: appearance.highContrast ? { primaryShadow: 'none', defaultShadow: 'none' } : {},
      // antd's small text barely grows (12 → 14 px at A++); status tags keep 7/8 of the text.
      Tag: { fontSizeSM: Math.round(fontSize * 0.875) },
      Menu: appearance.highContrast
        ? {
            itemSelectedBg: HIGH_CONTRAST_PRIMARY,
            itemSelectedColor: '#ffffff',
            itemColor: '#000000',
          }
        : {},
    },
  };
}

/** The appearance, remembered in localStorage so each workstation keeps its choice. */
export function useAppearance(storage: Storage = window.localStorage) {
  const [appearance, setState] = useState(() => loadAppearance(storage));
  const update = useCallback(
    (patch: Partial<Appearance>) =>
      setState((prev) => {
        const next = { ...prev, ...patch };
        saveAppearance(storage, next);
        return next;
      }),
    [storage],
  );
  return [appearance, update] as const;
}

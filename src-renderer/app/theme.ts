import { useCallback, useState } from 'react';
import type { ThemeConfig } from 'antd';

/** Text size steps offered as A / A+ / A++ in the header. */
export const FONT_SCALES = ['normal', 'large', 'larger'] as const;
export type FontScale = (typeof FONT_SCALES)[number];

/** `menuWidth`: the side menu, wide enough for "Kontrakty socjalne" in that text size. */
export const FONT_SCALE_OPTIONS: Record<
  FontScale,
  { fontSize: number; label: string; ariaLabel: string; menuWidth: number }
> = {
  normal: { fontSize: 14, label: 'A', ariaLabel: 'Rozmiar czcionki normalny', menuWidth: 210 },
  large: { fontSize: 16, label: 'A+', ariaLabel: 'Rozmiar czcionki duży', menuWidth: 225 },
  larger: { fontSize: 18, label: 'A++', ariaLabel: 'Rozmiar czcionki bardzo duży', menuWidth: 240 },
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
  colorBgLayout: '#ffffff',
  lineWidth: 2,
  lineWidthFocus: 4,
  controlOutlineWidth: 4,
  controlOutline: 'rgba(0, 42, 128, 0.55)',
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
      // Dialogs and menus appear at once for people who turned animations off.
      motion: !reducedMotion,
      ...(appearance.highContrast ? highContrastToken : {}),
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

/** A tag's colours: dark text (and border) on a pale ground. */
export type Tone = { text: string; background: string };

/**
 * The colour families of antd's preset tags with text dark enough to read: the presets put
 * mid-tone text on a pale ground (gold 2.8:1, green 3.4:1), too faint for the high-contrast
 * theme and old office monitors. Each tone keeps at least 4.5:1 (WCAG AA; a unit test checks).
 */
export const TONES = {
  grey: { text: '#262626', background: '#f5f5f5' },
  blue: { text: '#003eb3', background: '#e6f4ff' },
  green: { text: '#135200', background: '#f6ffed' },
  gold: { text: '#613400', background: '#fffbe6' },
  orange: { text: '#873800', background: '#fff7e6' },
  red: { text: '#820014', background: '#fff1f0' },
  volcano: { text: '#871400', background: '#fff2e8' },
} as const satisfies Record<string, Tone>;

export type ToneName = keyof typeof TONES;

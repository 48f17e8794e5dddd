/**
 * Component tests (jsdom) render real antd components, which expect what a browser has and
 * jsdom lacks: media queries (responsive helpers) and ResizeObserver (tables, text areas).
 * Stubs that answer "no match" and observe nothing; and React's act() environment flag.
 */
import { vi } from 'vitest';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: vi.fn(),
  removeListener: vi.fn(),
  addEventListener: vi.fn(),
  removeEventListener: vi.fn(),
  dispatchEvent: vi.fn(),
})) as never;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as never;

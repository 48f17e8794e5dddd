import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, ConfigProvider, Input, InputNumber, Select } from 'antd';
import { CheckCircleFilled, PlusOutlined } from '@ant-design/icons';
import plPL from 'antd/locale/pl_PL';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installAccessibilityFixes } from '../../../src-renderer/ui/accessibility';
import { DateInput } from '../../../src-renderer/ui/DateInput';

beforeAll(() => {
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
});

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  document.body.innerHTML = '';
});

/** Renders under <body> with the fixes running, as main.tsx starts them. */
async function render(ui: React.ReactNode, installFirst = true) {
  const stop = installFirst ? installAccessibilityFixes(document.body) : null;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<ConfigProvider locale={plPL}>{ui}</ConfigProvider>));
  const stopLater = stop ?? installAccessibilityFixes(document.body);
  await act(async () => {}); // let the observer's callback run
  cleanup.push(() => {
    stopLater();
    act(() => root.unmount());
  });
  return container;
}

const flush = () => act(async () => {});

describe('installAccessibilityFixes', () => {
  it('hides icons named in English and keeps icons given a Polish name', async () => {
    const c = await render(
      <>
        <Button icon={<PlusOutlined />}>Nowy uczestnik</Button>
        <CheckCircleFilled role="img" aria-label="spełnione" />
      </>,
    );
    expect(c.querySelector('.anticon-plus')!.getAttribute('aria-hidden')).toBe('true');
    const meaningful = c.querySelector('.anticon-check-circle')!;
    expect(meaningful.getAttribute('aria-hidden')).toBeNull();
    expect(meaningful.getAttribute('aria-label')).toBe('spełnione');
  });

  it('fixes what was on the page before it started, too', async () => {
    const c = await render(<Button icon={<PlusOutlined />}>Dodaj</Button>, false);
    expect(c.querySelector('.anticon-plus')!.getAttribute('aria-hidden')).toBe('true');
  });

  it.each([
    ['select', <Select key="s" allowClear value={1} options={[{ value: 1, label: 'Jeden' }]} />],
    ['date field', <DateInput key="d" value="2026-03-14" />],
    ['input', <Input key="i" allowClear value="tekst" readOnly={false} onChange={() => {}} />],
  ])('takes the %s clear button out of the Tab order and names it in Polish', async (_, ui) => {
    const c = await render(ui);
    const clear = c.querySelector<HTMLElement>(
      '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon',
    )!;
    expect(clear).not.toBeNull();
    expect(clear.tabIndex).toBe(-1);
    expect(clear.getAttribute('aria-label')).toBe('Wyczyść');
  });

  it('names the step buttons of a number field in Polish', async () => {
    const c = await render(<InputNumber value={3} />);
    expect(c.querySelector('.ant-input-number-action-up')!.getAttribute('aria-label')).toBe(
      'Zwiększ wartość',
    );
    expect(c.querySelector('.ant-input-number-action-down')!.getAttribute('aria-label')).toBe(
      'Zmniejsz wartość',
    );
  });

  it('puts a label back when React sets antd’s English one again', async () => {
    const c = await render(
      <Select allowClear value={1} options={[{ value: 1, label: 'Jeden' }]} />,
    );
    const clear = c.querySelector('.ant-select-clear')!;
    clear.setAttribute('aria-label', 'Clear');
    await flush();
    expect(clear.getAttribute('aria-label')).toBe('Wyczyść');
  });

  it('clears a select with Delete, since its clear button is no Tab stop', async () => {
    const onChange = vi.fn();
    const c = await render(
      <Select allowClear value={1} onChange={onChange} options={[{ value: 1, label: 'Jeden' }]} />,
    );
    const input = c.querySelector<HTMLInputElement>('.ant-select input')!;
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith(undefined, undefined);
  });

  it('stops when asked', async () => {
    const stop = installAccessibilityFixes(document.body);
    stop();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<Button icon={<PlusOutlined />}>Dodaj</Button>));
    await flush();
    expect(container.querySelector('.anticon-plus')!.getAttribute('aria-hidden')).toBeNull();
    act(() => root.unmount());
  });
});

import { act } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Card,
  ConfigProvider,
  DatePicker,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
} from 'antd';
import { CheckCircleFilled, PlusOutlined } from '@ant-design/icons';
import plPL from 'antd/locale/pl_PL';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installAccessibilityFixes } from '../../../src-renderer/ui/accessibility';
import { DateInput } from '../../../src-renderer/ui/DateInput';

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

  it('lets Tab leave an open select without choosing; Enter still chooses', async () => {
    const onChange = vi.fn();
    const c = await render(
      <Select
        open
        showSearch
        onChange={onChange}
        options={[
          { value: 1, label: 'Jeden' },
          { value: 2, label: 'Dwa' },
        ]}
      />,
    );
    const input = c.querySelector<HTMLInputElement>('.ant-select input')!;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const press = (key: string, keyCode: number) =>
      act(async () => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true }));
      });
    await press('Tab', 9);
    expect(onChange).not.toHaveBeenCalled();
    await press('Enter', 13);
    expect(onChange).toHaveBeenCalledWith(1, expect.anything());
  });

  it('names a search field’s button and takes it out of the Tab order', async () => {
    const c = await render(<Input.Search aria-label="Szukaj projektu" />);
    const button = c.querySelector('.ant-input-search-btn')!;
    expect(button.getAttribute('aria-label')).toBe('Szukaj');
    expect(button.getAttribute('tabindex')).toBe('-1');
  });

  it('makes card and dialog titles headings one level below what encloses them', async () => {
    await render(
      <>
        <Card title="Udział w projektach">
          <Card title="Klub Integracji Społecznej">treść</Card>
        </Card>
        <Modal open title="Zmiana statusu">
          <Card title="Dane">treść</Card>
        </Modal>
      </>,
    );
    await flush();
    const level = (name: string) => {
      const heading = [...document.querySelectorAll('[role="heading"]')].find(
        (h) => h.textContent === name,
      );
      return heading?.getAttribute('aria-level');
    };
    expect(level('Udział w projektach')).toBe('2');
    expect(level('Klub Integracji Społecznej')).toBe('3');
    expect(level('Zmiana statusu')).toBe('2');
    expect(level('Dane')).toBe('3');
  });

  it('names a column’s filter button after the column', async () => {
    const c = await render(
      <Table
        rowKey="id"
        dataSource={[{ id: 1, role: 'socialWorker' }]}
        columns={[
          {
            title: 'Funkcja',
            dataIndex: 'role',
            filters: [{ value: 'socialWorker', text: 'Pracownik socjalny' }],
            onFilter: (value, row) => row.role === value,
          },
        ]}
      />,
    );
    const filter = c.querySelector('.ant-table-filter-trigger')!;
    expect(filter.getAttribute('role')).toBe('button');
    expect(filter.getAttribute('aria-label')).toBe('Filtruj: Funkcja');
  });

  it('names the calendar’s month and year buttons by what they show', async () => {
    await render(<DatePicker open defaultPickerValue={dayjs('2026-11-23')} />);
    await flush();
    for (const [selector, action] of [
      ['.ant-picker-month-btn', 'Wybierz miesiąc'],
      ['.ant-picker-year-btn', 'Wybierz rok'],
    ]) {
      const button = document.querySelector(selector!)!;
      // No aria-label: the name is the visible text ("lis", "2026"), the action its title.
      expect(button.getAttribute('aria-label')).toBeNull();
      expect(button.textContent).not.toBe('');
      expect(button.getAttribute('title')).toBe(action);
    }
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

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  app: { isPackaged: true, getVersion: () => '0.1.0' },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));

import { dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { installApplicationMenu, menuTemplate } from '../../../src-main/hosts/electron/menu';

/** Every item of the menu, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}
const labels = (template: MenuItemConstructorOptions[]) =>
  template.map((item) => item.label?.replace('&', ''));
const DEVELOPER_ROLES = ['toggleDevTools', 'reload', 'forceReload'];

describe('the installed program’s menu', () => {
  const template = menuTemplate(true);

  it('is Polish: Plik, Edycja, Widok, Pomoc', () => {
    expect(labels(template)).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    const sub = (i: number) => labels(template[i]!.submenu as MenuItemConstructorOptions[]);
    expect(sub(0)).toEqual(['Zamknij']);
    expect(sub(1)).toEqual([
      'Cofnij',
      'Ponów',
      undefined,
      'Wytnij',
      'Kopiuj',
      'Wklej',
      undefined,
      'Zaznacz wszystko',
    ]);
    expect(sub(2)).toEqual([
      'Powiększ',
      'Pomniejsz',
      'Rzeczywisty rozmiar',
      undefined,
      'Pełny ekran',
    ]);
    expect(sub(3)).toEqual(['O programie']);
  });

  it('labels every item but separators (no English default label shows)', () => {
    for (const item of items(template)) {
      if (item.type !== 'separator') expect(item.label).toBeTruthy();
    }
  });

  it('has no DevTools and no reload', () => {
    const roles = items(template).map((item) => item.role?.toString());
    for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role);
    expect(JSON.stringify(template)).not.toMatch(/devtools|reload|programista/i);
  });

  it('shows the about box in Polish', () => {
    const about = items(template).find((item) => item.label === 'O programie')!;
    (about.click as () => void)();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'O programie', message: 'Aktywator 0.1.0' }),
    );
  });

  it('replaces Electron’s default menu', () => {
    installApplicationMenu();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const built = vi.mocked(Menu.buildFromTemplate).mock.calls[0]![0];
    expect(labels(built as MenuItemConstructorOptions[])).toEqual([
      'Plik',
      'Edycja',
      'Widok',
      'Pomoc',
    ]);
  });
});

describe('the developer’s menu (not installed)', () => {
  it('adds reload and DevTools under Programista, before Pomoc', () => {
    const template = menuTemplate(false);
    expect(labels(template)).toEqual(['Plik', 'Edycja', 'Widok', 'Programista', 'Pomoc']);
    const roles = items(template).map((item) => item.role?.toString());
    for (const role of DEVELOPER_ROLES) expect(roles).toContain(role);
  });
});

import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'O programie',
    message: `Aktywator ${app.getVersion()}`,
    detail: 'Obsługa projektów aktywnej integracji w ośrodkach pomocy społecznej.',
    buttons: ['Zamknij'],
  });
}

/**
 * Our own menu in place of Electron's default one, which is English and offers DevTools and
 * reload to anyone at the PC. Edit and view items are roles (Chromium does the work, with
 * the usual shortcuts); the developer's items exist only when the app is not installed.
 * `&` marks the Alt+letter shortcut on Windows.
 */
export function menuTemplate(
  isPackaged: boolean,
  about: () => void = showAbout,
): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        {
          label: 'P&rogramista',
          submenu: [
            { role: 'reload', label: 'Odśwież' },
            { role: 'forceReload', label: 'Odśwież bez pamięci podręcznej' },
            { role: 'toggleDevTools', label: 'Narzędzia programisty' },
          ],
        },
      ];
  return [
    { label: '&Plik', submenu: [{ role: 'quit', label: 'Zamknij' }] },
    {
      label: '&Edycja',
      submenu: [
        { role: 'undo', label: 'Cofnij' },
        { role: 'redo', label: 'Ponów' },
        { type: 'separator' },
        { role: 'cut', label: 'Wytnij' },
        { role: 'copy', label: 'Kopiuj' },
        { role: 'paste', label: 'Wklej' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Zaznacz wszystko' },
      ],
    },
    {
      label: '&Widok',
      submenu: [
        { role: 'zoomIn', label: 'Powiększ' },
        { role: 'zoomOut', label: 'Pomniejsz' },
        { role: 'resetZoom', label: 'Rzeczywisty rozmiar' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Pełny ekran' },
      ],
    },
    ...developer,
    { label: 'P&omoc', submenu: [{ label: 'O programie', click: () => about() }] },
  ];
}

export function installApplicationMenu(isPackaged: boolean = app.isPackaged): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(isPackaged)));
}

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arrangeParticipant, arrangeSecondPerson, SCREENS } from './arrange';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';

const PASSWORD = 'Kopie na pendrive 2026';

// An office sets copies up from the header's warning, makes one, and later restores it.
test('backup copies: set up from the warning, made, listed and restored', async ({ page, app }) => {
  // Key generation and scrypt are slow on purpose; two cores share the e2e workers.
  test.setTimeout(90_000);
  const folder = mkdtempSync(join(tmpdir(), 'aktywator-e2e-kopie-'));
  try {
    await arrangeParticipant(app);
    await page.goto(app.url);
    const banner = page.getByText('Kopie zapasowe nie są ustawione');
    await expect(banner).toBeVisible();
    await page.getByRole('link', { name: 'Kopie zapasowe' }).click();
    await expect(page.getByRole('tab', { name: 'Kopie zapasowe' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await page.getByLabel('Folder kopii zapasowych').fill(folder);
    await page.getByLabel('Hasło kopii zapasowych (co najmniej 10 znaków)').fill(PASSWORD);
    await page.getByLabel('Powtórz hasło').fill('Inne hasło 2026');
    await page.getByRole('button', { name: 'Zapisz ustawienia kopii' }).click();
    await expect(page.getByText('Hasła różnią się — wpisz to samo hasło')).toBeVisible();
    await page.getByLabel('Powtórz hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zapisz ustawienia kopii' }).click();
    await expect(page.getByText('Zapisano ustawienia kopii zapasowych.')).toBeVisible();
    await expect(
      page.getByText('Nie utworzono jeszcze żadnej kopii zapasowej.').first(),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
    await expect(
      page.getByText('Utworzono i sprawdzono kopię: 1 osoba, 0 kontraktów, 0 dokumentów.'),
    ).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Sprawdzona' });
    await expect(row).toContainText('1 osoba, 0 kontraktów, 0 dokumentów');
    await expect(banner).toBeHidden();
    expect(readdirSync(folder).filter((f) => f.endsWith('.akb'))).toHaveLength(1);
    await page.screenshot({ path: `${SCREENS}/backups-tab.png`, fullPage: true });

    // Someone is added after the copy; restoring the copy takes them away again.
    await arrangeSecondPerson(app);
    await row.getByRole('button', { name: 'Przywróć…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Przywracanie danych z kopii zapasowej' });
    await expect(dialog).toContainText('1 osoba, 0 kontraktów, 0 dokumentów');
    const confirm = dialog.getByRole('button', { name: 'Przywróć dane z tej kopii' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Hasło kopii zapasowych').fill('zle haslo 123');
    await dialog.getByRole('checkbox').check();
    await expectAccessible(page, 'the restore dialog');
    await page.screenshot({ path: `${SCREENS}/backups-restore.png` });
    await confirm.click();
    await expect(dialog.getByText('Nieprawidłowe hasło kopii zapasowych.')).toBeVisible();
    await dialog.getByLabel('Hasło kopii zapasowych').fill(PASSWORD);
    await confirm.click();
    await expect(page.getByText(/Przywrócono dane z kopii/)).toBeVisible();

    await page.getByRole('menuitem', { name: 'Uczestnicy' }).click();
    await expect(page.getByText('Znaleziono: 1')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Ślęzak' })).toBeHidden();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

import type { Page } from '@playwright/test';
import { arrangeProject, pickOption, typeDate } from './arrange';
import { expectAccessible } from './axe';
import { openDialog } from './club-helpers';
import { expect, test } from './fixtures';

/** Each tab once the clerk is on it: one heading, no axe violation, and a picture to look at. */
async function checkTab(page: Page, tab: string, file: string) {
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('h1')).toHaveCount(1);
  await expectAccessible(page, `the club's tab “${tab}”`);
  await page.screenshot({ path: `/tmp/club-${file}.png`, fullPage: true });
}

test('a club edition is built through its editor: programme, trainer, room and group', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const project = await arrangeProject(app);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Klub Integracji Społecznej' }).click();
  await expect(page.getByRole('heading', { name: 'Klub Integracji Społecznej' })).toBeVisible();
  await expect(page.getByText('Nie ma jeszcze edycji klubu')).toBeVisible();
  await expectAccessible(page, 'the list of club editions');
  await page.screenshot({ path: '/tmp/club-list-empty.png', fullPage: true });

  await page.getByRole('button', { name: 'Nowa edycja' }).click();
  await expect(page.getByRole('heading', { name: 'Nowa edycja klubu' })).toBeVisible();
  await page.getByLabel('Projekt', { exact: true }).click();
  await pickOption(page, project.title);
  await page.getByLabel('Nazwa edycji').fill('KIS Radom 2026');
  await typeDate(page, 'Początek cyklu', '02.03.2026');
  await page.getByLabel('Liczba tygodni').fill('60');
  await expect(page.getByText(/po końcu projektu/)).toBeVisible();
  await page.getByLabel('Liczba tygodni').fill('12');
  await expect(page.getByText(/po końcu projektu/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Dodaj termin' }).click();
  await page.getByRole('button', { name: 'Dodaj termin' }).click();
  await page.getByLabel('Do godziny, termin 2').fill('8:00');
  await expect(page.getByText('Koniec musi być późniejszy niż początek')).toBeVisible();
  await page.getByLabel('Do godziny, termin 2').fill('13:00');
  await expect(page.getByText('Godzin spotkań w cyklu')).toBeVisible();
  await expectAccessible(page, 'a new club edition');
  await page.screenshot({ path: '/tmp/club-new.png', fullPage: true });
  await page.getByRole('button', { name: 'Utwórz edycję' }).click();

  await expect(page.getByRole('heading', { name: 'Edycja klubu: KIS Radom 2026' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Program', selected: true })).toBeVisible();

  // Program: two modules; the footer adds their hours up against the cycle's meetings.
  let dialog = await openDialog(page, 'Dodaj moduł', 'Nowy moduł');
  await dialog.getByLabel('Nazwa modułu').fill('Psychoedukacja');
  await dialog.getByLabel('Godziny na grupę').fill('24');
  await dialog.getByLabel('Kto prowadzi').click();
  await pickOption(page, /^psycholog$/);
  await dialog.getByLabel('Nazwa modułu').click();
  await dialog.getByLabel('Zajęcia najdłużej (h)').fill('6');
  await expect(dialog.getByText(/nie mogą trwać dłużej niż najdłuższe spotkanie/)).toBeVisible();
  await dialog.getByLabel('Zajęcia najdłużej (h)').fill('4');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Psychoedukacja', exact: true })).toBeVisible();

  dialog = await openDialog(page, 'Dodaj moduł', 'Nowy moduł');
  await dialog.getByLabel('Nazwa modułu').fill('Warsztaty komputerowe');
  await dialog.getByLabel('Godziny na grupę').fill('16');
  await dialog.getByLabel('Kto prowadzi').click();
  await pickOption(page, /^informatyk$/);
  await dialog.getByLabel('Nazwa modułu').click();
  await dialog.getByLabel('Wymagania co do sali').click();
  await pickOption(page, 'sala komputerowa');
  await dialog.getByLabel('Nazwa modułu').click();
  await dialog.getByLabel('Od tygodnia').fill('3');
  await dialog.getByLabel('Do tygodnia').fill('10');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Warsztaty komputerowe/ })).toContainText('3–10');
  await expect(page.getByText('Razem na grupę')).toBeVisible();
  await expect(page.getByRole('row', { name: /Razem na grupę/ })).toContainText('40 h');
  await checkTab(page, 'Program', 'programme');

  // Prowadzący: availability starts as the edition's meetings.
  await page.getByRole('tab', { name: /^Prowadzący/ }).click();
  dialog = await openDialog(page, 'Dodaj prowadzącego', 'Nowy prowadzący');
  await dialog.getByLabel('Imię i nazwisko').fill('Ewa Psycholog');
  await dialog.getByLabel('Specjalności').click();
  await pickOption(page, /^psycholog$/);
  await pickOption(page, /^informatyk$/);
  await dialog.getByLabel('Imię i nazwisko').click();
  await expect(dialog.getByLabel('Od godziny, termin 1')).toHaveValue('09:00');
  await dialog.getByLabel('Najwyżej godzin w tygodniu').fill('12');
  await expectAccessible(page, 'the trainer dialog');
  await page.screenshot({ path: '/tmp/club-trainer-dialog.png' });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Ewa Psycholog/ })).toContainText('pon. 09:00–13:00');
  await checkTab(page, 'Prowadzący', 'trainers');

  // Sale
  await page.getByRole('tab', { name: /^Sale/ }).click();
  dialog = await openDialog(page, 'Dodaj salę', 'Nowa sala');
  await dialog.getByLabel('Nazwa sali').fill('Pracownia komputerowa');
  await dialog.getByLabel('Liczba miejsc').fill('14');
  await dialog.getByLabel('Wyposażenie').click();
  await pickOption(page, 'sala komputerowa');
  await dialog.getByLabel('Nazwa sali').click();
  await dialog.getByLabel('Właściciel sali').fill('Zespół Szkół nr 2');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Pracownia komputerowa/ })).toContainText(
    'Zespół Szkół nr 2',
  );
  await checkTab(page, 'Sale', 'rooms');

  // Grupy
  await page.getByRole('tab', { name: /^Grupy/ }).click();
  dialog = await openDialog(page, 'Dodaj grupę', 'Nowa grupa');
  await dialog.getByLabel('Nazwa grupy').fill('Grupa 1');
  await dialog.getByLabel('Limit miejsc').fill('12');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Grupa 1/ })).toContainText('0 / 12');
  await checkTab(page, 'Grupy', 'groups');

  await checkTab(page, 'Edycja', 'edition');
  await checkTab(page, 'Harmonogram', 'timetable');

  // The list shows the edition under its project.
  await page.getByRole('menuitem', { name: 'Klub Integracji Społecznej' }).click();
  await expect(page.getByRole('row', { name: /KIS Radom 2026/ })).toContainText(project.title);
  await page.screenshot({ path: '/tmp/club-list.png', fullPage: true });
});

import type { Locator, Page } from '@playwright/test';
import { formatDate } from '../../src-main/domain/dates';
import { pickOption, typeDate } from './arrange';
import { expect } from './fixtures';

/*
 * Steps of the club's editor as a clerk takes them, shared by the club's specs: the editor's
 * own (club-editor.spec.ts) checks each field's refusals on the way; the journey
 * (club-journey.spec.ts) just fills them in.
 */

/** Clicks the button and returns the dialog it opens. */
export async function openDialog(page: Page, button: string, title: string): Promise<Locator> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Saves a dialog of the editor and waits for it to close. */
async function save(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * "Nowa edycja" from the club's list: the project, the name, the cycle's first day (ISO) and
 * its weeks, and `meetings` terms of the form's default (Mon, then Tue, Wed… 9:00–13:00).
 * Ends on the new edition's screen.
 */
export async function createEdition(
  page: Page,
  edition: { project: string; name: string; startDate: string; weeks: number; meetings: number },
) {
  await page.getByRole('menuitem', { name: 'Klub Integracji Społecznej' }).click();
  await page.getByRole('button', { name: 'Nowa edycja' }).click();
  await expect(page.getByRole('heading', { name: 'Nowa edycja klubu' })).toBeVisible();
  await page.getByLabel('Projekt', { exact: true }).click();
  await pickOption(page, edition.project);
  await page.getByLabel('Nazwa edycji').fill(edition.name);
  await typeDate(page, 'Początek cyklu', formatDate(edition.startDate));
  await page.getByLabel('Liczba tygodni').fill(String(edition.weeks));
  for (let i = 0; i < edition.meetings; i++)
    await page.getByRole('button', { name: 'Dodaj termin' }).click();
  await expect(page.getByText('Godzin spotkań w cyklu')).toBeVisible();
  await page.getByRole('button', { name: 'Utwórz edycję' }).click();
  await expect(page.getByRole('heading', { name: `Edycja klubu: ${edition.name}` })).toBeVisible();
}

/** Opens one of the edition's tabs ("Program", "Prowadzący", "Harmonogram", …). */
export async function openTab(page: Page, tab: string) {
  const locator = page.getByRole('tab', { name: new RegExp(`^${tab}`) });
  await locator.click();
  await expect(locator).toHaveAttribute('aria-selected', 'true');
}

/** Program → "Dodaj moduł": a free-pattern module led by one kind of specialist. */
export async function addModule(
  page: Page,
  module: { name: string; hours: number; specialist: RegExp },
) {
  await openTab(page, 'Program');
  const dialog = await openDialog(page, 'Dodaj moduł', 'Nowy moduł');
  await dialog.getByLabel('Nazwa modułu').fill(module.name);
  await dialog.getByLabel('Godziny na grupę').fill(String(module.hours));
  await dialog.getByLabel('Kto prowadzi').click();
  await pickOption(page, module.specialist);
  await dialog.getByLabel('Nazwa modułu').click(); // closes the dropdown
  await save(dialog);
  await expect(page.getByRole('cell', { name: module.name, exact: true })).toBeVisible();
}

/** Prowadzący → "Dodaj prowadzącego": available whenever the edition meets. */
export async function addTrainer(page: Page, trainer: { name: string; specialisations: RegExp[] }) {
  await openTab(page, 'Prowadzący');
  const dialog = await openDialog(page, 'Dodaj prowadzącego', 'Nowy prowadzący');
  await dialog.getByLabel('Imię i nazwisko').fill(trainer.name);
  await dialog.getByLabel('Specjalności').click();
  for (const s of trainer.specialisations) await pickOption(page, s);
  await dialog.getByLabel('Imię i nazwisko').click();
  await save(dialog);
  await expect(page.getByRole('row', { name: new RegExp(trainer.name) })).toBeVisible();
}

/** Sale → "Dodaj salę": a room with no special features, available when the edition meets. */
export async function addRoom(page: Page, room: { name: string; capacity: number }) {
  await openTab(page, 'Sale');
  const dialog = await openDialog(page, 'Dodaj salę', 'Nowa sala');
  await dialog.getByLabel('Nazwa sali').fill(room.name);
  await dialog.getByLabel('Liczba miejsc').fill(String(room.capacity));
  await save(dialog);
  await expect(page.getByRole('row', { name: new RegExp(room.name) })).toBeVisible();
}

/** Grupy → "Dodaj grupę". */
export async function addGroup(page: Page, group: { name: string; sizeLimit: number }) {
  await openTab(page, 'Grupy');
  const dialog = await openDialog(page, 'Dodaj grupę', 'Nowa grupa');
  await dialog.getByLabel('Nazwa grupy').fill(group.name);
  await dialog.getByLabel('Limit miejsc').fill(String(group.sizeLimit));
  await save(dialog);
  await expect(page.getByRole('row', { name: new RegExp(group.name) })).toContainText(
    `0 / ${group.sizeLimit}`,
  );
}

/** Drags a session of the calendar with the mouse and drops it onto another one's place. */
export async function dragSession(page: Page, dragged: Locator, onto: Locator) {
  await page.locator('.timetable-calendar').scrollIntoViewIfNeeded();
  const from = (await dragged.boundingBox())!;
  const to = (await onto.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 12 });
  await page.mouse.up();
}

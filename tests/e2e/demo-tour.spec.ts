import type { Page } from '@playwright/test';
import { largestText } from './arrange';
import { expect, test, TESTER } from './fixtures';

const SCREENS = 'test-results/screens';

// Someone holding every role, so the tour reaches every screen (the demo's accounts have one each).
test.use({ demo: true, login: TESTER.login });

// The demo database as a first-time user meets it: every main screen shows its data.
test('the demo office opens with its people, projects and staff', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(
    page.getByText('Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie'),
  ).toBeVisible();
  await expect(page.getByText('Znaleziono: 60')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/demo-participant-list.png` });

  await page.getByLabel('Szukaj uczestnika').fill('legowo');
  await expect(page.getByText(/^Znaleziono: \d+$/)).not.toHaveText('Znaleziono: 60');
  await expect(page.getByRole('cell', { name: 'Łęgowo' }).first()).toBeVisible();

  await page.getByRole('menuitem', { name: 'Projekty' }).click();
  await expect(
    page.getByRole('cell', { name: 'Klub Integracji Społecznej „Nowy Start”' }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Aktywna integracja w Gminie Zielona Dolina' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/demo-project-list.png` });

  await page.getByRole('cell', { name: 'Klub Integracji Społecznej „Nowy Start”' }).click();
  await expect(page.getByLabel('Tytuł projektu')).toHaveValue(
    'Klub Integracji Społecznej „Nowy Start”',
  );
  await page.screenshot({ path: `${SCREENS}/demo-project-form.png`, fullPage: true });

  await page.goto(`${app.url}#/participants/1`);
  await expect(page.getByText('Udział w projektach')).toBeVisible();
  await expect(page.getByText('Aktywna integracja w Gminie Zielona Dolina').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/demo-participant-card.png`, fullPage: true });

  await page.getByRole('menuitem', { name: 'Ustawienia' }).click();
  await page.getByRole('tab', { name: 'Pracownicy' }).click();
  await expect(page.getByRole('cell', { name: 'Mikołajczyk Joanna', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/demo-staff.png` });
});

/** antd's icon names, which a screen reader would read before a label ("plus Nowy uczestnik"). */
const ENGLISH_ICON_NAME = /^[a-z]+(-[a-z]+)*$/;

/** Texts wider than their box (cut with "…"): what a person at A++ could not read. */
function cutOff(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => (e instanceof HTMLInputElement ? e.value : (e.textContent ?? ''))),
    );
}

test('keyboard and screen-reader users: Polish names, Tab from field to field, typed dates', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await page.goto(app.url);
  await expect(page.getByText('Znaleziono: 60')).toBeVisible();
  // Buttons are named by their words only, not "plus Nowy uczestnik".
  await expect(page.getByRole('button', { name: 'Nowy uczestnik', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Szukaj', exact: true })).toBeVisible();
  await page.getByLabel('Szukaj uczestnika').fill('legowo');
  await expect(page.getByRole('button', { name: 'Wyczyść', exact: true })).toHaveCount(1);
  await expect(page.getByRole('img', { name: ENGLISH_ICON_NAME })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /clear|close/i })).toHaveCount(0);

  await page.getByRole('menuitem', { name: 'Kontrakty socjalne' }).click();
  await expect(page.getByRole('button', { name: 'Nowy kontrakt', exact: true })).toBeVisible();
  await page.getByRole('row', { name: /\(szkic\)/ }).click();
  await expect(page.getByRole('heading', { name: /^Szkic kontraktu socjalnego — / })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Zapisz szkic kontraktu', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zwiększ wartość' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Zmniejsz wartość' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Value|clear|close/i })).toHaveCount(0);
  await expect(page.getByRole('img', { name: ENGLISH_ICON_NAME })).toHaveCount(0);

  // Tab goes from a date (or a select) with a value to the next field, past its clear button.
  const from = page.getByLabel('Obowiązuje od', { exact: true });
  const to = page.getByLabel('Obowiązuje do', { exact: true });
  await from.focus();
  await page.keyboard.press('Tab');
  await expect(to).toBeFocused();
  await page.getByLabel('Projekt', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveClass(/clear/);
  await expect(page.locator(':focus')).toHaveAttribute('role', 'combobox');
  // The keyboard still clears a select: Delete.
  await page.getByLabel('Projekt', { exact: true }).focus();
  await page.keyboard.press('Delete');
  await expect(
    page.locator('.contract-form .ant-select-placeholder').getByText('Kontrakt poza projektem'),
  ).toBeVisible();

  // Dates typed as clerks type them, from the contract's own period (not the day the test runs).
  const [d, m, y] = (await from.inputValue()).split('.') as [string, string, string];
  const due = page.getByLabel('Termin zadania 1', { exact: true });
  await due.fill(`${d}${m}${y}`);
  await due.press('Enter');
  await expect(due).toHaveValue(`${d}.${m}.${y}`);
  const second = page.getByLabel('Termin zadania 2', { exact: true });
  await second.fill(`${Number(d)}.${Number(m)}.${y}`);
  await page.keyboard.press('Tab');
  await expect(second).toHaveValue(`${d}.${m}.${y}`);
  // No 31 February: the field keeps its date and says why.
  await due.fill(`3102${y}`);
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('alert').filter({ hasText: `Nie ma takiej daty: 31.02.${y}` }),
  ).toBeVisible();
  await expect(due).toHaveValue(`${d}.${m}.${y}`);
  // Emptied text clears the date (the clear button is no Tab stop any more).
  const third = page.getByLabel('Termin zadania 3', { exact: true });
  await third.fill('');
  await page.keyboard.press('Tab');
  await expect(third).toHaveValue('');

  await page.getByRole('button', { name: 'Zapisz szkic kontraktu' }).click();
  await expect(page.getByText('Zapisano zmiany w szkicu kontraktu.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Szkic kontraktu socjalnego — / })).toBeVisible({
    timeout: 20_000,
  });
  await expect(due).toHaveValue(`${d}.${m}.${y}`);
  await expect(second).toHaveValue(`${d}.${m}.${y}`);
  await expect(third).toHaveValue('');
});

test('A++ at 1024×768 in high contrast: the contract editor and its tags are readable', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${app.url}#/contracts`);
  await largestText(page);
  await page.getByText('Wysoki kontrast').click();
  // On a small screen with the largest text the menu folds to its icons, named in Polish.
  await expect(page.getByRole('menuitem', { name: 'Kontrakty socjalne' })).toBeVisible();
  const draftTag = page.getByRole('row', { name: /\(szkic\)/ }).getByText('Szkic', { exact: true });
  await expect(draftTag).toHaveCSS('font-size', '16px');
  await expect(draftTag).toHaveCSS('color', 'rgb(38, 38, 38)');
  await page.screenshot({ path: `${SCREENS}/a11y-contract-list-1024-larger.png` });

  await page.getByRole('row', { name: /\(szkic\)/ }).click();
  await expect(page.getByRole('heading', { name: /^Szkic kontraktu socjalnego — / })).toBeVisible();
  await expect(page.getByLabel('Kto realizuje zadanie 1')).toBeVisible();
  expect(await cutOff(page, '.contract-form .ant-select-content')).toEqual([]);
  expect(await cutOff(page, '.contract-form .ant-picker input')).toEqual([]);
  await page.screenshot({ path: `${SCREENS}/a11y-contract-editor-1024-larger.png` });
  await page
    .getByText('Zadania do realizacji', { exact: true })
    .evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${SCREENS}/a11y-contract-tasks-1024-larger.png` });

  // A little wider, the menu shows its labels again, whole.
  await page.setViewportSize({ width: 1280, height: 768 });
  await expect(page.locator('.ant-menu-title-content').first()).toBeVisible();
  expect(await cutOff(page, '.ant-menu-title-content')).toEqual([]);
});

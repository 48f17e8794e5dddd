import { expect, test } from './fixtures';

const SCREENS = 'test-results/screens';

test.use({ demo: true });

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

import type { Page } from '@playwright/test';
import type {
  ParticipantInput,
  ParticipantSearchResult,
} from '../../src-main/contract/participants';
import { generatePesel, type Sex } from '../../src-main/domain/pesel';
import { expect, test, type E2eApp } from './fixtures';

const SCREENS = 'test-results/screens';

function person(
  firstName: string,
  lastName: string,
  birthDate: string,
  sex: Sex,
  locality: string,
): ParticipantInput {
  return {
    firstName,
    lastName,
    pesel: generatePesel(birthDate, sex, 123),
    sex,
    birthDate,
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: locality,
      locality,
      street: 'Żeromskiego',
      houseNumber: '12',
      postalCode: '26-600',
      areaType: 'urban',
    },
    exclusionReasons: ['unemployment'],
  };
}

async function arrangeParticipants(app: E2eApp) {
  const worker = await app.call<{ id: number }>('staff.create', {
    firstName: 'Ewa',
    lastName: 'Wiśniewska',
    role: 'socialWorker',
  });
  const people = [
    person('Łukasz', 'Żółkiewski', '1978-03-12', 'M', 'Radom'),
    person('Anna', 'Kowalska', '1985-11-02', 'K', 'Skaryszew'),
    person('Grzegorz', 'Brzęczyszczykiewicz', '1969-07-30', 'M', 'Jedlińsk'),
    person('Małgorzata', 'Ślęzak', '1991-01-17', 'K', 'Radom'),
  ];
  for (const p of people)
    await app.call('participants.create', { ...p, socialWorkerId: worker.id });
}

async function openNewParticipantForm(page: Page, app: E2eApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nowy uczestnik' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy uczestnik' })).toBeVisible();
}

async function fillAddress(page: Page) {
  await page.getByLabel('Województwo', { exact: true }).fill('mazowieckie');
  await page.keyboard.press('Enter');
  await page.getByLabel('Powiat', { exact: true }).fill('radomski');
  await page.getByLabel('Gmina', { exact: true }).fill('Jedlińsk');
  await page.getByLabel('Miejscowość', { exact: true }).fill('Wsola');
  await page.getByLabel('Nr domu', { exact: true }).fill('7');
  await page.getByLabel('Kod pocztowy', { exact: true }).fill('26-660');
  await page.getByLabel('Wiejski', { exact: true }).check();
}

test('a valid PESEL fills birth date and sex; the saved participant opens on the card', async ({
  page,
  app,
}) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Żółkiewski');
  await page.getByLabel('Imię', { exact: true }).fill('Łukasz');
  await page.getByLabel('PESEL', { exact: true }).fill('44051401458');

  await expect(page.getByLabel('Data urodzenia', { exact: true })).toHaveValue('14.05.1944');
  await expect(page.getByLabel('Mężczyzna', { exact: true })).toBeChecked();

  await fillAddress(page);
  await page.getByLabel('Bezrobocie', { exact: true }).check();
  await page.getByRole('button', { name: 'Zapisz' }).click();

  await expect(page.getByText('Zapisano dane uczestnika')).toBeVisible();
  await expect(page).toHaveURL(/#\/participants\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Żółkiewski Łukasz' })).toBeVisible();
  await expect(page.getByText('14.05.1944')).toBeVisible();
  await expect(page.getByText('Mężczyzna')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Historia zmian' }).or(page.getByText('Historia zmian')),
  ).toBeVisible();
});

test('a wrong PESEL shows the Polish reason at once and nothing is saved', async ({
  page,
  app,
}) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak');
  await page.getByLabel('Imię', { exact: true }).fill('Jan');
  await page.getByLabel('PESEL', { exact: true }).fill('44051401459');
  await expect(page.getByText('Nieprawidłowa cyfra kontrolna numeru PESEL')).toBeVisible();

  await fillAddress(page);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Nieprawidłowa cyfra kontrolna numeru PESEL')).toBeVisible();
  await expect(page).toHaveURL(/#\/participants\/new$/);
  const found = await app.call<ParticipantSearchResult>('participants.search', {});
  expect(found.total).toBe(0);
});

test('searching "lukasz" finds Łukasz', async ({ page, app }) => {
  await arrangeParticipants(app);
  await page.goto(app.url);
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();

  await page.getByPlaceholder('Szukaj: nazwisko, imię, PESEL, miejscowość').fill('lukasz');
  await expect(page.getByText('Znaleziono: 1')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Żółkiewski' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Kowalska' })).toHaveCount(0);

  await page.getByRole('cell', { name: 'Żółkiewski' }).click();
  await expect(page.getByRole('heading', { name: 'Żółkiewski Łukasz' })).toBeVisible();
});

test('a duplicate PESEL is refused with a link to the existing record', async ({ page, app }) => {
  const existing = person('Anna', 'Kowalska', '1985-11-02', 'K', 'Skaryszew');
  await app.call('participants.create', existing);
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalska-Nowak');
  await page.getByLabel('Imię', { exact: true }).fill('Anna');
  await page.getByLabel('PESEL', { exact: true }).fill(existing.pesel!);
  await fillAddress(page);
  await page.getByRole('button', { name: 'Zapisz' }).click();

  await expect(page.getByText(/jest już w rejestrze: Anna Kowalska/)).toBeVisible();
  await page.getByRole('button', { name: 'Otwórz kartę istniejącego uczestnika' }).click();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Kowalska Anna' })).toBeVisible();
  expect((await app.call<ParticipantSearchResult>('participants.search', {})).total).toBe(1);
});

test('editing a participant is saved and shows in the history', async ({ page, app }) => {
  await arrangeParticipants(app);
  await page.goto(app.url);
  await page.getByRole('cell', { name: 'Kowalska' }).click();
  await page.getByRole('button', { name: 'Edytuj' }).click();
  await expect(page.getByLabel('Imię', { exact: true })).toHaveValue('Anna');
  await page.getByLabel('Telefon', { exact: true }).fill('600 100 200');
  await page.getByRole('button', { name: 'Zapisz' }).click();

  await expect(page.getByText('Zapisano dane uczestnika')).toBeVisible();
  await expect(page.getByText('600 100 200')).toBeVisible();
  await expect(page.getByRole('row', { name: /Zmiana danych.*Telefon/ })).toBeVisible();
});

test('leaving the form with unsaved changes asks first', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak');
  await page.getByRole('menuitem', { name: 'Projekty' }).click();
  await expect(page.getByRole('dialog')).toContainText('Porzucić niezapisane zmiany?');
  await page.getByRole('button', { name: 'Wróć do formularza' }).click();
  await expect(page.getByLabel('Nazwisko', { exact: true })).toHaveValue('Nowak');

  await page.getByRole('menuitem', { name: 'Projekty' }).click();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page).toHaveURL(/#\/projects$/);
});

test('screens for review: list and form', async ({ page, app }) => {
  await arrangeParticipants(app);
  await page.goto(app.url);
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/participant-list.png`, fullPage: true });

  await page.getByRole('cell', { name: 'Żółkiewski' }).click();
  await expect(page.getByText('Historia zmian')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/participant-card.png`, fullPage: true });

  await page.getByRole('button', { name: 'Lista uczestników' }).click();
  await page.getByRole('button', { name: 'Nowy uczestnik' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy uczestnik' })).toBeVisible();
  await page.getByLabel('Nazwisko', { exact: true }).fill('Ślęzak');
  await page.getByLabel('PESEL', { exact: true }).fill('9101171234');
  await page.getByRole('button', { name: 'Dodaj członka rodziny' }).click();
  await page.screenshot({ path: `${SCREENS}/participant-form.png`, fullPage: true });

  await page.getByRole('switch').click();
  await page.getByRole('button', { name: 'Rozmiar czcionki bardzo duży' }).click();
  await page.screenshot({ path: `${SCREENS}/participant-form-high-contrast.png`, fullPage: true });
  await page.getByRole('menuitem', { name: 'Uczestnicy' }).click();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/participant-list-high-contrast.png`, fullPage: true });
});

import type { ParticipantSearchResult } from '../../src-main/contract/participants';
import { expect, test } from './fixtures';
import {
  arrangeParticipants,
  fillAddress,
  openNewParticipantForm,
  person,
  SCREENS,
  SEARCH_PLACEHOLDER,
  smallScreenLargeText,
} from './participant-helpers';

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
  // The list opens ready for typing.
  await expect(page.getByLabel('Szukaj uczestnika')).toBeFocused();

  await page.getByPlaceholder(SEARCH_PLACEHOLDER).fill('lukasz');
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await expect(page.getByText('Znaleziono: 1')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Żółkiewski' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Kowalska' })).toHaveCount(0);

  await page.getByRole('cell', { name: 'Żółkiewski' }).click();
  await expect(page.getByRole('heading', { name: 'Żółkiewski Łukasz' })).toBeVisible();
});

test('the list keeps its search and filters after a card and a reload', async ({ page, app }) => {
  await arrangeParticipants(app);
  await page.goto(app.url);
  await page.getByLabel('Szukaj uczestnika').fill('radom');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  await page.getByRole('columnheader', { name: 'Data urodzenia' }).click();

  await page.getByRole('cell', { name: 'Ślęzak' }).click();
  await page.getByRole('button', { name: 'Lista uczestników' }).click();
  await expect(page.getByLabel('Szukaj uczestnika')).toHaveValue('radom');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText('Żółkiewski'); // born 1978, first

  await page.reload();
  await expect(page.getByLabel('Szukaj uczestnika')).toHaveValue('radom');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText('Żółkiewski');
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

test('editing is saved and shows in the history; views only on request', async ({ page, app }) => {
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
  await expect(page.getByRole('row', { name: /Ewa Wiśniewska.*Zmiana danych/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Wgląd w dane/ })).toHaveCount(0);

  await page.getByRole('switch', { name: 'Pokaż też wglądy w dane' }).click();
  await expect(page.getByRole('row', { name: /Wgląd w dane/ }).first()).toBeVisible();
});

test('screens for review: list, card and form', async ({ page, app }) => {
  await arrangeParticipants(app);
  const found = await app.call<ParticipantSearchResult>('participants.search', {
    query: 'brzeczyszczykiewicz',
  });
  await app.call('participants.update', {
    id: found.rows[0]!.id,
    participant: {
      ...person('Grzegorz', 'Brzęczyszczykiewicz', '1969-07-30', 'M', 'Jedlińsk'),
      unemployedSince: '2021-03-01',
      withoutWorkSince: '2019-10-01',
      officeClientSince: '2020-01-15',
      familyMembers: [{ firstName: 'Zofia', lastName: 'Brzęczyszczykiewicz', relation: 'córka' }],
    },
  });

  const shoot = async (name: string) => {
    await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
  };
  const all = async (suffix: string) => {
    await page.goto(`${app.url}#/participants`);
    await expect(page.getByText('Znaleziono: 4')).toBeVisible();
    await shoot(`participant-list${suffix}`);
    await page.getByRole('cell', { name: 'Brzęczyszczykiewicz' }).click();
    await expect(page.getByText('Historia zmian')).toBeVisible();
    await shoot(`participant-card${suffix}`);
    await page.getByRole('button', { name: 'Edytuj' }).click();
    await page.getByRole('button', { name: 'Dodaj członka rodziny' }).click();
    await shoot(`participant-form${suffix}`);
    await page.getByRole('button', { name: 'Anuluj' }).click();
    await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
    // The question closes with an animation; until it is gone it takes the clicks.
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };
  await page.setViewportSize({ width: 1366, height: 768 });
  await all('');
  await smallScreenLargeText(page);
  await all('-1024-a++');
  await page.getByRole('switch', { name: 'Wysoki kontrast' }).click();
  await all('-1024-a++-high-contrast');
});

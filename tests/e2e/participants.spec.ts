import type { ParticipantSearchResult } from '../../src-main/contract/participants';
import { ageOn, formatDate } from '../../src-main/domain/dates';
import { generatePesel } from '../../src-main/domain/pesel';
import { expect, test } from './fixtures';
import {
  arrangeParticipants,
  fillAddress,
  openNewParticipantForm,
  person,
  pickOption,
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

  // Named at the field once it was left, and again by the core when saving.
  await expect(page.getByText(/jest już w rejestrze: Anna Kowalska/)).toHaveCount(2);
  await page.getByRole('button', { name: 'Otwórz kartę istniejącego uczestnika' }).click();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Kowalska Anna' })).toBeVisible();
  expect((await app.call<ParticipantSearchResult>('participants.search', {})).total).toBe(1);
});

test('editing is saved and shows in the history; views only on request', async ({ page, app }) => {
  await arrangeParticipants(app);
  // Her card read a dozen times before: the views come from the core a page at a time.
  const { rows } = await app.call<ParticipantSearchResult>('participants.search', {
    query: 'Kowalska',
  });
  for (let i = 0; i < 12; i++) await app.call('participants.get', { id: rows[0]!.id });
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

  await page.getByRole('switch', { name: 'Pokaż także wglądy (odczyty danych)' }).click();
  await expect(page.getByRole('row', { name: /Wgląd w dane/ }).first()).toBeVisible();
  // Two changes and the views (a dozen before, and this visit's): the oldest, her creation,
  // on the last page of ten.
  const { total } = await app.call<{ total: number }>('audit.forEntity', {
    entity: 'participant',
    entityId: rows[0]!.id,
    includeViews: true,
  });
  const history = page.locator('.ant-card').filter({ hasText: 'Historia zmian' });
  await expect(history.getByText(`Razem: ${total}`)).toBeVisible();
  await expect(history.getByRole('row', { name: /Utworzenie/ })).toHaveCount(0);
  const last = Math.ceil(total / 10);
  await history.getByTitle(String(last), { exact: true }).click();
  await expect(history.getByRole('row', { name: /Utworzenie/ })).toBeVisible();
  const onLastPage = total - (last - 1) * 10;
  await expect(history.getByRole('row', { name: /Wgląd w dane/ })).toHaveCount(onLastPage - 1);
});

test('screens for review: list, card and form', async ({ page, app }) => {
  test.setTimeout(60_000); // three rounds of full-page screenshots on a two-core machine
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

test('a PESEL giving an implausible age and another sex than chosen is saved only once confirmed; the card opens at its top', async ({
  page,
  app,
}) => {
  // Over 99 years old: a mistyped year as a rule (the core refuses births before 1900 at all).
  const born = '1920-03-01';
  const age = ageOn(born, app.today);
  await page.setViewportSize({ width: 1366, height: 700 });
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak');
  await page.getByLabel('Imię', { exact: true }).fill('Janina');
  await page.getByLabel('Kobieta', { exact: true }).check();
  await page.getByLabel('PESEL', { exact: true }).fill(generatePesel(born, 'M', 5));

  const doubts = page.locator('.pesel-doubts');
  await expect(doubts).toContainText('Sprawdź numer PESEL');
  await expect(doubts).toContainText(
    `Z numeru PESEL wynika data urodzenia ${formatDate(born)} — osoba ma ${age} lat.`,
  );
  await expect(doubts).toContainText(
    'Numer PESEL wskazuje płeć: mężczyzna, a wcześniej wybrano: kobieta.',
  );
  await expect(page.getByLabel('Mężczyzna', { exact: true })).toBeChecked();

  await fillAddress(page);
  await page.getByLabel('Bezrobocie', { exact: true }).check();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Potwierdź numer PESEL albo go popraw')).toBeVisible();
  await expect(doubts).toContainText('bez tego danych nie można zapisać');
  const confirm = page.getByRole('checkbox', { name: 'Potwierdzam, że numer PESEL jest poprawny' });
  await expect(confirm).toBeFocused();
  await page.screenshot({ path: `${SCREENS}/participant-form-pesel-doubts.png` });
  await expect(page).toHaveURL(/#\/participants\/new$/);
  expect((await app.call<ParticipantSearchResult>('participants.search', {})).total).toBe(0);

  await confirm.check();
  const save = page.getByRole('button', { name: 'Zapisz' });
  await save.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await save.click();

  await expect(page.getByRole('heading', { name: 'Nowak Janina' })).toBeVisible();
  await expect(page.getByText(formatDate(born))).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('a plausible PESEL asks for no confirmation', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Mężczyzna', { exact: true }).check();
  await page.getByLabel('PESEL', { exact: true }).fill('44051401458');
  await expect(page.getByLabel('Data urodzenia', { exact: true })).toHaveValue('14.05.1944');
  await page.getByLabel('PESEL', { exact: true }).blur();
  await expect(page.getByText('Sprawdź numer PESEL')).toHaveCount(0);
  await expect(page.getByText(/jest już w rejestrze/)).toHaveCount(0);
});

test('leaving the PESEL field names the person who already has it, with a link to the card', async ({
  page,
  app,
}) => {
  const existing = person('Anna', 'Kowalska', '1985-11-02', 'K', 'Skaryszew');
  await app.call('participants.create', existing);
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalska-Nowak');
  await page.getByLabel('PESEL', { exact: true }).fill(existing.pesel!);
  await expect(page.getByText(/jest już w rejestrze/)).toHaveCount(0); // not while typing
  await page.getByLabel('PESEL', { exact: true }).press('Tab');

  const notice = page.getByRole('alert').filter({
    hasText: 'Osoba z tym numerem PESEL jest już w rejestrze: Anna Kowalska',
  });
  await expect(notice).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/participant-form-duplicate-pesel.png` });

  await notice.getByRole('button', { name: 'Otwórz kartę tej osoby' }).click();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Kowalska Anna' })).toBeVisible();

  // Her own form does not find her PESEL "taken".
  await page.getByRole('button', { name: 'Edytuj' }).click();
  await page.getByLabel('PESEL', { exact: true }).focus();
  await page.getByLabel('PESEL', { exact: true }).press('Tab');
  await expect(page.getByText(/jest już w rejestrze/)).toHaveCount(0);
});

test('the list shows its active filters, and one button clears the search and them all', async ({
  page,
  app,
}) => {
  await arrangeParticipants(app);
  await page.goto(app.url);
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Aktywne filtry' })).toHaveCount(0);

  await page.getByLabel('Szukaj uczestnika').fill('radom');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  // Typed without Polish letters, the filter still finds its option.
  await page.getByLabel('Filtr: pracownik socjalny').fill('wisniewska');
  await pickOption(page, 'Wiśniewska Ewa');
  await page.getByLabel('Filtr: przesłanka wykluczenia').click();
  await pickOption(page, 'Bezrobocie');

  const active = page.getByRole('group', { name: 'Aktywne filtry' });
  await expect(active).toContainText('Szukane: „radom”');
  await expect(active).toContainText('Pracownik socjalny: Wiśniewska Ewa');
  await expect(active).toContainText('Przesłanka wykluczenia: Bezrobocie');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/participant-list-filters.png`, fullPage: true });

  // One filter goes with its tag…
  await active.getByRole('button', { name: 'Usuń filtr: pracownik socjalny' }).click();
  await expect(active).not.toContainText('Pracownik socjalny');
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();

  // …and all of them, with the search, with one button.
  await active.getByRole('button', { name: 'Wyczyść filtry' }).click();
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();
  await expect(page.getByLabel('Szukaj uczestnika')).toHaveValue('');
  await expect(active).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Znaleziono: 4')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Aktywne filtry' })).toHaveCount(0);
});

test('a social worker is found by typing a name without Polish letters', async ({ page, app }) => {
  await app.call('staff.create', {
    firstName: 'Ewa',
    lastName: 'Wiśniewska',
    role: 'socialWorker',
  });
  await app.call('staff.create', {
    firstName: 'Joanna',
    lastName: 'Łapińska',
    role: 'socialWorker',
  });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Uczestnicy' })).toBeVisible();
  const filter = page.getByRole('combobox', { name: 'Filtr: pracownik socjalny' });
  await filter.click();
  await filter.fill('lapinska');
  const options = page.locator('.ant-select-dropdown .ant-select-item-option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('Łapińska Joanna');
  await options.first().click();
  await expect(page.getByRole('group', { name: 'Aktywne filtry' })).toContainText(
    'Pracownik socjalny: Łapińska Joanna',
  );
});

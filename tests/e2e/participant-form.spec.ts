import type { ParticipantSearchResult } from '../../src-main/contract/participants';
import { expect, test } from './fixtures';
import { fillAddress, openNewParticipantForm, pickOption, SCREENS } from './participant-helpers';

test('a person typed into the form is enrolled into a project from the card', async ({
  page,
  app,
}) => {
  const project = await app.call<{ id: number; title: string }>('projects.create', {
    title: 'Klub Integracji Społecznej w Jedlińsku',
    programme: 'FERS 2021–2027',
    measure: 'Działanie 7.1',
    edition: 'I edycja',
    beneficiary: 'Gminny Ośrodek Pomocy Społecznej w Jedlińsku',
    isEfs: true,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    totalValue: 34977380,
    euFunding: 31050380,
    ownContribution: 3927000,
    plannedWomen: 8,
    plannedMen: 6,
    criteria: [],
  });

  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Żółkiewski');
  await page.getByLabel('Imię', { exact: true }).fill('Łukasz');
  await page.getByLabel('PESEL', { exact: true }).fill('44051401458');
  await fillAddress(page);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Żółkiewski Łukasz' })).toBeVisible();

  await page.getByRole('button', { name: 'Zapisz do projektu' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Projekt').click();
  await pickOption(page, project.title);
  await dialog.getByRole('checkbox', { name: /przetwarzanie danych osobowych/ }).check();
  await dialog.getByRole('button', { name: /^Zapisz/ }).click();

  await expect(dialog).toBeHidden();
  const enrolment = page.getByRole('region', { name: `Zgłoszenie: ${project.title}` });
  await expect(enrolment).toContainText('Kandydat');
});

test('Enter in a field does not save; the save button does', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak');
  await page.getByLabel('Imię', { exact: true }).fill('Jan');
  await page.getByLabel('PESEL', { exact: true }).fill('44051401458');
  await fillAddress(page);
  const registered = page.getByLabel('Data rejestracji w PUP jako osoba bezrobotna');
  await registered.fill('01.03.2021');
  await registered.press('Enter');
  await page.getByLabel('Nazwisko', { exact: true }).press('Enter');

  await expect(registered).toHaveValue('01.03.2021');
  await expect(page).toHaveURL(/#\/participants\/new$/);
  expect((await app.call<ParticipantSearchResult>('participants.search', {})).total).toBe(0);

  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano dane uczestnika')).toBeVisible();
  await expect(page.getByText('01.03.2021')).toBeVisible();
});

test('what a PESEL filled is cleared when it stops being valid', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  const pesel = page.getByLabel('PESEL', { exact: true });
  const birthDate = page.getByLabel('Data urodzenia', { exact: true });
  await pesel.fill('44051401458');
  await expect(birthDate).toHaveValue('14.05.1944');
  await expect(birthDate).toBeDisabled();

  await pesel.fill('44051401459');
  await expect(birthDate).toHaveValue('');
  await expect(birthDate).toBeEnabled();
  await expect(page.getByLabel('Mężczyzna', { exact: true })).not.toBeChecked();

  await pesel.fill('44051401458');
  await expect(birthDate).toHaveValue('14.05.1944');
  await page.getByLabel('Osoba bez numeru PESEL (np. cudzoziemiec)').check();
  await expect(birthDate).toHaveValue('');
  await expect(birthDate).toBeEnabled();
});

test('postal code gets its dash; the e-mail is checked in Polish only', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  const postalCode = page.getByLabel('Kod pocztowy', { exact: true });
  await postalCode.fill('26600');
  await postalCode.blur();
  await expect(postalCode).toHaveValue('26-600');

  const email = page.getByLabel('E-mail', { exact: true });
  await expect(email).toHaveAttribute('type', 'text');
  await email.fill('jan.nowak@');
  await email.blur();
  await expect(page.getByText('Nieprawidłowy adres e-mail')).toBeVisible();
});

test('the browser Back button on an unsaved form asks first', async ({ page, app }) => {
  await openNewParticipantForm(page, app);
  await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak');

  await page.goBack();
  await expect(page.getByRole('dialog')).toContainText('Porzucić niezapisane zmiany?');
  await expect(page).toHaveURL(/#\/participants\/new$/);
  await page.getByRole('button', { name: 'Wróć do formularza' }).click();
  await expect(page.getByLabel('Nazwisko', { exact: true })).toHaveValue('Nowak');
  await expect(page).toHaveURL(/#\/participants\/new$/);
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goBack();
  await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Uczestnicy' })).toBeVisible();
  await expect(page).toHaveURL(/#\/participants$/);
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

test('the header names who is signed in: changes carry that name', async ({ page, app }) => {
  await page.goto(app.url);
  const header = page.getByRole('banner');
  await expect(header).toContainText('Tadeusz Tester');
  await expect(header).toContainText('Pracownik socjalny, Koordynator projektu');
  await page.screenshot({ path: `${SCREENS}/header-signed-in.png` });
  expect(await app.dispatch('session.get', {}, app.browserCaller)).toMatchObject({
    ok: true,
    data: { state: 'signedIn', user: { login: 'tester' } },
  });
});

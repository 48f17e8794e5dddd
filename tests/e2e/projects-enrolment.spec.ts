import { expect, test } from './fixtures';
import {
  arrangeParticipant,
  arrangeProject,
  KIS_CRITERIA,
  pickOption,
  SCREENS,
  typeDate,
} from './arrange';

test('a project with recruitment criteria is created through the form and listed', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Projekty' }).click();
  await page.getByRole('button', { name: 'Nowy projekt' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy projekt' })).toBeVisible();

  await page.getByLabel('Tytuł projektu').fill('Klub Integracji Społecznej szansą na lepsze jutro');
  await page.getByLabel('Program').fill('RPO 2014–2020');
  await page.getByLabel('Program').press('Escape');
  await page.getByLabel('Działanie / poddziałanie').fill('Działanie 9.1, Poddziałanie 9.1.6');
  await page.getByLabel('Edycja').fill('II edycja');
  await page.getByLabel('Beneficjent').fill('Miejski Ośrodek Pomocy Społecznej w Radomiu');
  await typeDate(page, 'Początek projektu', '01.03.2019');
  await typeDate(page, 'Koniec projektu', '30.11.2020');

  await page.getByLabel('Wartość projektu').fill('349 773,80');
  await page.getByLabel('Dofinansowanie UE').fill('310 503,80');
  await page.getByLabel('Wkład własny').fill('39 000');
  await expect(page.getByText('Suma się nie zgadza')).toBeVisible();
  await page.getByLabel('Wkład własny').fill('39.270,005');
  await expect(page.getByText('Kwota może mieć najwyżej dwie cyfry po przecinku')).toBeVisible();
  await page.getByLabel('Wkład własny').fill('39.270,00');
  await expect(page.getByText('Suma się zgadza')).toBeVisible();

  await page.getByRole('button', { name: 'Dodaj partnera' }).click();
  await page.getByLabel('Nazwa partnera 1').fill('Powiatowy Urząd Pracy w Radomiu');
  await page.getByLabel('Kobiety (K)').fill('12');
  await page.getByLabel('Mężczyźni (M)').fill('8');

  await page.getByRole('button', { name: 'Dodaj kryterium' }).click();
  await page.getByRole('menuitem', { name: 'Wiek minimalny' }).click();
  await page.getByLabel('Minimalny wiek (lata)').fill('35');
  await page.getByRole('button', { name: 'Dodaj kryterium' }).click();
  await page.getByRole('menuitem', { name: 'Okres rejestracji w PUP' }).click();
  await page
    .getByLabel('Rejestracja w PUP jako osoba bezrobotna co najmniej (miesiące)')
    .fill('24');
  await page.getByRole('button', { name: 'Dodaj kryterium' }).click();
  await page.getByRole('menuitem', { name: 'Wykształcenie najwyżej' }).click();
  await expect(page.getByText('Wiek co najmniej 35 lat')).toBeVisible();
  await expect(
    page.getByText('Rejestracja w PUP jako osoba bezrobotna co najmniej 24 mies.'),
  ).toBeVisible();
  await expect(page.getByText('Wykształcenie najwyżej: Ponadgimnazjalne')).toBeVisible();

  await page.screenshot({ path: `${SCREENS}/project-form.png`, fullPage: true });
  // Enter in a field saves nothing: only the button does.
  await page.getByLabel('Edycja').press('Enter');
  await expect(page.getByRole('heading', { name: 'Nowy projekt' })).toBeVisible();
  await page.getByRole('button', { name: 'Zapisz projekt' }).click();

  await expect(
    page.getByText('Dodano projekt: Klub Integracji Społecznej szansą na lepsze jutro'),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Klub Integracji Społecznej szansą/ });
  await expect(row).toContainText('RPO 2014–2020');
  await expect(row).toContainText('01.03.2019–30.11.2020');
  await expect(row).toContainText('12 K / 8 M');

  await page.getByLabel('Szukaj projektu po tytule').fill('szansa na lepsze');
  await expect(row).toBeVisible();

  // Editing: the amounts come back in złote; leaving with unsaved changes asks first.
  await row.getByRole('link').click();
  await expect(
    page.getByRole('heading', {
      name: 'Projekt: Klub Integracji Społecznej szansą na lepsze jutro',
    }),
  ).toBeVisible();
  await expect(page.getByLabel('Wartość projektu')).toHaveValue('349 773,80');
  await expect(page.getByLabel('Minimalny wiek (lata)')).toHaveValue('35');
  await page.getByLabel('Edycja').fill('III edycja');
  await page.getByRole('button', { name: 'Anuluj' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Wróć do formularza' }).click();
  await expect(page.getByLabel('Edycja')).toHaveValue('III edycja');
  await page.getByRole('button', { name: 'Anuluj' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Projekty' })).toBeVisible();
  await expect(row).toContainText('II edycja');

  const [listed] = await app.call<{ id: number }[]>('projects.list', {});
  const saved = await app.call<Record<string, unknown>>('projects.get', { id: listed!.id });
  expect(saved).toMatchObject({
    totalValue: 34977380,
    euFunding: 31050380,
    ownContribution: 3927000,
    criteria: KIS_CRITERIA,
  });
});

test('a person who fails a criterion is registered as a candidate from the card', async ({
  page,
  app,
}) => {
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  await page.goto(`${app.url}#/participants/${person.id}`);

  await page.getByRole('button', { name: 'Zapisz do projektu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zapisz do projektu' });
  await dialog.getByLabel('Projekt').click();
  await pickOption(page, project.title);

  const criteria = dialog.getByRole('region', { name: 'Kryteria kwalifikacji' });
  await expect(
    criteria.getByRole('listitem').filter({ hasText: 'Wiek co najmniej 35 lat' }),
  ).toContainText(/30 lat, wymagane co najmniej 35/);
  await expect(criteria.getByRole('img', { name: 'niespełnione' })).toHaveCount(1);
  await expect(criteria.getByRole('img', { name: 'spełnione', exact: true })).toHaveCount(2);
  await expect(criteria).toContainText('Osoba nie spełnia wszystkich kryteriów projektu');

  // Suggested from the card (registered in PUP, homeless); all answers needed once one is given.
  const monitoring = dialog.getByRole('region', { name: 'Dane do monitorowania EFS' });
  await expect(monitoring).toContainText('Osoba bezrobotna zarejestrowana w PUP');
  await expect(
    monitoring
      .getByRole('radiogroup', { name: /Osoba bezdomna/ })
      .getByRole('radio', { name: 'Tak' }),
  ).toBeChecked();
  await expect(monitoring).toContainText('Dane EFS są nieobowiązkowe przy zgłoszeniu');
  await monitoring
    .getByRole('radiogroup', { name: 'Osoba z niepełnosprawnościami' })
    .getByText('Odmowa odpowiedzi')
    .click();
  await expect(monitoring).toContainText('odpowiedz na wszystkie pytania');
  await dialog.getByRole('button', { name: 'Zapisz jako kandydata' }).click();
  await expect(monitoring.getByText('Wybierz odpowiedź')).toHaveCount(4);
  // "W tym: z dziećmi" is asked only of a household without anybody working.
  await expect(monitoring.getByRole('radiogroup')).toHaveCount(6);
  const jobless = monitoring.getByRole('radiogroup', { name: /bez osób pracujących/ });
  await jobless.getByText('Tak', { exact: true }).click();
  await expect(monitoring.getByRole('radiogroup')).toHaveCount(7);
  await jobless.getByText('Nie', { exact: true }).click();
  for (const name of [/obcego pochodzenia/, /jednej osoby dorosłej/, /innej niekorzystnej/])
    await monitoring.getByRole('radiogroup', { name }).getByText('Nie', { exact: true }).click();
  await expect(monitoring.getByText('Wybierz odpowiedź')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Zapisz jako kandydata' }).click();
  await expect(
    dialog.getByText('Bez zgody na przetwarzanie danych osobowych nie można przyjąć zgłoszenia'),
  ).toBeVisible();
  await dialog.getByLabel(/wyraził zgodę na przetwarzanie danych osobowych/).check();
  await expect(dialog.getByText('Bez zgody na przetwarzanie danych osobowych')).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 1500 }); // the whole dialog in one picture
  await page.screenshot({ path: `${SCREENS}/enrolment-dialog.png` });
  await dialog.getByRole('button', { name: 'Zapisz jako kandydata' }).click();

  await expect(dialog).toBeHidden();
  const card = page.getByRole('region', { name: `Zgłoszenie: ${project.title}` });
  await expect(card).toContainText('Kandydat');
  await expect(card).toContainText('Nie spełnia kryteriów');
  await expect(card.getByRole('region', { name: 'Historia statusów' })).toContainText(
    'Zgłoszenie: Kandydat',
  );
  await expect(card.getByRole('region', { name: 'Historia statusów' })).toContainText('Anna Nowak');
  await expect(card).toContainText('zebrane');
  const [saved] = await app.call<{ monitoring: unknown }[]>('enrolments.forParticipant', {
    participantId: person.id,
  });
  expect(saved!.monitoring).toEqual({
    labourStatus: 'unemployedRegistered',
    disability: 'refused',
    foreignBackground: 'no',
    homelessness: 'yes',
    householdJobless: 'no',
    householdWithChildren: 'no',
    singleAdultWithChildren: 'no',
    otherDisadvantage: 'no',
  });
});

test('a status change with a reason appears in the history timeline', async ({ page, app }) => {
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  await app.call('enrolments.create', {
    participantId: person.id,
    projectId: project.id,
    enrolledOn: '2026-02-02',
    consentDataProcessing: true,
    consentDate: '2026-02-02',
  });
  await page.goto(`${app.url}#/participants/${person.id}`);

  await page.getByRole('button', { name: 'Zmień status' }).click();
  const dialog = page.getByRole('dialog', { name: /Zmiana statusu/ });
  await expect(dialog.getByRole('radio')).toHaveCount(3); // zakwalifikowany, lista rezerwowa, odrzucony
  // Qualifying a person who failed a criterion is allowed, but the dialog says so first.
  await dialog.getByLabel('Zakwalifikowany').check();
  await expect(dialog.getByRole('alert')).toContainText(
    'Osoba nie spełniała kryteriów projektu w dniu zgłoszenia (02.02.2026)',
  );
  await expect(dialog.getByRole('alert')).toContainText('Wiek co najmniej 35 lat');
  await dialog.getByLabel('Lista rezerwowa').check();
  await expect(dialog.getByRole('alert')).toBeHidden();
  await typeDate(page, 'Data zmiany', '01.02.2026');
  await dialog.getByRole('button', { name: 'Zmień status' }).click();
  await expect(dialog.getByText('Podaj uzasadnienie tej zmiany statusu')).toBeVisible();

  await dialog.getByLabel('Uzasadnienie').fill('Brak miejsc w grupie');
  await dialog.getByRole('button', { name: 'Zmień status' }).click();
  // The core refuses a change dated before the enrolment; its Polish message is shown.
  await expect(
    dialog.getByText('Data zmiany nie może być wcześniejsza niż poprzednia zmiana statusu'),
  ).toBeVisible();
  await typeDate(page, 'Data zmiany', '16.02.2026');
  await dialog.getByRole('button', { name: 'Zmień status' }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole('region', { name: 'Historia statusów' });
  await expect(history).toContainText('16.02.2026');
  await expect(history).toContainText('Kandydat → Lista rezerwowa');
  await expect(history).toContainText('Uzasadnienie: Brak miejsc w grupie');
  await page
    .getByRole('region', { name: `Zgłoszenie: ${project.title}` })
    .screenshot({ path: `${SCREENS}/enrolment-history.png` });
  await expect(page.getByRole('region', { name: `Zgłoszenie: ${project.title}` })).toContainText(
    'Lista rezerwowa',
  );
});

test('the office and its staff are kept in the settings', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  await page.getByLabel('Nazwa ośrodka').fill('Miejski Ośrodek Pomocy Społecznej w Bartoszycach');
  await page.getByLabel('Kierownik ośrodka').fill('Maria Zielińska');
  await page.getByLabel('Telefon').fill('abc');
  await expect(page.getByText('Nieprawidłowy numer telefonu')).toBeVisible();
  await page.getByLabel('Telefon').fill('89 762 00 00');
  await page.getByLabel('Telefon').press('Enter'); // saves nothing: only the button does
  expect(await app.call('settings.get', {})).toMatchObject({
    officeName: 'Ośrodek Pomocy Społecznej',
  });
  await page.getByRole('button', { name: 'Zapisz dane ośrodka' }).click();
  await expect(page.getByText('Zapisano dane ośrodka.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(
    'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  );
  // A new project opened directly (or reloaded) still starts with the office as beneficiary.
  await page.goto(`${app.url}#/projects/new`);
  await page.reload();
  await expect(page.getByLabel('Beneficjent')).toHaveValue(
    'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  );
  await page.goto(`${app.url}#/settings`);

  await page.getByRole('tab', { name: 'Pracownicy' }).click();
  await page.getByRole('button', { name: 'Dodaj pracownika' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy pracownik' });
  // On a busy machine the first click can land while the dialog is still animating in.
  await expect(async () => {
    await dialog.getByRole('button', { name: 'Zapisz' }).click();
    await expect(dialog.getByText('Pole „Imię” jest wymagane')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await dialog.getByLabel('Imię').fill('Piotr');
  await dialog.getByLabel('Nazwisko').fill('Łęcki');
  await dialog.getByLabel('Funkcja').click();
  await pickOption(page, 'Lider KIS');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Łęcki Piotr/ });
  await expect(row).toContainText('Lider KIS');
  await expect(row).toContainText('Aktywny');
  await row.getByRole('button', { name: 'Dezaktywuj' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Dezaktywuj' }).click();
  await expect(row).toContainText('Nieaktywny');
  await page.screenshot({ path: `${SCREENS}/settings-staff.png`, animations: 'disabled' });
  const staff = await app.call<{ lastName: string; active: boolean }[]>('staff.list', {
    includeInactive: true,
  });
  // Beside the administrator made at the first start.
  expect(staff).toEqual([
    expect.objectContaining({ lastName: 'Łęcki', active: false }),
    expect.objectContaining({ lastName: 'Tester', active: true }),
  ]);
});

test('the project’s team is chosen on the project’s page', async ({ page, app }) => {
  const project = await arrangeProject(app);
  const worker = await app.call<{ id: number }>('staff.create', {
    firstName: 'Ewelina',
    lastName: 'Łapińska',
    role: 'socialWorker',
  });
  await page.goto(`${app.url}#/projects/${project.id}`);
  const team = page.getByRole('combobox', { name: 'Zespół projektu' });
  await team.click();
  // Typed without Polish letters, as on every list.
  await team.pressSequentially('lapin');
  await pickOption(page, /Łapińska Ewelina — Pracownik socjalny/);
  await page.getByRole('button', { name: 'Zapisz zespół' }).click();
  await expect(page.getByText('Zapisano zespół projektu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zapisz zespół' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/project-team.png', fullPage: true });
  expect(
    await app.call<{ staffIds: number[] }>('projects.team', { projectId: project.id }),
  ).toMatchObject({ staffIds: [worker.id] });
});

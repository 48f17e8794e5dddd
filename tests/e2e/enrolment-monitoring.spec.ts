import type { Page } from '@playwright/test';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { expect, test, type E2eApp } from './fixtures';
import {
  arrangeParticipant,
  arrangeProject,
  largestText,
  pickOption,
  SCREENS,
  typeDate,
} from './arrange';

async function openEnrolDialog(page: Page, app: E2eApp, participantId: number) {
  await page.goto(`${app.url}#/participants/${participantId}`);
  await page.getByRole('button', { name: 'Zapisz do projektu' }).click();
  return page.getByRole('dialog', { name: 'Zapisz do projektu' });
}

test('an enrolment without EFS data is saved and the data are completed later', async ({
  page,
  app,
}) => {
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const dialog = await openEnrolDialog(page, app, person.id);
  await dialog.getByLabel('Projekt').click();
  await pickOption(page, project.title);

  // Escape with data entered asks first; going back keeps what was entered.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0); // Escape is its own
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Wróć do formularza' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Projekt')).toBeVisible();

  await dialog.getByLabel(/wyraził zgodę na przetwarzanie danych osobowych/).check();
  await dialog.getByRole('button', { name: 'Zapisz jako kandydata' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`Zapisano zgłoszenie do projektu: ${project.title} (status: kandydat)`),
  ).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/toast-below-header.png` });

  const card = page.getByRole('region', { name: `Zgłoszenie: ${project.title}` });
  await expect(card).toContainText('do uzupełnienia');
  await card.getByRole('button', { name: 'Uzupełnij dane EFS' }).click();
  const efs = page.getByRole('dialog', { name: /Dane do monitorowania EFS/ });
  // Suggested from the card: registered in PUP, homeless.
  await expect(efs).toContainText('Osoba bezrobotna zarejestrowana w PUP');
  await efs.getByRole('button', { name: 'Zapisz dane EFS' }).click();
  await expect(efs.getByText('Wybierz odpowiedź')).toHaveCount(5);
  const answer = (question: RegExp, text: string) =>
    efs.getByRole('radiogroup', { name: question }).getByText(text, { exact: true }).click();
  await answer(/niepełnosprawnościami/, 'Nie');
  await answer(/obcego pochodzenia/, 'Odmowa odpowiedzi');
  await answer(/bez osób pracujących/, 'Tak');
  await answer(/z dziećmi pozostającymi/, 'Tak');
  await answer(/jednej osoby dorosłej/, 'Nie');
  await answer(/innej niekorzystnej/, 'Nie');
  await efs.getByRole('button', { name: 'Zapisz dane EFS' }).click();
  await expect(efs).toBeHidden();

  await expect(card).toContainText('zebrane');
  await expect(card.getByRole('button', { name: 'Zmień dane EFS' })).toBeVisible();
  const [saved] = await app.call<{ monitoring: unknown; longTermUnemployed: boolean }[]>(
    'enrolments.forParticipant',
    { participantId: person.id },
  );
  expect(saved).toMatchObject({
    monitoring: {
      labourStatus: 'unemployedRegistered',
      disability: 'no',
      foreignBackground: 'refused',
      homelessness: 'yes',
      householdJobless: 'yes',
      householdWithChildren: 'yes',
      singleAdultWithChildren: 'no',
      otherDisadvantage: 'no',
    },
    longTermUnemployed: true,
  });

  // Changing them again starts from the saved answers.
  await card.getByRole('button', { name: 'Zmień dane EFS' }).click();
  await expect(
    efs.getByRole('radiogroup', { name: /obcego pochodzenia/ }).getByRole('radio', {
      name: 'Odmowa odpowiedzi',
    }),
  ).toBeChecked();
  await efs.getByRole('button', { name: 'Anuluj' }).click();
  await expect(efs).toBeHidden();
});

test('an enrolment dated in the future is refused with the reason on the field', async ({
  page,
  app,
}) => {
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const dialog = await openEnrolDialog(page, app, person.id);
  await dialog.getByLabel('Projekt').click();
  await pickOption(page, project.title);
  // The day after the core's today, whatever day the suite runs on.
  await typeDate(page, 'Data zgłoszenia', formatDate(addDays(app.today, 1)));
  await dialog.getByLabel(/wyraził zgodę na przetwarzanie danych osobowych/).check();
  await dialog.getByRole('button', { name: 'Zapisz jako kandydata' }).click();

  const field = dialog
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('Data zgłoszenia') });
  await expect(field).toContainText('Data nie może być z przyszłości');
  await expect(dialog).toBeVisible();
  expect(await app.call('enrolments.forParticipant', { participantId: person.id })).toEqual([]);
});

test('screens for review: project form, enrolment dialog and card at 1366 and 1024 px', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const project = await arrangeProject(app, 'Klub Integracji Społecznej „Nowy Start” w Radomiu');
  const { id: _id, ...fields } = await app.call<Record<string, unknown>>('projects.get', {
    id: project.id,
  });
  await app.call('projects.update', {
    id: project.id,
    project: {
      ...fields,
      partners: [{ name: 'Powiatowy Urząd Pracy w Radomiu', nip: '7962812041', role: 'doradztwo' }],
      indicators: [
        { name: 'liczba osób, które ukończyły kurs zawodowy', targetWomen: 8, targetMen: 5 },
      ],
      criteria: [
        { kind: 'minAge', years: 35 },
        { kind: 'registeredUnemployedMonths', months: 24 },
        { kind: 'maxEducation', level: 'isced3' },
        { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'homelessness'] },
        { kind: 'residenceInCommune', commune: 'Radom' },
      ],
    },
  });
  const other = await arrangeProject(app, 'Aktywna integracja w Gminie Radom');
  const person = await arrangeParticipant(app);
  const enrolment = await app.call<{ id: number }>('enrolments.create', {
    participantId: person.id,
    projectId: project.id,
    enrolledOn: '2026-02-02',
    consentDataProcessing: true,
    consentDate: '2026-02-02',
  });
  await app.call('enrolments.changeStatus', {
    id: enrolment.id,
    to: 'qualified',
    date: '2026-11-23',
    reason: 'Decyzja komisji rekrutacyjnej',
  });

  for (const [width, label] of [
    [1366, '1366'],
    [1024, '1024-a++'],
  ] as const) {
    await page.setViewportSize({ width, height: 768 });
    await page.goto(`${app.url}#/projects/${project.id}`);
    if (width === 1024) await largestText(page);
    await expect(page.getByRole('heading', { name: /^Projekt: / })).toBeVisible();
    await page.getByLabel('NIP').fill('123');
    await expect(page.getByText('NIP musi mieć 10 cyfr')).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/project-form-${label}.png`, fullPage: true });

    await page.goto(`${app.url}#/participants/${person.id}`);
    await page.getByRole('button', { name: 'Porzuć zmiany' }).click();
    const card = page.getByRole('region', { name: `Zgłoszenie: ${project.title}` });
    await expect(card).toContainText('Zakwalifikowany');
    await card.screenshot({ path: `${SCREENS}/enrolment-card-${label}.png` });

    await card.getByRole('button', { name: 'Zmień status' }).click();
    const status = page.getByRole('dialog', { name: /Zmiana statusu/ });
    await expect(status).toBeVisible();
    // The dialog may still be animating in on a busy machine: check until it takes.
    await expect(async () => status.getByLabel('Uczestnik').check()).toPass();
    await expect(status.getByRole('alert')).toBeVisible();
    await page.screenshot({
      path: `${SCREENS}/status-dialog-${label}.png`,
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Porzuć dane' }).click();
    await expect(status).toBeHidden();

    await page.setViewportSize({ width, height: 2000 }); // the whole dialog in one picture
    await page.getByRole('button', { name: 'Zapisz do projektu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zapisz do projektu' });
    await dialog.getByLabel('Projekt').click();
    await pickOption(page, other.title);
    await expect(dialog.getByText('Dane EFS są nieobowiązkowe')).toBeVisible();
    await expect(dialog.getByText('Kryteria kwalifikacji na dzień')).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/enrol-dialog-${label}.png`, animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Anuluj' }).click();
    await page.getByRole('button', { name: 'Porzuć dane' }).click();
    await expect(dialog).toBeHidden();
  }

  await page.getByRole('switch', { name: 'Wysoki kontrast' }).click();
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('tab', { name: 'Pracownicy' }).click();
  await expect(page.getByRole('row', { name: /Nowak Anna/ })).toContainText('Aktywny');
  await page.screenshot({ path: `${SCREENS}/staff-high-contrast-1024-a++.png` });
  await page.getByRole('button', { name: 'Dodaj pracownika' }).click();
  await page.getByRole('dialog').getByLabel('Imię').fill('Piotr');
  await page.getByRole('dialog').getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('dialog').getByText('Pole „Nazwisko” jest wymagane')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/staff-dialog-high-contrast-1024-a++.png` });
});

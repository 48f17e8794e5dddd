import { execFileSync } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { expect, test, type E2eApp } from './fixtures';
import {
  arrangeContractWorld,
  arrangeParticipant,
  arrangeProject,
  arrangeSecondPerson,
  SCREENS,
  typeDate,
} from './arrange';

/** What a person reads on the saved PDF (poppler's pdftotext), spaces normalised. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replaceAll('\u00a0', ' ')
    .replace(/[ \t]+/g, ' ');
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Opens a select and picks an option from ITS dropdown (one closed a moment ago is still in
 * the page, fading out). A click during the dropdown's opening animation may land nowhere,
 * so it is repeated until the select shows the choice.
 */
async function select(page: Page, combobox: Locator, text: string) {
  const root = combobox.locator(
    'xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  await expect(async () => {
    await combobox.click({ timeout: 2000 });
    const list = await combobox.getAttribute('aria-controls');
    await page
      .locator('.ant-select-dropdown')
      .filter({ has: page.locator(`[id="${list}"]`) })
      .locator('.ant-select-item-option')
      .filter({ hasText: exactly(text) })
      .click({ timeout: 2000 });
    await expect(root).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Answers a confirmation: the click is repeated until the dialog goes, since a click
 * during its opening animation may land nowhere (a busy OK button ignores a repeat).
 */
async function confirm(page: Page, title: string | RegExp, button: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(async () => {
    // A write slower than one round leaves the dialog busy; once it has gone, it is answered.
    if (await dialog.isVisible())
      await dialog.getByRole('button', { name: button }).click({ timeout: 2000 });
    await expect(dialog).toBeHidden({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}

/** Part II of an evaluation that both parties fill in: obligations, result, decision. */
async function partTwo(
  dialog: Locator,
  answers: { person: string; office: string; result: string; decision?: string },
) {
  const group = (name: string) => dialog.getByRole('radiogroup', { name, exact: true });
  await group('Czy osoba wywiązuje się ze swoich zobowiązań?')
    .getByRole('radio', { name: answers.person, exact: true })
    .check();
  await group('Czy ośrodek wywiązuje się ze swoich zobowiązań?')
    .getByRole('radio', { name: answers.office, exact: true })
    .check();
  await group('Wynik oceny — kontrakt jest')
    .getByRole('radio', { name: answers.result, exact: true })
    .check();
  await group('Decyzja stron')
    .getByRole('radio', {
      name: answers.decision ?? 'Kontynuacja kontraktu bez zmian',
      exact: true,
    })
    .check();
}

async function tickInstrument(page: Page, name: string) {
  await page.getByRole('checkbox', { name, exact: true }).check();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a social contract from the card: tasks, EFS path, preview, signing, evaluation, amendment, re-print', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000); // a whole contract's life, with three PDFs made in the page
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  await app.call('enrolments.create', {
    participantId: person.id,
    projectId: project.id,
    enrolledOn: '2026-02-02',
    consentDataProcessing: true,
    consentDate: '2026-02-02',
  });

  // From the participant's card: a new contract, prefilled with the person and the project.
  await page.goto(`${app.url}#/participants/${person.id}`);
  const section = page.locator('.ant-card').filter({ hasText: 'Kontrakty socjalne' });
  await expect(section.getByText('Nie zawarto kontraktów socjalnych')).toBeVisible();
  await section.getByRole('button', { name: 'Nowy kontrakt socjalny' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nowy kontrakt socjalny — Łukasz Wiśniewski' }),
  ).toBeVisible();
  const form = page.locator('.contract-form');
  await expect(form.getByText('Klub Integracji Społecznej w Radomiu')).toBeVisible();
  // A registered unemployed person: variant B, which asks about the time without work.
  await expect(page.getByRole('radio', { name: /Wariant B/ })).toBeChecked();

  await typeDate(page, 'Data zawarcia', '02.11.2026');
  await page.getByLabel('Miejsce zawarcia', { exact: true }).fill('Radom');
  await page.getByLabel('Telefon kontaktowy pracownika', { exact: true }).fill('48 360 12 34');
  // Variant B: the labour office's referral and the diagnosis in the words of part I B.
  await typeDate(page, 'Skierowanie z PUP — data', '20.10.2026');
  await page.getByLabel('Skierowanie z PUP — numer', { exact: true }).fill('CAZ.5523.7.2026');
  await page
    .getByLabel('Przyczyny pozostawania bez pracy', { exact: true })
    .fill('Długotrwałe bezrobocie, utrata mieszkania.');
  await page
    .getByLabel('Zasoby i możliwości (wykształcenie, kwalifikacje, doświadczenie zawodowe)', {
      exact: true,
    })
    .fill('Prawo jazdy kat. B, doświadczenie w budownictwie.');
  await page
    .getByLabel('Ograniczenia i bariery w podjęciu zatrudnienia', { exact: true })
    .fill('Brak aktualnych kwalifikacji, problem z alkoholem.');
  await page
    .getByLabel('Okres pozostawania bez pracy', { exact: true })
    .fill('Ponad 6 lat, w PUP od 01.03.2020');
  await page
    .getByLabel('Cel główny', { exact: true })
    .fill('Podjęcie zatrudnienia i usamodzielnienie się');
  await page.getByRole('button', { name: 'Dodaj cel szczegółowy' }).click();
  await page.getByLabel('Cel szczegółowy 1', { exact: true }).fill('Ukończenie kursu zawodowego');

  // Three tasks, edited inline.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await page.getByLabel('Zadanie 1', { exact: true }).fill('Udział w terapii uzależnień');
  await page.getByLabel('Zadanie 2', { exact: true }).fill('Pomoc w skompletowaniu dokumentów');
  await select(
    page,
    page.getByLabel('Kto realizuje zadanie 2', { exact: true }),
    'Pracownik socjalny',
  );
  await page.getByLabel('Zadanie 3', { exact: true }).fill('Skierowanie na kurs operatora koparki');
  await select(
    page,
    page.getByLabel('Kto realizuje zadanie 3', { exact: true }),
    'Inna instytucja',
  );
  await page
    .getByLabel('Realizujący zadanie 3', { exact: true })
    .fill('Powiatowy Urząd Pracy w Radomiu');
  await typeDate(page, 'Termin zadania 3', '15.01.2027');

  // The instruments, with the EFS rule shown as they are ticked.
  await tickInstrument(page, 'Kurs zawodowy');
  await expect(
    page.getByText('Instrumenty zawodowe lub edukacyjne można stosować tylko razem'),
  ).toBeVisible();
  await tickInstrument(page, 'Trening kompetencji i umiejętności społecznych');
  await expect(
    page.getByText(
      'Wybrano 2 instrumenty — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.',
    ),
  ).toBeVisible();
  await tickInstrument(page, 'Terapia uzależnień');
  await expect(
    page.getByText('✓ Ścieżka reintegracji spełnia zasady EFS (3 instrumenty).'),
  ).toBeVisible();
  await expect(page.getByText(/Wybrano 2 instrumenty/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Dodaj świadczenie' }).click();
  await page.getByLabel('Cel świadczenia 1', { exact: true }).fill('zakup odzieży roboczej');
  await page.getByLabel('Kwota świadczenia 1', { exact: true }).fill('112');
  await expect(page.getByText('słownie: sto dwanaście złotych 00/100')).toBeVisible();
  await page.getByLabel('Termin świadczenia 1', { exact: true }).fill('grudzień 2026');

  await typeDate(page, 'Obowiązuje od', '02.11.2026');
  await typeDate(page, 'Obowiązuje do', '30.04.2027');
  await typeDate(page, 'Pierwsza ocena', '20.11.2026');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/contract-editor.png` });
  await page
    .getByText('Zadania do realizacji', { exact: true })
    .evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${SCREENS}/contract-editor-tasks.png` });
  await page
    .getByText('Instrumenty społeczne', { exact: true })
    .evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${SCREENS}/contract-editor-instruments.png` });

  await page.getByRole('button', { name: 'Zapisz szkic kontraktu' }).click();
  await expect(page.getByText('Zapisano szkic kontraktu.')).toBeVisible();
  await expect(page).toHaveURL(/#\/contracts\/\d+$/);

  // The preview of the draft: a PDF made in the page, shown from a blob: address.
  await page.getByRole('button', { name: 'Podgląd' }).click();
  const preview = page.getByRole('dialog', { name: 'Podgląd szkicu kontraktu socjalnego' });
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  // Made off the page's thread, by the PDF worker (documents/render.worker.ts).
  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(/\/assets\/render\.worker-[\w-]+\.js$/),
  );
  // A draft has no number yet: its file is named after the person and the core's day.
  const draftDownload = page.waitForEvent('download');
  await preview.getByRole('link', { name: 'Zapisz PDF' }).click();
  expect((await draftDownload).suggestedFilename()).toBe(
    `Kontrakt_szkic_Wisniewski_Lukasz_${app.today}.pdf`,
  );
  await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();

  // Signing: the number from the register, and at once the numbered document to sign. The
  // contract outlasts its project and no logo strip is uploaded: both said, acknowledged.
  await page.getByRole('button', { name: 'Podpisz (zawrzyj) kontrakt' }).click();
  const sign = page.getByRole('dialog', { name: 'Podpisanie (zawarcie) kontraktu' });
  await typeDate(page, 'Data podpisania', '03.11.2026');
  await expect(
    sign.getByText('Kontrakt trwa do 30.04.2027, a projekt kończy się 31.12.2026.'),
  ).toBeVisible();
  await expect(sign.getByText(/^Brak paska logotypów UE/)).toBeVisible();
  await sign.getByRole('checkbox', { name: 'Przyjmuję do wiadomości' }).check();
  await sign.getByRole('button', { name: 'Zawrzyj i drukuj' }).click();
  await confirm(page, 'Zawrzeć kontrakt?', 'Zawrzyj i drukuj');
  const toSign = page.getByRole('dialog', {
    name: 'Kontrakt socjalny nr KS/2026/0001 — do podpisu',
  });
  await expect(toSign.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  // A copy for each party, and the preview says so.
  await expect(toSign.getByLabel('Egzemplarz')).toBeVisible();
  await expect(toSign.getByText('Dla osoby i dla ośrodka (2 egzemplarze)')).toBeVisible();
  await toSign.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(
    page.getByRole('heading', { name: 'Kontrakt socjalny nr KS/2026/0001 — Łukasz Wiśniewski' }),
  ).toBeVisible();
  const timeline = page.locator('.contract-timeline');
  await expect(timeline).toContainText('Zawarto kontrakt nr KS/2026/0001');

  // An evaluation: each task's progress and the worker's assessment.
  await page.getByRole('button', { name: 'Dodaj ocenę' }).click();
  const evaluation = page.getByRole('dialog', { name: /Ocena realizacji kontraktu/ });
  await typeDate(page, 'Data oceny', '20.11.2026');
  const statuses = ['Zrealizowane', 'W trakcie realizacji', 'Niezrealizowane'];
  for (const [i, status] of statuses.entries()) {
    await select(
      page,
      evaluation.getByLabel(`Stan realizacji zadania ${i + 1}`, { exact: true }),
      status,
    );
  }
  await evaluation
    .getByLabel('Komentarz do zadania 3', { exact: true })
    .fill('Kurs rusza w styczniu');
  await evaluation
    .getByLabel('Ocena pracownika socjalnego', { exact: true })
    .fill('Pan Łukasz regularnie uczęszcza na terapię.');
  await partTwo(evaluation, { person: 'Tak', office: 'Tak', result: 'Zrealizowany częściowo' });
  await evaluation.getByRole('checkbox', { name: 'Przyjmuję do wiadomości' }).check();
  await evaluation.getByRole('button', { name: 'Zapisz ocenę' }).click();
  await confirm(page, 'Zapisać ocenę realizacji kontraktu?', 'Zapisz ocenę');
  await expect(timeline).toContainText('Ocena realizacji nr 1');
  await expect(timeline).toContainText(
    'Zrealizowane: 1, W trakcie realizacji: 1, Niezrealizowane: 1',
  );

  // An amendment extends the period; the core lists the change.
  await page.getByRole('button', { name: 'Sporządź aneks' }).click();
  await expect(
    page.getByRole('heading', { name: /Aneks do kontraktu nr KS\/2026\/0001/ }),
  ).toBeVisible();
  await expect(page.getByLabel('Zadanie 1', { exact: true })).toHaveValue(
    'Udział w terapii uzależnień',
  );
  await typeDate(page, 'Data aneksu', '23.11.2026');
  // It applies from its date unless the worker says otherwise.
  await expect(page.getByLabel('Aneks obowiązuje od', { exact: true })).toHaveValue('23.11.2026');
  const effective = addDays(app.today, 8);
  await typeDate(page, 'Aneks obowiązuje od', formatDate(effective));
  await page
    .getByLabel('Czego dotyczy aneks', { exact: true })
    .fill('Przedłużenie okresu obowiązywania kontraktu');
  await typeDate(page, 'Obowiązuje do', '31.05.2027');
  await expect(
    page.getByText('Kontrakt trwa do 31.05.2027, a projekt kończy się 31.12.2026.'),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Przyjmuję do wiadomości' }).check();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SCREENS}/contract-amendment-warnings.png` });
  await page.getByRole('button', { name: 'Sporządź aneks' }).click();
  await confirm(page, 'Sporządzić aneks do kontraktu nr KS/2026/0001?', 'Zawrzyj aneks i drukuj');
  await expect(page.getByText('Sporządzono aneks nr KS/2026/0001/A/1.')).toBeVisible();
  // The amendment opens at once to be printed and signed.
  const amendmentToSign = page.getByRole('dialog', {
    name: 'Aneks nr KS/2026/0001/A/1 — do podpisu',
  });
  await expect(amendmentToSign.locator('iframe')).toHaveAttribute('src', /^blob:/, {
    timeout: 30_000,
  });
  await amendmentToSign.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(timeline).toContainText(`Obowiązuje od ${formatDate(effective)}.`);
  await expect(timeline).toContainText('Aneks nr KS/2026/0001/A/1');
  await expect(timeline).toContainText('Przedłużenie okresu obowiązywania kontraktu');
  await expect(timeline).toContainText('02.11.2026 – 30.04.2027');
  await expect(timeline).toContainText('02.11.2026 – 31.05.2027');
  // The current content shows the amended period.
  await expect(page.getByText('02.11.2026–31.05.2027')).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: `${SCREENS}/contract-signed.png`, fullPage: true });

  // The amendment and the evaluation sheet are printed from their issued documents too.
  for (const [link, title] of [
    ['Drukuj aneks', 'Aneks nr KS/2026/0001/A/1'],
    ['Karta oceny', /Ocena realizacji kontraktu nr KS\/2026\/0001 z 20\.11\.2026/],
  ] as const) {
    await timeline.getByRole('button', { name: link }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
    await expect(dialog.getByLabel('Egzemplarz')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Zamknij podgląd' }).click();
  }

  // Re-printing the original: the frozen document, with the period as signed.
  await page.getByRole('button', { name: 'Drukuj oryginał' }).first().click();
  const original = page.getByRole('dialog', {
    name: 'Kontrakt socjalny nr KS/2026/0001 — oryginał',
  });
  await expect(original.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  // The preview says which copy it shows; the person's and the office's print together.
  const copyPicker = original.getByLabel('Egzemplarz');
  await expect(copyPicker).toBeVisible();
  const single = await original.locator('iframe').getAttribute('src');
  await copyPicker.click();
  await page.getByRole('option', { name: 'Dla osoby i dla ośrodka (2 egzemplarze)' }).click();
  await expect(original.locator('iframe')).not.toHaveAttribute('src', single!, { timeout: 30_000 });
  await expect(original.locator('iframe')).toHaveAttribute('src', /^blob:/);
  await copyPicker.click();
  await page.getByRole('option', { name: 'Jeden egzemplarz (bez oznaczenia)' }).click();
  await expect(original.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/contract-preview.png` });
  const downloading = page.waitForEvent('download');
  await original.getByRole('link', { name: 'Zapisz PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Kontrakt_KS-2026-0001.pdf');
  const file = testInfo.outputPath('original.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('KS/2026/0001');
  expect(text).toContain(
    'Skierowanie z powiatowego urzędu pracy: z dnia 20.10.2026, nr CAZ.5523.7.2026',
  );
  expect(text).toContain('do 30.04.2027');
  expect(text).not.toContain('31.05.2027');
  expect(text).toContain('Łukasz Wiśniewski');

  // The list shows the contract with its number and status.
  await page.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await page.getByRole('menuitem', { name: 'Kontrakty socjalne' }).click();
  const row = page.getByRole('row', { name: /KS\/2026\/0001/ });
  await expect(row).toContainText('Łukasz Wiśniewski');
  await expect(row).toContainText('Zawarty');
  await expect(row).toContainText('Anna Nowak');

  // The person's card lists the contract.
  await row.getByText('Łukasz Wiśniewski').click();
  await page.getByRole('link', { name: 'Łukasz Wiśniewski' }).click();
  const onCard = page.locator('.ant-card').filter({ hasText: 'Kontrakty socjalne' });
  await expect(onCard.getByRole('row', { name: /KS\/2026\/0001/ })).toContainText('Zawarty');
});

/** A complete content for contracts arranged through the core. */
function content(
  workerId: number,
  instrumentIds: number[],
  from: string,
  to: string,
  firstOn: string,
) {
  return {
    variant: 'B',
    concludedOn: from,
    concludedPlace: 'Radom',
    socialWorkerId: workerId,
    socialWorkerPhone: '48 360 12 34',
    assessment: { causes: 'Bezrobocie', resources: 'Motywacja', limitations: 'Brak kwalifikacji' },
    mainGoal: 'Podjęcie zatrudnienia',
    tasks: [{ description: 'Udział w zajęciach KIS', party: 'person' }],
    instrumentIds,
    periodFrom: from,
    periodTo: to,
    evaluation: { method: 'Rozmowa', firstOn, everyWeeks: 4 },
  };
}

test('the list of contracts: filters, alerts, paging and a row opening its contract', async ({
  page,
  app,
}) => {
  const { project, person, worker, path } = await arrangeContractWorld(app);
  const other = await arrangeSecondPerson(app);
  const today = app.today;
  const started = addDays(today, -40);

  // Signed, ending within 14 days; its first evaluation is past due.
  const ending = await app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: content(worker.id, path, started, addDays(today, 10), addDays(today, -5)),
  });
  await app.call('contracts.sign', { id: ending.id, signedOn: started });
  // Signed, long ahead, evaluated later.
  const later = await app.call<{ id: number }>('contracts.create', {
    participantId: other.id,
    projectId: project.id,
    content: content(worker.id, path, started, addDays(today, 150), addDays(today, 20)),
  });
  await app.call('contracts.sign', { id: later.id, signedOn: started });
  // A draft outside any project.
  await app.call('contracts.create', {
    participantId: other.id,
    projectId: null,
    content: content(worker.id, [], today, addDays(today, 90), addDays(today, 30)),
  });

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Kontrakty socjalne' }).click();
  await expect(page.getByRole('heading', { name: 'Kontrakty socjalne' })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  const endingRow = page.getByRole('row', { name: /KS\/\d{4}\/0001/ });
  await expect(endingRow).toContainText('Kończy się wkrótce');
  await expect(endingRow).toContainText('Termin oceny');
  await expect(endingRow).toContainText('Anna Nowak');
  await expect(page.getByRole('row', { name: /\(szkic\)/ })).toContainText('Szkic');
  await page.screenshot({ path: `${SCREENS}/contracts-list.png` });

  await page.getByRole('checkbox', { name: 'kończące się w ciągu 14 dni' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Łukasz Wiśniewski');
  await page.getByRole('checkbox', { name: 'kończące się w ciągu 14 dni' }).uncheck();
  await page.getByRole('checkbox', { name: 'z zaległą oceną' }).check();
  await expect(rows).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'z zaległą oceną' }).uncheck();

  await select(page, page.getByLabel('Status', { exact: true }), 'Szkic');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Małgorzata Ślęzak');

  // A row opens its contract: the draft in the editor.
  await rows.first().click();
  await expect(
    page.getByRole('heading', { name: 'Szkic kontraktu socjalnego — Małgorzata Ślęzak' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Kontrakt poza projektem EFS — zasada co najmniej trzech instrumentów nie obowiązuje.',
    ),
  ).toBeVisible();
});

test('signing a contract whose path breaks the EFS rule is refused with the reason', async ({
  page,
  app,
}) => {
  const { project, person, worker, instruments } = await arrangeContractWorld(app);
  const twoVocational = instruments.filter((i) => i.group === 'vocational').slice(0, 2);
  const today = app.today;
  const draft = await app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: content(
      worker.id,
      twoVocational.map((i) => i.id),
      today,
      addDays(today, 90),
      addDays(today, 30),
    ),
  });

  await page.goto(`${app.url}#/contracts/${draft.id}`);
  await expect(page.getByText('Ścieżka reintegracji nie spełnia jeszcze zasad EFS')).toBeVisible();
  // Unsaved changes are guarded when leaving the editor.
  await page.getByLabel('Cel główny', { exact: true }).fill('Zmiana celu');
  await page.getByRole('menuitem', { name: 'Uczestnicy' }).click();
  await confirm(page, 'Porzucić niezapisane zmiany?', 'Wróć do formularza');
  await expect(page.getByLabel('Cel główny', { exact: true })).toHaveValue('Zmiana celu');

  // Signing saves the change first, then the core refuses and says why.
  await page.getByRole('button', { name: 'Podpisz (zawrzyj) kontrakt' }).click();
  const sign = page.getByRole('dialog', { name: 'Podpisanie (zawarcie) kontraktu' });
  await expect(sign.getByText('Ścieżka reintegracji nie spełnia zasad EFS')).toBeVisible();
  await sign.getByRole('checkbox', { name: 'Przyjmuję do wiadomości' }).check();
  await sign.getByRole('button', { name: 'Zawrzyj i drukuj' }).click();
  await confirm(page, 'Zawrzeć kontrakt?', 'Zawrzyj i drukuj');
  const refusal = sign.getByRole('alert').filter({ hasText: 'Nie zawarto kontraktu' });
  await expect(refusal).toContainText(
    'Instrumenty zawodowe lub edukacyjne można stosować tylko razem z co najmniej jednym instrumentem społecznym lub zdrowotnym.',
  );
  const saved = await app.call<{ status: string; content: { mainGoal: string } }>('contracts.get', {
    id: draft.id,
  });
  // No number was drawn and nothing was printed.
  expect(saved).toMatchObject({
    status: 'draft',
    number: null,
    documentId: null,
    content: { mainGoal: 'Zmiana celu' },
  });
  await expect(page.getByRole('dialog', { name: /do podpisu/ })).toHaveCount(0);
});

/** A PNG strip of four coloured boxes (800×100), standing for the office's logo strip. */
function stripPng(): Buffer {
  const [width, height] = [800, 100];
  const colours = [
    [0, 51, 153],
    [255, 255, 255],
    [220, 20, 60],
    [255, 204, 0],
  ];
  const rows = Array.from({ length: height }, () =>
    Buffer.from([
      0,
      ...Array.from({ length: width }, (_, x) => colours[Math.floor((x * 4) / width)]!).flat(),
    ]),
  );
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('settings: the instrument catalogue and the EU logo strip', async ({ page, app }) => {
  await arrangeParticipant(app); // someone acting, so changes carry a name
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('tab', { name: 'Instrumenty' }).click();
  await expect(page.getByText('Skierowanie do Klubu Integracji Społecznej')).toBeVisible();

  await page.getByRole('button', { name: 'Dodaj instrument' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy instrument aktywnej integracji' });
  await select(page, dialog.getByLabel('Grupa', { exact: true }), 'Instrumenty zdrowotne');
  await dialog.getByLabel('Nazwa instrumentu', { exact: true }).fill('Konsultacje dietetyczne');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Dodano instrument: Konsultacje dietetyczne')).toBeVisible();
  const health = page.locator('.ant-card').filter({ hasText: 'Instrumenty zdrowotne' });
  await expect(health.getByRole('row', { name: /Konsultacje dietetyczne/ })).toContainText(
    'W użyciu',
  );

  await health.getByRole('button', { name: 'Wycofaj: Rehabilitacja' }).click();
  await page.getByRole('button', { name: 'Wycofaj', exact: true }).click();
  await expect(health.getByRole('row', { name: /Rehabilitacja/ })).toContainText('Wycofany');
  const listed = await app.call<{ name: string }[]>('instruments.list', {});
  expect(listed.map((i) => i.name)).toContain('Konsultacje dietetyczne');
  expect(listed.map((i) => i.name)).not.toContain('Rehabilitacja');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/settings-instruments.png` });

  await page.getByRole('tab', { name: 'Logotypy UE' }).click();
  await expect(page.getByText('Nie wgrano jeszcze paska logotypów.')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'logotypy.png',
    mimeType: 'image/png',
    buffer: stripPng(),
  });
  await expect(page.getByText('Zapisano pasek logotypów.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Pasek logotypów UE' })).toBeVisible();
  const stored = await app.call<{ dataUrl: string | null }>('settings.getLogoStrip', {});
  expect(stored.dataUrl).toMatch(/^data:image\/png;base64,/);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: `${SCREENS}/settings-logo-strip.png` });

  await page.getByRole('button', { name: 'Usuń pasek' }).click();
  await page.getByRole('button', { name: 'Usuń', exact: true }).click();
  await expect(page.getByText('Nie wgrano jeszcze paska logotypów.')).toBeVisible();
});

test('a contract in force is completed or terminated, with a confirmation', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000); // two dialogs, each with its confirmation
  const { project, person, worker, path } = await arrangeContractWorld(app);
  const today = app.today;
  const started = addDays(today, -60);
  const signed: number[] = [];
  for (let i = 0; i < 2; i++) {
    const c = await app.call<{ id: number }>('contracts.create', {
      participantId: person.id,
      projectId: project.id,
      content: content(worker.id, path, started, addDays(today, 30), addDays(today, -30)),
    });
    await app.call('contracts.sign', { id: c.id, signedOn: started });
    signed.push(c.id);
  }
  // The person takes part in the contracts' project.
  const enrolment = await app.call<{ id: number }>('enrolments.create', {
    participantId: person.id,
    projectId: project.id,
    enrolledOn: addDays(today, -90),
    consentDataProcessing: true,
    consentDate: addDays(today, -90),
  });
  await app.call('enrolments.changeStatus', {
    id: enrolment.id,
    to: 'qualified',
    date: addDays(today, -80),
  });
  await app.call('enrolments.changeStatus', {
    id: enrolment.id,
    to: 'participant',
    date: addDays(today, -70),
  });

  await page.goto(`${app.url}#/contracts/${signed[0]}`);
  await page.getByRole('button', { name: 'Zakończ', exact: true }).click();
  const complete = page.getByRole('dialog', { name: 'Zakończenie kontraktu' });
  await complete.getByRole('radio', { name: 'Tak, cele osiągnięte' }).check();
  await complete.getByLabel('Podsumowanie', { exact: true }).fill('Podjął zatrudnienie.');
  // A date after the core's today is marked on its field; nothing is asked.
  await typeDate(page, 'Data zakończenia', formatDate(addDays(today, 2)));
  await complete.getByRole('button', { name: 'Zakończ kontrakt' }).click();
  await expect(complete.getByText('Data nie może być z przyszłości')).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Zakończyć kontrakt nr/ })).toHaveCount(0);
  await typeDate(page, 'Data zakończenia', formatDate(today));
  await expect(complete.getByText('Data nie może być z przyszłości')).toHaveCount(0);
  // The participation in the project ends with the contract, unless the worker unticks it.
  const alsoParticipation = complete.getByRole('checkbox', {
    name: /Zakończ też udział osoby w projekcie „Klub Integracji Społecznej w Radomiu”/,
  });
  await expect(alsoParticipation).toBeChecked();
  // …and the situation on leaving, for the funder, is entered in the same step.
  await complete.getByRole('checkbox', { name: 'Praca, także na własny rachunek' }).check();
  await page.screenshot({ path: `${SCREENS}/contract-end-with-exit.png` });
  await complete.getByRole('button', { name: 'Zakończ kontrakt' }).click();
  await expect(
    page.getByRole('dialog', { name: /Zakończyć kontrakt nr/ }).getByText(/Udział w projekcie/),
  ).toContainText('zakończy się tego samego dnia (status „Zakończył udział”)');
  await confirm(page, /Zakończyć kontrakt nr/, 'Zakończ kontrakt');
  await expect(
    page.getByText('Kontrakt zakończono. Zakończono też udział w projekcie.'),
  ).toBeVisible();
  const timeline = page.locator('.contract-timeline');
  await expect(timeline).toContainText('Zakończono kontrakt — cele osiągnięte');
  await expect(page.getByRole('button', { name: 'Dodaj ocenę' })).toHaveCount(0);
  const [ended] = await app.call<{ status: string; endedOn: string | null }[]>(
    'enrolments.forParticipant',
    { participantId: person.id },
  );
  expect(ended).toMatchObject({
    status: 'completed',
    endedOn: today,
    exitSituation: { results: ['employed'], recordedOn: today },
  });
  // The card shows it, and it can be completed there within the four weeks.
  await page.goto(`${app.url}#/participants/${person.id}`);
  const card = page.getByRole('region', { name: /Zgłoszenie: Klub Integracji Społecznej/ });
  await expect(card).toContainText(
    `praca, także na własny rachunek (ustalono ${formatDate(today)})`,
  );
  await card.getByRole('button', { name: 'Zmień sytuację po zakończeniu' }).click();
  const exit = page.getByRole('dialog', { name: /Sytuacja po zakończeniu udziału/ });
  await exit.getByRole('checkbox', { name: 'Uzyskanie kwalifikacji' }).check();
  await exit.getByRole('button', { name: 'Zapisz' }).click();
  await expect(exit).toHaveCount(0);
  await expect(card).toContainText('uzyskanie kwalifikacji, praca, także na własny rachunek');

  await page.goto(`${app.url}#/contracts/${signed[1]}`);
  await page.getByRole('button', { name: 'Rozwiąż', exact: true }).click();
  const terminate = page.getByRole('dialog', { name: 'Rozwiązanie kontraktu' });
  await terminate.getByRole('button', { name: 'Rozwiąż kontrakt' }).click();
  // Nothing is sent without a reason and its explanation.
  await expect(terminate.getByText('Wybierz przyczynę rozwiązania')).toBeVisible();
  // The participation has ended already: nothing more to end.
  await expect(terminate.getByRole('checkbox')).toHaveCount(0);
  await select(
    page,
    terminate.getByLabel('Przyczyna rozwiązania', { exact: true }),
    'Rezygnacja osoby',
  );
  await terminate.getByLabel('Uzasadnienie', { exact: true }).fill('Wyprowadził się z gminy.');
  await terminate.getByRole('button', { name: 'Rozwiąż kontrakt' }).click();
  await confirm(page, /Rozwiązać kontrakt nr/, 'Rozwiąż kontrakt');
  await expect(timeline).toContainText('Rozwiązano kontrakt — rezygnacja osoby');
  await expect(timeline).toContainText('Wyprowadził się z gminy.');
  await expect(page.getByText('Rozwiązany', { exact: true })).toBeVisible();
});

/** A project of the fixture's day: started half a year ago, ending a month from today. */
async function projectEndingSoon(app: E2eApp) {
  const today = app.today;
  return app.call<{ id: number; endDate: string }>('projects.create', {
    title: 'Aktywni w Radomiu',
    programme: 'FEM 2021–2027',
    measure: 'Działanie 7.1',
    edition: null,
    beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Radomiu',
    isEfs: true,
    startDate: addDays(today, -180),
    endDate: addDays(today, 30),
    totalValue: 1000000,
    euFunding: 850000,
    ownContribution: 150000,
    plannedWomen: 10,
    plannedMen: 10,
    criteria: [],
  });
}

async function efsPath(app: E2eApp) {
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
  return ['social', 'health', 'vocational'].map((g) => instruments.find((i) => i.group === g)!.id);
}

test('signing: the date checked before the question, the project end and the logo strip warned of, the numbered document opened to sign', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(90_000); // a PDF made in the page
  const today = app.today;
  const project = await projectEndingSoon(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number; lastName: string }[]>('staff.list', {})).find(
    (s) => s.lastName === 'Nowak',
  )!;
  const periodTo = addDays(today, 90);
  const lateTask = addDays(project.endDate, 10);
  const draft = await app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: {
      ...content(worker.id, await efsPath(app), addDays(today, -3), periodTo, addDays(today, 20)),
      tasks: [
        { description: 'Kurs operatora wózka widłowego', party: 'person', dueDate: lateTask },
      ],
    },
  });

  await page.goto(`${app.url}#/contracts/${draft.id}`);
  await page.getByRole('button', { name: 'Podpisz (zawrzyj) kontrakt' }).click();
  const sign = page.getByRole('dialog', { name: 'Podpisanie (zawarcie) kontraktu' });
  const end = formatDate(project.endDate);
  await expect(
    sign.getByText(`Kontrakt trwa do ${formatDate(periodTo)}, a projekt kończy się ${end}.`),
  ).toBeVisible();
  await expect(
    sign.getByText(
      `Termin zadania 1 (${formatDate(lateTask)}) przypada po zakończeniu projektu (${end}).`,
    ),
  ).toBeVisible();
  await expect(
    sign.getByText(
      'Brak paska logotypów UE — dokument zostanie wydrukowany bez oznakowania projektu EFS',
    ),
  ).toBeVisible();
  await expect(sign.getByRole('button', { name: 'Ustawienia → Logotypy UE' })).toBeVisible();
  await expect(sign.getByText(/Wydrukuj kontrakt|podpiszcie go/)).toHaveCount(0);

  // Tomorrow (for the core) is marked on the field, and the warnings want a tick: nothing is
  // asked, no number drawn.
  await typeDate(page, 'Data podpisania', formatDate(addDays(today, 1)));
  await expect(sign.getByText('Data nie może być z przyszłości')).toBeVisible();
  await sign.getByRole('button', { name: 'Zawrzyj i drukuj' }).click();
  await expect(sign.getByText('Zaznacz „Przyjmuję do wiadomości”, aby kontynuować')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Zawrzeć kontrakt?' })).toHaveCount(0);
  expect(await app.call('contracts.get', { id: draft.id })).toMatchObject({
    status: 'draft',
    number: null,
  });

  await typeDate(page, 'Data podpisania', formatDate(today));
  await expect(sign.getByText('Data nie może być z przyszłości')).toHaveCount(0);
  await sign.getByRole('checkbox', { name: 'Przyjmuję do wiadomości' }).check();
  await expect(sign.getByText(/aby kontynuować/)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/contract-sign-warnings.png` });

  // One step: the number, then the numbered document to print and sign.
  await sign.getByRole('button', { name: 'Zawrzyj i drukuj' }).click();
  await confirm(page, 'Zawrzeć kontrakt?', 'Zawrzyj i drukuj');
  const number = `KS/${today.slice(0, 4)}/0001`;
  const toSign = page.getByRole('dialog', { name: `Kontrakt socjalny nr ${number} — do podpisu` });
  await expect(toSign.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await toSign.getByRole('link', { name: 'Zapisz PDF' }).click();
  const file = testInfo.outputPath('to-sign.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file);
  expect(text).toContain(number);
  expect(text).toContain('Kurs operatora wózka widłowego');
  await toSign.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(
    page.getByRole('heading', { name: `Kontrakt socjalny nr ${number} — Łukasz Wiśniewski` }),
  ).toBeVisible();
  // Closed, it stays closed.
  await expect(toSign).toHaveCount(0);
});

test('an evaluation by both parties: a future date marked before the question, the next date following, both parts saved and shown', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000); // a long dialog filled in field by field
  const today = app.today;
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number; lastName: string }[]>('staff.list', {})).find(
    (s) => s.lastName === 'Nowak',
  )!;
  await app.call('settings.setLogoStrip', {
    dataUrl: `data:image/png;base64,${stripPng().toString('base64')}`,
  });
  const signedOn = addDays(today, -30);
  const contract = await app.call<{ id: number; number: string }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: content(
      worker.id,
      await efsPath(app),
      signedOn,
      addDays(today, 35),
      addDays(today, -2),
    ),
  });
  await app.call('contracts.sign', { id: contract.id, signedOn });

  await page.goto(`${app.url}#/contracts/${contract.id}`);
  await page.getByRole('button', { name: 'Dodaj ocenę' }).click();
  const evaluation = page.getByRole('dialog', { name: /Ocena realizacji kontraktu/ });
  const next = evaluation.getByLabel('Następna ocena', { exact: true });
  // Every 4 weeks from the evaluation's date.
  await expect(next).toHaveValue(formatDate(addDays(today, 28)));

  // A date after the core's today: marked on its field, and saving asks nothing.
  await typeDate(page, 'Data oceny', formatDate(addDays(today, 1)));
  await expect(evaluation.getByText('Data nie może być z przyszłości')).toBeVisible();
  await expect(next).toHaveValue(formatDate(addDays(today, 29)));
  await evaluation.getByRole('button', { name: 'Zapisz ocenę' }).click();
  await expect(evaluation.getByText('Wybierz wynik oceny')).toBeVisible();
  await expect(
    page.getByRole('dialog', { name: 'Zapisać ocenę realizacji kontraktu?' }),
  ).toHaveCount(0);

  // The next date follows the evaluation's date...
  await typeDate(page, 'Data oceny', formatDate(addDays(today, -1)));
  await expect(evaluation.getByText('Data nie może być z przyszłości')).toHaveCount(0);
  await expect(next).toHaveValue(formatDate(addDays(today, 27)));
  // ...until the worker sets it by hand.
  await typeDate(page, 'Następna ocena', formatDate(addDays(today, 14)));
  await typeDate(page, 'Data oceny', formatDate(today));
  await expect(next).toHaveValue(formatDate(addDays(today, 14)));

  await select(
    page,
    evaluation.getByLabel('Stan realizacji zadania 1', { exact: true }),
    'W trakcie realizacji',
  );
  await evaluation
    .getByLabel('Ocena pracownika socjalnego', { exact: true })
    .fill('Uczestniczy w zajęciach KIS, dwie nieobecności usprawiedliwione.');
  await evaluation
    .getByLabel('Ocena i uwagi osoby zawierającej kontrakt', { exact: true })
    .fill('Zajęcia pomagają mi, chcę jeszcze skończyć kurs.');
  // Ending the contract plans no next evaluation.
  await partTwo(evaluation, {
    person: 'Częściowo',
    office: 'Tak',
    result: 'Zrealizowany częściowo',
    decision: 'Zakończenie kontraktu',
  });
  await expect(evaluation.getByLabel('Następna ocena', { exact: true })).toHaveCount(0);
  await evaluation.getByRole('radio', { name: 'Kontynuacja kontraktu bez zmian' }).check();
  await expect(next).toHaveValue(formatDate(addDays(today, 28)));
  await expect(evaluation.getByText(/Brak paska logotypów/)).toHaveCount(0);
  // The whole dialog on one screen for the picture, then the test's window again.
  await page.setViewportSize({ width: 1366, height: 1300 });
  await page.screenshot({ path: `${SCREENS}/contract-evaluation.png` });
  await page.setViewportSize({ width: 1366, height: 768 });

  await evaluation.getByRole('button', { name: 'Zapisz ocenę' }).click();
  await confirm(page, 'Zapisać ocenę realizacji kontraktu?', 'Zapisz ocenę');
  const timeline = page.locator('.contract-timeline');
  await expect(timeline).toContainText(
    'Ocena: zobowiązania osoby — częściowo; zobowiązania ośrodka — tak; kontrakt zrealizowany częściowo.',
  );
  await expect(timeline).toContainText('Decyzja: kontynuacja kontraktu bez zmian.');
  await expect(timeline).toContainText('Osoba: Zajęcia pomagają mi, chcę jeszcze skończyć kurs.');
  await expect(timeline).toContainText(`Planowana ocena: ${formatDate(addDays(today, 28))}`);
  const saved = await app.call<{ evaluations: unknown[] }>('contracts.get', { id: contract.id });
  expect(saved.evaluations).toEqual([
    expect.objectContaining({
      date: today,
      assessment: 'Uczestniczy w zajęciach KIS, dwie nieobecności usprawiedliwione.',
      personAssessment: 'Zajęcia pomagają mi, chcę jeszcze skończyć kurs.',
      personKeptObligations: 'partly',
      officeKeptObligations: 'yes',
      result: 'partlyAchieved',
      decision: 'continue',
      nextEvaluationOn: addDays(today, 28),
    }),
  ]);
});

test('the list of contracts: searching by name or number, and a new contract for a person picked there', async ({
  page,
  app,
}) => {
  const { project, person, worker, path } = await arrangeContractWorld(app);
  const other = await arrangeSecondPerson(app);
  const today = app.today;
  const started = addDays(today, -40);
  const signed = await app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: content(worker.id, path, started, addDays(today, 100), addDays(today, 10)),
  });
  await app.call('contracts.sign', { id: signed.id, signedOn: started });
  await app.call('contracts.create', {
    participantId: other.id,
    projectId: null,
    content: content(worker.id, [], today, addDays(today, 90), addDays(today, 30)),
  });

  await page.goto(`${app.url}#/contracts`);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  const searchBox = page.getByLabel('Szukaj kontraktu');

  // A name typed without Polish letters.
  await searchBox.fill('slezak');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Małgorzata Ślęzak');
  // A part of the number.
  await searchBox.fill('0001');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Łukasz Wiśniewski');
  await page.screenshot({ path: `${SCREENS}/contracts-list-search.png` });
  await searchBox.fill('nikt taki');
  await expect(page.getByText('Żaden kontrakt nie spełnia wybranych warunków')).toBeVisible();
  await searchBox.fill('');
  await expect(rows).toHaveCount(2);

  // A new contract from the list: the person first, then the editor prefilled with them.
  await page.getByRole('button', { name: 'Nowy kontrakt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy kontrakt socjalny' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill('wisniew');
  const option = page
    .locator('.ant-select-dropdown .ant-select-item-option')
    .filter({ hasText: 'Wiśniewski Łukasz' });
  await expect(option).toContainText('ur. 10.05.1996');
  await page.screenshot({ path: `${SCREENS}/contracts-new-pick-person.png` });
  await option.click();
  await expect(page).toHaveURL(new RegExp(`#/contracts/new\\?participantId=${person.id}$`));
  await expect(
    page.getByRole('heading', { name: 'Nowy kontrakt socjalny — Łukasz Wiśniewski' }),
  ).toBeVisible();
});

test('a coordinator reads a draft as it stands, without the editor', async ({ page, app }) => {
  const { project, person, worker, path } = await arrangeContractWorld(app);
  const today = app.today;
  const draft = await app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: content(worker.id, path, today, addDays(today, 90), addDays(today, 30)),
  });
  const coordinator = await app.call<{ id: number }>('staff.create', {
    firstName: 'Agnieszka',
    lastName: 'Sowa',
    role: 'coordinator',
  });
  await app.giveAccount(coordinator.id, 'a.sowa', { roles: ['coordinator'] });
  await app.signInBrowser('a.sowa');

  await page.goto(`${app.url}#/contracts/${draft.id}`);
  await expect(page.getByText('Podjęcie zatrudnienia')).toBeVisible();
  // No field to type into and no button that the core would refuse.
  await expect(page.getByLabel('Cel główny', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Zapisz|Podpisz/ })).toHaveCount(0);
});

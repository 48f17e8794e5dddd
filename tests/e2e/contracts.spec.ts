import { execFileSync } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../src-main/domain/dates';
import { generatePesel } from '../../src-main/domain/pesel';
import { expect, test } from './fixtures';
import { arrangeParticipant, arrangeProject, SCREENS, typeDate } from './arrange';

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
    await dialog.getByRole('button', { name: button }).click({ timeout: 2000 });
    await expect(dialog).toBeHidden({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
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
  await page
    .getByLabel('Przyczyny trudnej sytuacji', { exact: true })
    .fill('Długotrwałe bezrobocie, utrata mieszkania.');
  await page
    .getByLabel('Zasoby i mocne strony', { exact: true })
    .fill('Prawo jazdy kat. B, doświadczenie w budownictwie.');
  await page
    .getByLabel('Ograniczenia i bariery', { exact: true })
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

  await page.getByRole('button', { name: 'Zapisz projekt kontraktu' }).click();
  await expect(page.getByText('Zapisano projekt kontraktu.')).toBeVisible();
  await expect(page).toHaveURL(/#\/contracts\/\d+$/);

  // The preview of the draft: a PDF made in the page, shown from a blob: address.
  await page.getByRole('button', { name: 'Podgląd' }).click();
  const preview = page.getByRole('dialog', { name: 'Podgląd projektu kontraktu socjalnego' });
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();

  // Signing: the number from the register.
  await page.getByRole('button', { name: 'Podpisz (zawrzyj) kontrakt' }).click();
  const sign = page.getByRole('dialog', { name: 'Podpisanie (zawarcie) kontraktu' });
  await typeDate(page, 'Data podpisania', '03.11.2026');
  await sign.getByRole('button', { name: 'Podpisz kontrakt' }).click();
  await confirm(page, 'Zawrzeć kontrakt?', 'Zawrzyj kontrakt');
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
  await page
    .getByLabel('Czego dotyczy aneks', { exact: true })
    .fill('Przedłużenie okresu obowiązywania kontraktu');
  await typeDate(page, 'Obowiązuje do', '31.05.2027');
  await page.getByRole('button', { name: 'Sporządź aneks' }).click();
  await expect(page.getByText('Sporządzono aneks nr KS/2026/0001/A/1.')).toBeVisible();
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
    await expect(dialog.getByText('Dwa egzemplarze')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Zamknij podgląd' }).click();
  }

  // Re-printing the original: the frozen document, with the period as signed.
  await page.getByRole('button', { name: 'Drukuj oryginał' }).first().click();
  const original = page.getByRole('dialog', {
    name: 'Kontrakt socjalny nr KS/2026/0001 — oryginał',
  });
  await expect(original.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  await expect(original.getByText('Dwa egzemplarze')).toBeVisible();
  const single = await original.locator('iframe').getAttribute('src');
  await original.getByRole('switch').click();
  await expect(original.locator('iframe')).not.toHaveAttribute('src', single!, { timeout: 30_000 });
  await expect(original.locator('iframe')).toHaveAttribute('src', /^blob:/);
  await original.getByRole('switch').click();
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
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number; role: string }[]>('staff.list', {}))[0]!;
  const other = await app.call<{ id: number }>('participants.create', {
    firstName: 'Małgorzata',
    lastName: 'Ślęzak',
    pesel: generatePesel('1985-11-02', 'K', 41),
    sex: 'K',
    birthDate: '1985-11-02',
    exclusionReasons: ['unemployment'],
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: 'Skaryszew',
      locality: 'Skaryszew',
      street: 'Kościuszki',
      houseNumber: '3',
      postalCode: '26-640',
      areaType: 'rural',
    },
  });
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
  const path = ['social', 'health', 'vocational'].map(
    (g) => instruments.find((i) => i.group === g)!.id,
  );
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
  await expect(page.getByRole('row', { name: /\(projekt\)/ })).toContainText('Projekt');
  await page.screenshot({ path: `${SCREENS}/contracts-list.png` });

  await page.getByRole('checkbox', { name: 'kończące się w ciągu 14 dni' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Łukasz Wiśniewski');
  await page.getByRole('checkbox', { name: 'kończące się w ciągu 14 dni' }).uncheck();
  await page.getByRole('checkbox', { name: 'z zaległą oceną' }).check();
  await expect(rows).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'z zaległą oceną' }).uncheck();

  await select(page, page.getByLabel('Status', { exact: true }), 'Projekt');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Małgorzata Ślęzak');

  // A row opens its contract: the draft in the editor.
  await rows.first().click();
  await expect(
    page.getByRole('heading', { name: 'Projekt kontraktu socjalnego — Małgorzata Ślęzak' }),
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
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number }[]>('staff.list', {}))[0]!;
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
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
  await sign.getByRole('button', { name: 'Podpisz kontrakt' }).click();
  await confirm(page, 'Zawrzeć kontrakt?', 'Zawrzyj kontrakt');
  const refusal = sign.getByRole('alert').filter({ hasText: 'Nie zawarto kontraktu' });
  await expect(refusal).toContainText(
    'Instrumenty zawodowe lub edukacyjne można stosować tylko razem z co najmniej jednym instrumentem społecznym lub zdrowotnym.',
  );
  const saved = await app.call<{ status: string; content: { mainGoal: string } }>('contracts.get', {
    id: draft.id,
  });
  expect(saved).toMatchObject({ status: 'draft', content: { mainGoal: 'Zmiana celu' } });
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
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number }[]>('staff.list', {}))[0]!;
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
  const path = ['social', 'health', 'vocational'].map(
    (g) => instruments.find((i) => i.group === g)!.id,
  );
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

  await page.goto(`${app.url}#/contracts/${signed[0]}`);
  await page.getByRole('button', { name: 'Zakończ', exact: true }).click();
  const complete = page.getByRole('dialog', { name: 'Zakończenie kontraktu' });
  await complete.getByRole('radio', { name: 'Tak, cele osiągnięte' }).check();
  await complete.getByLabel('Podsumowanie', { exact: true }).fill('Podjął zatrudnienie.');
  await complete.getByRole('button', { name: 'Zakończ kontrakt' }).click();
  await confirm(page, /Zakończyć kontrakt nr/, 'Zakończ kontrakt');
  const timeline = page.locator('.contract-timeline');
  await expect(timeline).toContainText('Zakończono kontrakt — cele osiągnięte');
  await expect(page.getByRole('button', { name: 'Dodaj ocenę' })).toHaveCount(0);

  await page.goto(`${app.url}#/contracts/${signed[1]}`);
  await page.getByRole('button', { name: 'Rozwiąż', exact: true }).click();
  const terminate = page.getByRole('dialog', { name: 'Rozwiązanie kontraktu' });
  await terminate.getByRole('button', { name: 'Rozwiąż kontrakt' }).click();
  // Nothing is sent without a reason and its explanation.
  await expect(terminate.getByText('Wybierz przyczynę rozwiązania')).toBeVisible();
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

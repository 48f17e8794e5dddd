import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { classesFromPattern } from '../../src-main/domain/courses/class-pattern';
import { addDays, formatDate, isoWeekday } from '../../src-main/domain/dates';
import { efsProject } from '../support/contracts';
import { validEnrolment, validParticipant } from '../support/test-app';
import { bytesOf, pickOption } from './arrange';
import { expectAccessible } from './axe';
import { expect, test, type E2eApp } from './fixtures';

/*
 * Vocational courses through the screens: a provider and a course with its programme made in
 * the UI, its people taken from the project, its classes added by a weekly pattern (public
 * holidays left out), attendance recorded in the session dialog and in the grid, the exam,
 * the certificates issued for everyone eligible and printed as one batch (read back with
 * pdftotext), one code verified, the register searched, and the course on a person's card.
 * Every screen and dialog is scanned with axe and photographed at 1366×768.
 */

const SHOTS = '/tmp/course-shots';
mkdirSync(SHOTS, { recursive: true });

type Person = { lastName: string; firstName: string; sex: 'K' | 'M' };
/** Two who complete (a woman, a man) and one who misses half the classes. */
const PEOPLE: Person[] = [
  { lastName: 'Żak', firstName: 'Anna', sex: 'K' },
  { lastName: 'Ćwik', firstName: 'Piotr', sex: 'M' },
  { lastName: 'Lis', firstName: 'Marek', sex: 'M' },
];
const nameOf = (p: Person) => `${p.lastName} ${p.firstName}`;
const POLISH_ORDER = PEOPLE.map(nameOf).sort(new Intl.Collator('pl').compare);
const ABSENT = 'Lis Marek';

const PROVIDER = 'Centrum Kształcenia „Spawalnik” sp. z o.o.';
const COURSE = 'Spawacz MAG (135)';
const at = (h: number) => h * 60;
const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** What a person reads on the saved PDF (poppler's pdftotext), spaces normalised. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replaceAll('\u00a0', ' ')
    .replaceAll('\u2011', '-')
    .replace(/[ \t]+/g, ' ');
}

async function shot(page: Page, name: string, target?: Locator) {
  await page.setViewportSize({ width: 1366, height: 768 });
  if (target) await target.screenshot({ path: `${SHOTS}/${name}.png` });
  else await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The project (running around the core's today) and three people enrolled as its participants. */
async function arrange(app: E2eApp) {
  const project = await app.call<{ id: number; title: string }>(
    'projects.create',
    efsProject({
      title: 'Aktywni w Radomiu',
      startDate: addDays(app.today, -300),
      endDate: addDays(app.today, 400),
    }),
  );
  const ids = new Map<string, number>();
  const enrolledOn = addDays(app.today, -60);
  for (const p of PEOPLE) {
    const person = await app.call<{ id: number }>(
      'participants.create',
      validParticipant({ ...p, birthDate: p.sex === 'K' ? '1979-03-12' : '1975-06-01' }),
    );
    const enrolment = await app.call<{ id: number }>(
      'enrolments.create',
      validEnrolment(person.id, project.id, { enrolledOn, consentDate: enrolledOn }),
    );
    for (const to of ['qualified', 'participant'])
      await app.call('enrolments.changeStatus', { id: enrolment.id, to, date: enrolledOn });
    ids.set(nameOf(p), person.id);
  }
  return { project, ids };
}

async function typeDateIn(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(formatDate(date));
  await input.press('Enter');
}

test('a course from its provider to verified certificates', async ({ page, app }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { project, ids } = await arrange(app);
  // The course: two weeks ago Monday until today, so every class has taken place.
  const start = addDays(app.today, -((isoWeekday(app.today) + 6) % 7) - 14);
  const end = app.today;
  const pattern = classesFromPattern({
    weekdays: [1, 3],
    from: at(9),
    to: at(13),
    startDate: start,
    endDate: end,
  });
  const classes = pattern.classes;
  const totalHours = classes.length * 4;
  expect(classes.length, 'classes of the pattern').toBeGreaterThanOrEqual(4);

  // --- The menu, then the providers: one added in its dialog, its NIP typed with dashes.
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Kursy zawodowe' }).click();
  await expect(page.getByRole('heading', { name: 'Kursy zawodowe', level: 1 })).toBeVisible();
  await expect(page.getByText('Nie ma jeszcze kursów zawodowych')).toBeVisible();
  await expectAccessible(page, 'the courses list (empty)');
  await page
    .getByRole('navigation', { name: 'Kursy zawodowe' })
    .getByRole('link', { name: 'Organizatorzy szkoleń' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Organizatorzy szkoleń', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Dodaj organizatora' }).click();
  const providerDialog = page.getByRole('dialog', { name: 'Nowy organizator szkolenia' });
  await providerDialog.getByLabel('Nazwa organizatora').fill(PROVIDER);
  await providerDialog.getByLabel('NIP').fill('526-000-12-80');
  await providerDialog.getByLabel('Adres').fill('ul. Hutnicza 7\n26-600 Radom');
  // A wrong check digit is said under the field as it is typed.
  await expect(
    providerDialog.getByText(/NIP/).filter({ hasText: /kontrol|nieprawid/i }),
  ).toBeVisible();
  await providerDialog.getByLabel('NIP').fill('526-000-12-81');
  await providerDialog.getByLabel('Osoba do kontaktu').fill('Grażyna Łuczak');
  await providerDialog.getByLabel('Telefon').fill('48 360 00 11');
  await expectAccessible(page, 'the provider dialog');
  await shot(page, '02-provider-dialog');
  await providerDialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(providerDialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(PROVIDER) })).toContainText(
    '526-000-12-81',
  );
  // The same NIP again: the core's refusal lands on the field.
  await page.getByRole('button', { name: 'Dodaj organizatora' }).click();
  await providerDialog.getByLabel('Nazwa organizatora').fill('Inna firma');
  await providerDialog.getByLabel('NIP').fill('5260001281');
  await providerDialog.getByLabel('Adres').fill('ul. Inna 1\n26-600 Radom');
  await providerDialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(providerDialog.getByText(/Organizator z tym numerem NIP już jest/)).toBeVisible();
  await providerDialog.getByRole('button', { name: 'Anuluj' }).click();
  await page.getByRole('button', { name: 'Porzuć dane' }).click();
  await expect(providerDialog).toBeHidden();
  await page.getByLabel(/Szukaj organizatora/).fill('spawalnik');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expectAccessible(page, 'the providers screen');
  await shot(page, '01-providers');

  // --- A new course with its programme; the running sum follows the hours typed.
  await page.getByRole('link', { name: 'Kursy', exact: true }).click();
  await page.getByRole('button', { name: 'Nowy kurs' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy kurs', level: 1 })).toBeVisible();
  await page.getByLabel('Projekt', { exact: true }).click();
  await pickOption(page, project.title);
  await page.getByLabel('Nazwa kursu').fill(COURSE);
  await expect(page.getByLabel('Forma kształcenia')).toHaveValue('kurs');
  await page.getByLabel('Organizator szkolenia', { exact: true }).click();
  await pickOption(page, PROVIDER);
  await page.getByLabel('Miejsce kursu').fill('Radom, ul. Hutnicza 7');
  await typeDateIn(page.locator('form'), 'Początek kursu', start);
  await typeDateIn(page.locator('form'), 'Koniec kursu', end);
  await page.getByLabel('Liczba godzin kursu').fill(String(totalHours));
  await expect(page.getByLabel('Wymagana obecność')).toHaveValue('80');
  await page.getByLabel('Kurs kończy się egzaminem').check();
  await page.getByLabel('Temat 1', { exact: true }).fill('Przepisy BHP przy spawaniu');
  await page.getByLabel('Godziny tematu 1').fill('4');
  await page.getByRole('button', { name: 'Dodaj temat' }).click();
  await expect(page.getByLabel('Temat 2', { exact: true })).toBeFocused();
  await page.getByLabel('Temat 2', { exact: true }).fill('Spawanie blach metodą MAG');
  await page.getByLabel('Godziny tematu 2').fill(String(totalHours - 6));
  await expect(page.getByRole('status').filter({ hasText: 'Suma godzin tematów' })).toHaveText(
    `Suma godzin tematów: ${totalHours - 2} h z ${totalHours} h — brakuje 2 h`,
  );
  await shot(page, '03-course-form-sum-off');
  await page.getByLabel('Godziny tematu 2').fill(String(totalHours - 4));
  await expect(page.getByRole('status').filter({ hasText: 'Suma godzin tematów' })).toContainText(
    'zgadza się',
  );
  // The second topic moved up and back: the order is the programme's.
  await page.getByRole('button', { name: 'Przesuń temat 2 w górę' }).click();
  await expect(page.getByLabel('Temat 1', { exact: true })).toHaveValue(
    'Spawanie blach metodą MAG',
  );
  await page.getByRole('button', { name: 'Przesuń temat 1 w dół' }).click();
  await expectAccessible(page, 'the new course form');
  await page.getByRole('button', { name: 'Utwórz kurs' }).click();
  await expect(page.getByRole('heading', { name: `Kurs: ${COURSE}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Uczestnicy/, selected: true })).toBeVisible();

  // --- Participants from the project.
  await page.getByRole('button', { name: 'Dodaj uczestników z projektu' }).click();
  const addPeople = page.getByRole('dialog', { name: /^Dodaj uczestników/ });
  for (const name of POLISH_ORDER) {
    const [last, first] = name.split(' ');
    await addPeople.getByRole('checkbox', { name: `Wybierz: ${last} ${first}` }).check();
  }
  await expectAccessible(page, 'the add-participants dialog');
  await shot(page, '05-participants-dialog');
  await addPeople.getByRole('button', { name: 'Dodaj (3)' }).click();
  await expect(addPeople).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Uczestnicy (3)' })).toBeVisible();
  await expectAccessible(page, 'the participants tab');
  await shot(page, '04-participants-tab');

  // --- Classes by a weekly pattern: Mondays and Wednesdays, holidays left out.
  await page.getByRole('tab', { name: /Zajęcia/ }).click();
  await page.getByRole('button', { name: 'Dodaj według tygodnia' }).click();
  const patternDialog = page.getByRole('dialog', { name: 'Dodaj zajęcia według tygodnia' });
  await patternDialog.getByLabel('poniedziałek').check();
  await patternDialog.getByLabel('środa').check();
  await expect(patternDialog.getByRole('note')).toContainText(`Powstanie ${classes.length} nowe`);
  for (const h of pattern.skipped)
    await expect(patternDialog.getByRole('note')).toContainText(formatDate(h.date));
  await expectAccessible(page, 'the weekly pattern dialog');
  await shot(page, '07-pattern-dialog');
  await patternDialog.getByRole('button', { name: `Dodaj ${classes.length} do tabeli` }).click();
  await expect(patternDialog).toBeHidden();
  await page.getByLabel('Temat zajęć 1').fill('Przepisy BHP przy spawaniu');
  await page.getByRole('button', { name: 'Zapisz zajęcia' }).click();
  await expect(page.getByRole('tab', { name: `Zajęcia (${classes.length})` })).toBeVisible();
  await expect(page.getByText(`razem ${totalHours} h z ${totalHours} h kursu`)).toBeVisible();
  await expectAccessible(page, 'the classes tab');
  await shot(page, '06-classes-tab');

  // --- Attendance: the first class in its dialog (everybody present, one absent)…
  await page.getByRole('tab', { name: 'Obecność' }).click();
  await expect(page.locator('.attendance-grid tbody th')).toHaveText(POLISH_ORDER);
  const first = classes[0]!;
  await page
    .getByRole('button', {
      name: `${time(first.from)} — obecność na zajęciach ${formatDate(first.date)}: Przepisy BHP przy spawaniu`,
    })
    .click();
  const sheet = page.getByRole('dialog', { name: 'Obecność na zajęciach' });
  await expect(sheet.locator('tbody th')).toHaveText(POLISH_ORDER);
  await sheet.getByRole('button', { name: 'Wszyscy obecni' }).click();
  await sheet.getByRole('combobox', { name: `Obecność: ${ABSENT}` }).selectOption('absent');
  await expectAccessible(page, 'the class attendance dialog');
  await shot(page, '09-class-dialog');
  await sheet.getByRole('button', { name: 'Zapisz obecność' }).click();
  await expect(sheet).toBeHidden();
  // …and the rest in the grid: the absent one misses every other class.
  for (const [i, c] of classes.entries()) {
    if (i === 0) continue;
    for (const name of POLISH_ORDER) {
      const status = name === ABSENT && i % 2 === 1 ? 'absent' : 'present';
      await page
        .getByRole('combobox', { name: `${name}, ${formatDate(c.date)} ${time(c.from)}: obecność` })
        .selectOption(status);
    }
  }
  await expect(page.getByText(/Niezapisane zmiany: \d+/)).toBeVisible();
  await expectAccessible(page, 'the attendance grid');
  await shot(page, '08-attendance-grid');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Wszystkie zmiany zapisane')).toBeVisible();

  // --- The exam: the absent one failed it too.
  await page.getByRole('tab', { name: 'Egzamin' }).click();
  for (const name of POLISH_ORDER) {
    await page.getByRole('combobox', { name: `Wynik egzaminu: ${name}` }).click();
    await page
      .locator(
        `.ant-select-dropdown:visible .ant-select-item-option[title="${name === ABSENT ? 'Niezdany' : 'Zdany'}"]`,
      )
      .click();
  }
  await expect(page.getByLabel(`Data egzaminu: ${POLISH_ORDER[0]}`)).toHaveValue(formatDate(end));
  await expectAccessible(page, 'the exam tab');
  await shot(page, '10-exam-tab');
  await page.getByRole('button', { name: 'Zapisz wyniki' }).click();
  await expect(page.getByRole('button', { name: 'Zapisz wyniki' })).toBeDisabled();

  // --- Completion: two eligible, one not and why; issued and printed as one batch.
  await page.getByRole('tab', { name: 'Ukończenie i zaświadczenia' }).click();
  const absentRow = page.getByRole('row', { name: new RegExp(ABSENT) }).first();
  await expect(absentRow).toContainText('Nie spełnia warunków');
  await expect(absentRow).toContainText(/Obecność \d+ %/);
  await expectAccessible(page, 'the completion tab');
  await shot(page, '11-completion-tab');
  await page.getByRole('button', { name: 'Wydaj zaświadczenia (2)' }).click();
  const issue = page.getByRole('dialog', { name: /^Wydać zaświadczenia/ });
  await expect(issue.getByRole('heading', { name: 'Otrzymają zaświadczenie (2)' })).toBeVisible();
  await expect(issue.getByRole('listitem').filter({ hasText: ABSENT })).toContainText('egzamin');
  await expectAccessible(page, 'the issue dialog');
  await shot(page, '12-issue-dialog');
  await issue.getByRole('button', { name: 'Wydaj 2 zaświadczenia' }).click();
  const batch = page.getByRole('dialog', { name: `Zaświadczenia — ${COURSE}` });
  await expect(batch).toBeVisible();
  await expect(batch.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  await shot(page, '13-batch-preview');
  const downloading = page.waitForEvent('download');
  await batch.getByRole('link', { name: 'Zapisz PDF' }).click();
  const file = testInfo.outputPath('zaswiadczenia.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('Anna Żak');
  expect(text).toContain('Piotr Ćwik');
  expect(text).not.toContain('Marek Lis');
  expect(text).toMatch(/ukończyła/);
  expect(text).toMatch(/ukończył\b/);
  const year = app.today.slice(0, 4);
  expect(text).toContain(`nr 1/${year}`);
  expect(text).toContain(`nr 2/${year}`);
  await batch.getByRole('button', { name: 'Zamknij podgląd' }).click();

  // The course's certificates: two valid, each with its code.
  const certificates = page.getByRole('region', { name: 'Zaświadczenia kursu' });
  await expect(certificates.getByRole('row')).toHaveCount(3);
  const zakRow = certificates.getByRole('row', { name: /Żak Anna/ });
  const code = (await zakRow.getByRole('cell').nth(3).textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expectAccessible(page, 'the course certificates');
  await shot(page, '14-course-certificates', certificates);
  const cwikRow = certificates.getByRole('row', { name: /Ćwik Piotr/ });
  const cwikCode = (await cwikRow.getByRole('cell').nth(3).textContent())!.trim();
  const zakNumber = (await zakRow.getByRole('cell').first().textContent())!.trim();
  const cwikNumber = (await cwikRow.getByRole('cell').first().textContent())!.trim();

  // Receipt confirmed (today, in person).
  await zakRow
    .getByRole('button', { name: `Potwierdź odbiór zaświadczenia nr ${zakNumber}` })
    .click();
  const receipt = page.getByRole('dialog', { name: `Odbiór zaświadczenia nr ${zakNumber}` });
  await expect(receipt.getByLabel('Data odbioru')).toHaveValue(formatDate(app.today));
  await expectAccessible(page, 'the receipt dialog');
  await shot(page, '20-receipt-dialog');
  await receipt.getByRole('button', { name: 'Zapisz odbiór' }).click();
  await expect(receipt).toBeHidden();
  await expect(zakRow).toContainText(`${formatDate(app.today)}, osobiście`);

  // A duplicate: asked first, then previewed with its own mark.
  await zakRow.getByRole('button', { name: `Duplikat zaświadczenia nr ${zakNumber}` }).click();
  await expectAccessible(page, 'the duplicate question');
  await page.getByRole('button', { name: 'Wydaj duplikat' }).click();
  const duplicate = page.getByRole('dialog', { name: `Duplikat zaświadczenia nr ${zakNumber}` });
  await expect(duplicate.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  await duplicate.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(zakRow).toContainText(`duplikat ${formatDate(app.today)}`);

  // A mistake: revoked with its reason and a corrected one issued under a new number.
  await cwikRow.getByRole('button', { name: `Unieważnij zaświadczenie nr ${cwikNumber}` }).click();
  const revoke = page.getByRole('dialog', { name: `Unieważnienie zaświadczenia nr ${cwikNumber}` });
  await revoke.getByRole('button', { name: 'Unieważnij…' }).click();
  await expect(revoke.getByText(/Powód unieważnienia/).last()).toBeVisible();
  await revoke.getByLabel('Powód unieważnienia').fill('błąd w imieniu');
  await expect(revoke.getByLabel('Wydaj poprawione zaświadczenie pod nowym numerem')).toBeChecked();
  await expectAccessible(page, 'the revoke dialog');
  await shot(page, '21-revoke-dialog');
  await revoke.getByRole('button', { name: 'Unieważnij…' }).click();
  await page.getByRole('button', { name: 'Unieważnij i wydaj poprawione' }).click();
  const replacement = page.getByRole('dialog', { name: `Zaświadczenie nr 3/${year}` });
  await expect(replacement.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  await replacement.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(certificates.getByRole('row')).toHaveCount(4);
  await expect(
    certificates.getByRole('row', { name: new RegExp(`^${cwikNumber.replace('/', '\\/')} `) }),
  ).toContainText(`zastąpione nr 3/${year}`);
  await shot(page, '22-course-certificates-after', certificates);

  // --- The code verified as someone reads it over the phone: lower case, no dash.
  await page
    .getByRole('navigation', { name: 'Kursy zawodowe' })
    .getByRole('link', { name: 'Sprawdź zaświadczenie' })
    .click();
  await page.getByLabel('Kod weryfikacyjny').fill(code.replace('-', '').toLowerCase());
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText('Ważne', { exact: true })).toBeVisible();
  await expect(page.getByText(/Zaświadczenie nr \d+\/\d{4}/)).toBeVisible();
  await expect(page.getByText('Anna Żak')).toBeVisible();
  await expect(page.getByText(`${totalHours} h`)).toBeVisible();
  await expectAccessible(page, 'the verify screen (found)');
  await shot(page, '15-verify-found');
  await page.getByLabel('Kod weryfikacyjny').fill(cwikCode);
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(
    page.getByText(
      `Unieważnione ${formatDate(app.today)} — błąd w imieniu (zastąpione nr 3/${year})`,
    ),
  ).toBeVisible();
  await shot(page, '16-verify-revoked');
  await page.getByLabel('Kod weryfikacyjny').fill('AAAA-AAAA');
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText('Nie znaleziono zaświadczenia o tym kodzie')).toBeVisible();
  await shot(page, '16-verify-none');
  await page.getByLabel('Kod weryfikacyjny').fill('12');
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText(/Kod ma 8 znaków/)).toBeVisible();

  // --- The register: searched by a surname typed without Polish letters.
  await page
    .getByRole('navigation', { name: 'Kursy zawodowe' })
    .getByRole('link', { name: 'Rejestr zaświadczeń' })
    .click();
  await expect(page.getByRole('heading', { name: 'Rejestr zaświadczeń', level: 1 })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(3);
  await page.getByLabel(/Szukaj zaświadczenia/).fill('cwik');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);
  await page.getByLabel('Stan zaświadczenia').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option[title="Unieważnione"]')
    .click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-tbody')).toContainText('Ćwik Piotr');
  // What is shown is what is exported: the one revoked line, read back from the XLSX.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj do Excela' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await bytesOf(await xlsxDownload)) as unknown as ArrayBuffer);
  const rows = book.getWorksheet('Rejestr')!;
  const header = (rows.getRow(1).values as unknown[]).map(String);
  const cell = (name: string) => rows.getRow(2).getCell(header.indexOf(name)).value;
  expect(rows.actualRowCount).toBe(2);
  expect(cell('Nazwisko i imię')).toBe('Ćwik Piotr');
  expect(String(cell('Uwagi'))).toContain('błąd w imieniu');
  expect(cell('Data wydania')).toBeInstanceOf(Date);
  await expectAccessible(page, 'the register');
  await page.getByRole('button', { name: 'Drukuj rejestr' }).click();
  const registerPdf = page.getByRole('dialog');
  await expect(registerPdf.locator('iframe')).toHaveAttribute('src', /^blob:/, {
    timeout: 60_000,
  });
  await expectAccessible(page, 'the register as a PDF');
  await page.keyboard.press('Escape');
  await expect(registerPdf).toBeHidden();
  await shot(page, '17-register');

  // --- The courses list and the person's card.
  await page
    .getByRole('navigation', { name: 'Kursy zawodowe' })
    .getByRole('link', { name: 'Kursy', exact: true })
    .click();
  const courseRow = page.getByRole('row', { name: new RegExp(COURSE.replace(/[()]/g, '.')) });
  await expect(courseRow).toContainText(PROVIDER);
  await expect(courseRow).toContainText(`${totalHours} h`);
  await shot(page, '18-courses-list');
  await page.goto(`${app.url}#/participants/${ids.get('Żak Anna')}`);
  const card = page.locator('.ant-card').filter({ hasText: 'Kursy zawodowe' });
  await expect(card).toContainText(COURSE);
  await expect(card).toContainText(new RegExp(`nr \\d+/${year} z ${formatDate(app.today)}`));
  await shot(page, '19-participant-card', card);
});

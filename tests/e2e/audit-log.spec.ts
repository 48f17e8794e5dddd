import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import {
  arrangeParticipant,
  arrangeSecondPerson,
  bytesOf,
  largestText,
  pickOption,
  SCREENS,
} from './arrange';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';

/** The body rows of the log's table (antd adds a hidden measuring row). */
const tableRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/**
 * The day (DD.MM.RRRR) `days` from the core's `today` — entries carry the core's clock: its
 * stopped day at the computer's time of day.
 */
function localDay(today: string, days: number): string {
  const [year, month, date] = today.split('-').map(Number) as [number, number, number];
  const d = new Date(year, month - 1, date + days);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

// An administrator looks up who opened a person's file, exports the entries and checks the chain.
test('audit log: filtered by action, worker, person and days, exported to CSV and XLSX, verified', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const person = await arrangeParticipant(app); // Anna Nowak is signed in in the browser
  await arrangeSecondPerson(app);
  // Anna opens Łukasz's card twice (each opening logs views of his data).
  for (let i = 0; i < 2; i += 1) {
    await app.callAs('anna.nowak', 'participants.get', { id: person.id });
    await app.callAs('anna.nowak', 'enrolments.forParticipant', { participantId: person.id });
  }

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Dziennik zdarzeń' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dziennik zdarzeń' })).toBeVisible();
  await expect(page).toHaveTitle('Dziennik zdarzeń — Aktywator');
  await expect(tableRows(page).first()).toBeVisible();

  // Only the views: four of Łukasz's data, by Anna Nowak.
  await page.getByLabel('Czynność', { exact: true }).click();
  await pickOption(page, 'Wgląd w dane');
  await expect(page.getByText('Razem: 4')).toBeVisible();
  await expect(tableRows(page).filter({ hasText: 'Wgląd w dane' })).toHaveCount(4);
  await expect(tableRows(page).filter({ hasText: 'Anna Nowak' })).toHaveCount(4);
  await expect(tableRows(page).first()).toContainText('Wiśniewski Łukasz');
  await expect(tableRows(page).first()).toContainText(
    /Przesłanki wykluczenia, Uwagi|Dane do monitorowania EFS/,
  );

  // The worker filter: the tester registered the people and looked at nobody's data.
  await page.getByLabel('Pracownik', { exact: true }).click();
  await pickOption(page, 'Tester Tadeusz');
  await expect(page.getByText('Żaden wpis nie spełnia wybranych warunków')).toBeVisible();
  await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
  await page.getByLabel('Pracownik', { exact: true }).click();
  await pickOption(page, 'Tester Tadeusz');
  await expect(tableRows(page).filter({ hasText: 'Utworzenie' }).first()).toBeVisible();
  const actors = await tableRows(page).locator('td:nth-child(3)').allTextContents();
  expect(new Set(actors)).toEqual(new Set(['Tadeusz Tester']));
  await page.getByRole('button', { name: 'Wyczyść filtry' }).click();

  // The person filter: found by name, without Polish letters; only entries about Łukasz.
  await page.getByLabel('Osoba', { exact: true }).fill('wisn');
  await pickOption(page, 'Wiśniewski Łukasz');
  await expect(page.getByText('Razem: 5')).toBeVisible(); // created, and four views
  await expect(tableRows(page).filter({ hasText: 'Wiśniewski Łukasz' })).toHaveCount(5);
  await expect(tableRows(page).filter({ hasText: 'Ślęzak' })).toHaveCount(0);

  // Days: today's entries are in a range around today, none in last year's.
  await page.getByLabel('Od dnia').fill(localDay(app.today, -1));
  await page.getByLabel('Od dnia').press('Enter');
  await page.getByLabel('Do dnia').fill(localDay(app.today, 1));
  await page.getByLabel('Do dnia').press('Enter');
  await expect(page.getByText('Razem: 5')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/audit-log.png`, fullPage: true });

  // CSV: every entry matching the filters, as Polish Excel opens it.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj CSV' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^dziennik-zdarzen-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const csv = await bytesOf(csvFile);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Nr wpisu;Kiedy;Kto;Czynność;Czego dotyczy;Osoba;Zmienione pola;Kanał');
  expect(lines).toHaveLength(6);
  expect(lines.filter((l) => l.includes(';Anna Nowak;Wgląd w dane;'))).toHaveLength(4);
  expect(lines.every((l, i) => i === 0 || l.includes(';Wiśniewski Łukasz;'))).toBe(true);

  // XLSX: the same entries, read back.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj XLSX' }).click();
  const xlsxFile = await xlsxDownload;
  expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await bytesOf(xlsxFile)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Dziennik zdarzeń')!;
  expect(sheet.rowCount).toBe(6);
  expect(sheet.getRow(1).getCell(6).value).toBe('Osoba');
  const people = [2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(6).value);
  expect(new Set(people)).toEqual(new Set(['Wiśniewski Łukasz']));
  expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  expect(book.getWorksheet('Informacje')!.getRow(2).values).toEqual([
    undefined,
    'Liczba wpisów',
    '5',
  ]);

  // Last year: nothing.
  await page.getByLabel('Od dnia').fill('01.01.2025');
  await page.getByLabel('Od dnia').press('Enter');
  await page.getByLabel('Do dnia').fill('31.12.2025');
  await page.getByLabel('Do dnia').press('Enter');
  await expect(page.getByText('Żaden wpis nie spełnia wybranych warunków')).toBeVisible();

  // The chain of hashes.
  await page.getByRole('button', { name: 'Sprawdź spójność dziennika' }).click();
  await expect(
    page.getByText(
      /^Dziennik jest spójny: sprawdzono \d+ wpis(y|ów)?, żaden nie został zmieniony ani usunięty\.$/,
    ),
  ).toBeVisible();
  await expectAccessible(page, 'the audit log with its filters and the verification');

  // Someone with a database editor drops the guard and changes who looked: the check names the entry.
  const db = new Database(app.dbPath);
  const firstView = db.prepare("SELECT min(id) FROM audit_log WHERE action = 'view'").pluck().get();
  db.exec('DROP TRIGGER audit_log_no_update');
  db.prepare("UPDATE audit_log SET actor_name = 'Ktoś Inny' WHERE id = ?").run(firstView);
  db.close();
  await page.getByRole('button', { name: 'Sprawdź spójność dziennika' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dziennik' })).toContainText(
    `Dziennik został naruszony: wpis nr ${firstView} nie zgadza się z zapisanym łańcuchem.`,
  );
  await page.getByRole('switch', { name: 'Wysoki kontrast' }).click();
  await largestText(page);
  await expectAccessible(page, 'the audit log in high contrast, with the largest text');
  await page.screenshot({ path: `${SCREENS}/audit-log-contrast.png`, fullPage: true });
});

// The coordinator sees on the card who looked at the person's data.
test('participant card: "Kto oglądał dane tej osoby" opens on demand', async ({ page, app }) => {
  test.setTimeout(60_000);
  const person = await arrangeParticipant(app);
  await app.callAs('anna.nowak', 'participants.get', { id: person.id });
  await app.call('participants.get', { id: person.id }); // the tester

  await page.goto(`${app.url}#/participants/${person.id}`);
  const panel = page.getByRole('button', { name: 'Kto oglądał dane tej osoby' });
  await expect(panel).toHaveAttribute('aria-expanded', 'false');
  await panel.click();
  await expect(panel).toHaveAttribute('aria-expanded', 'true');
  const body = page.locator('.participant-views');
  // Anna's view before, the tester's, and Anna's opening of the card now (two entries).
  await expect(body.getByRole('row').filter({ hasText: 'Nowak' }).first()).toBeVisible();
  await expect(body.getByText(/^\d+ wgląd(y|ów)? w dane — 2 pracowników\.$/)).toBeVisible();
  const tester = body.getByRole('row').filter({ hasText: 'Tadeusz Tester' }).first();
  await expect(tester.getByRole('cell').nth(1)).toHaveText('1');
  await page.screenshot({ path: `${SCREENS}/participant-views.png`, fullPage: true });
});

// The administrator may not search participants: they pick a person by the name in the table.
// A social worker sees neither the log nor who looked at a person.
test('who sees the log: the administrator filters by a name in the table; a social worker sees neither', async ({
  page,
  app,
}) => {
  // Three accounts: scrypt is slow on purpose, and two workers share two cores.
  test.setTimeout(90_000);
  const person = await arrangeParticipant(app);
  await app.callAs('anna.nowak', 'participants.get', { id: person.id });
  const admin = await app.call<{ id: number }>('staff.create', {
    firstName: 'Ewa',
    lastName: 'Wróbel',
    role: 'administrator',
  });
  await app.giveAccount(admin.id, 'ewa.wrobel', { roles: ['administrator'] });
  await app.signInBrowser('ewa.wrobel');

  await page.goto(`${app.url}#/audit-log`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dziennik zdarzeń' })).toBeVisible();
  await expect(page.getByLabel('Osoba', { exact: true })).toHaveCount(0);
  await page
    .getByRole('button', { name: 'Wiśniewski Łukasz — pokaż tylko wpisy dotyczące tej osoby' })
    .first()
    .click();
  await expect(page.getByText('Razem: 2')).toBeVisible(); // created, and Anna's view
  const tag = page.locator('.audit-person-tag');
  await expect(tag).toHaveText(/Wiśniewski Łukasz/);
  await tag.getByLabel('Pokaż wpisy o wszystkich osobach').click();
  await expect(tag).toHaveCount(0);
  await expect(page.getByText('Razem: 2')).toHaveCount(0);

  const worker = await app.call<{ id: number }>('staff.create', {
    firstName: 'Jan',
    lastName: 'Socjalny',
    role: 'socialWorker',
  });
  await app.giveAccount(worker.id, 'jan.socjalny', { roles: ['socialWorker'] });
  await app.signInBrowser('jan.socjalny');
  // Only the hash changes: the page is loaded anew to take the new session.
  await page.goto(`${app.url}#/participants/${person.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Wiśniewski Łukasz' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Dziennik zdarzeń' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kto oglądał dane tej osoby' })).toHaveCount(0);
});

import { execFileSync } from 'node:child_process';
import type { Download, Locator, Page } from '@playwright/test';
import type { ClubSession } from '../../src-main/contract/club';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { arrangeProject, typeDate } from './arrange';
import { expectAccessible } from './axe';
import {
  addGroup,
  addModule,
  addRoom,
  addTrainer,
  createEdition,
  dragSession,
  openTab,
} from './club-helpers';
import { expect, test, type E2eApp } from './fixtures';

/*
 * The journey through the club (issue 8, "Tests"): an edition built in the editor,
 * planned, a move into a conflict refused, a trainer's week of absence re-planned, and the
 * group's month printed — then the demo's full timetable looked at as a clerk sees it.
 */

const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
/** The Monday after `date` (never `date` itself). */
const nextMonday = (date: string) =>
  addDays(date, 7 - ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

/** What a person reads on the saved PDF (poppler's pdftotext), spaces normalised. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replaceAll('\u00a0', ' ')
    .replace(/[ \t]+/g, ' ');
}

/** Saves the preview's PDF ("Zapisz PDF") to the test's output folder. */
async function savePdf(page: Page, preview: Locator, file: string): Promise<Download> {
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await preview.getByRole('link', { name: 'Zapisz PDF' }).click();
  const download = await downloading;
  await download.saveAs(file);
  return download;
}

const sessionsOf = async (app: E2eApp, editionId: number) =>
  (await app.call<{ sessions: ClubSession[] }>('club.sessions', { editionId })).sessions;

const calendarEvents = (page: Page) =>
  page.locator('.timetable-calendar').getByRole('button', { name: /— Ewa Zielińska, Sala 12/ });

test('the club journey: build, plan, refuse a conflict, re-plan an absence, print the month', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = await arrangeProject(app);
  const { endDate } = await app.call<{ endDate: string }>('projects.get', { id: project.id });
  // The cycle starts on the Monday after the core's today and ends inside the project.
  const start = nextMonday(app.today);
  const weeks = Math.min(4, Math.floor((days(start, endDate) + 1) / 7));
  expect(weeks, 'the project leaves room for a cycle of three weeks or more').toBeGreaterThan(2);
  const absentWeek = addDays(start, 7);

  await page.goto(app.url);
  await createEdition(page, {
    project: project.title,
    name: 'KIS — edycja próbna',
    startDate: start,
    weeks,
    meetings: 3, // Mon, Tue, Wed 9:00–13:00
  });
  const editionId = Number(/#\/club\/(\d+)/.exec(page.url())?.[1]);
  expect(editionId).toBeGreaterThan(0);

  await addModule(page, { name: 'Psychoedukacja', hours: 16, specialist: /^psycholog$/ });
  await addModule(page, {
    name: 'Trening kompetencji społecznych',
    hours: 12,
    specialist: /^trener\/instruktor$/,
  });
  await expect(page.getByRole('row', { name: /Razem na grupę/ })).toContainText('28 h');
  await addTrainer(page, {
    name: 'Ewa Zielińska',
    specialisations: [/^psycholog$/, /^trener\/instruktor$/],
  });
  await addRoom(page, { name: 'Sala 12', capacity: 15 });
  await addGroup(page, { name: 'Grupa 1', sizeLimit: 12 });

  // Zaplanuj: the summary adds the hours up, the calendar shows the cycle's first week.
  await openTab(page, 'Harmonogram');
  await expect(page.getByText('Harmonogram nie został jeszcze ułożony')).toBeVisible();
  await page.getByRole('button', { name: 'Zaplanuj', exact: true }).click();
  await expect(page.getByText(/Ułożono harmonogram: \d+ zaję/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '16 h / 16 h' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '12 h / 12 h' })).toBeVisible();
  const planned = await sessionsOf(app, editionId);
  const firstWeek = planned.filter((s) => s.date < absentWeek);
  await expect(calendarEvents(page)).toHaveCount(firstWeek.length);

  // A session dragged onto another day's session of the group: refused, in Polish.
  const moving = firstWeek[0]!;
  const other = firstWeek.find((s) => s.date !== moving.date);
  expect(other, 'two days with sessions in the first week').toBeTruthy();
  const eventAt = (s: ClubSession) =>
    page
      .locator('.timetable-calendar')
      .getByRole('button', { name: new RegExp(`${formatDate(s.date)}, ${time(s.from)}`) });
  await dragSession(page, eventAt(other!), eventAt(moving));
  const refusal = page.getByRole('alert').filter({ hasText: 'Nie przeniesiono zajęć' });
  await expect(refusal).toContainText(/Grupa „Grupa 1” ma w tym czasie zajęcia/);
  await expect(eventAt(other!)).toBeVisible();
  expect((await sessionsOf(app, editionId)).find((s) => s.id === other!.id)).toMatchObject({
    date: other!.date,
    from: other!.from,
    locked: false,
  });

  // The trainer falls ill for the cycle's second week.
  await openTab(page, 'Prowadzący');
  await page.getByRole('button', { name: 'Nieobecności: Ewa Zielińska' }).click();
  const absences = page.getByRole('dialog', { name: 'Nieobecności: Ewa Zielińska' });
  await typeDate(page, 'Od dnia', formatDate(absentWeek));
  await typeDate(page, 'Do dnia', formatDate(addDays(absentWeek, 6)));
  await absences.getByRole('button', { name: 'Dodaj nieobecność' }).click();
  await expect(
    absences.getByRole('cell', { name: formatDate(absentWeek), exact: true }),
  ).toBeVisible();
  await absences.locator('.ant-modal-footer').getByRole('button', { name: 'Zamknij' }).click();
  await expect(absences).toBeHidden();

  // Zaplanuj ponownie from that Monday: the week empties, what came before stays.
  const inAbsence = planned.filter((s) => s.date >= absentWeek && s.date < addDays(absentWeek, 7));
  expect(inAbsence.length, 'sessions in the week of the absence').toBeGreaterThan(0);
  await openTab(page, 'Harmonogram');
  await page.getByRole('button', { name: 'Zaplanuj ponownie od dnia…' }).click();
  const replan = page.getByRole('dialog', { name: 'Zaplanuj ponownie od dnia' });
  await typeDate(page, 'Od dnia', formatDate(absentWeek));
  await replan.getByRole('button', { name: 'Zaplanuj ponownie' }).click();
  const toast = page.getByText(/Zaplanowano ponownie: przesunięto \d+ zaję/);
  await expect(toast).toBeVisible();
  const moved = Number(/przesunięto (\d+)/.exec((await toast.textContent()) ?? '')![1]);
  expect(moved).toBeGreaterThanOrEqual(inAbsence.length);
  await expect(page.getByRole('row', { name: /Przesunięte zajęcia/ })).toContainText(
    new RegExp(`^Przesunięte zajęcia\\s*${moved} zaję`),
  );
  await expect(page.getByRole('row', { name: /Ostatnie planowanie/ })).toContainText(
    `Zaplanowano ponownie od ${formatDate(absentWeek)}`,
  );
  const replanned = await sessionsOf(app, editionId);
  expect(replanned.filter((s) => s.date >= absentWeek && s.date < addDays(absentWeek, 7))).toEqual(
    [],
  );
  expect(replanned.filter((s) => s.date < absentWeek)).toEqual(firstWeek);
  await page.screenshot({ path: '/tmp/journey-replanned.png', fullPage: true });

  // The week of the absence on screen is empty; its month is printed (the month of its Monday).
  await page.getByRole('button', { name: 'Następny tydzień' }).click();
  await expect(calendarEvents(page)).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Drukuj harmonogram prowadzącego (miesiąc)' }),
  ).toHaveCount(0);
  const printGroup = page.getByRole('button', { name: 'Drukuj harmonogram grupy (miesiąc)' });
  await expect(printGroup).toHaveAccessibleDescription(/^Miesiąc na ekranie: \S+ \d{4}$/);
  await printGroup.click();
  const preview = page.getByRole('dialog', { name: /^Harmonogram zajęć — Grupa 1 — \S+ \d{4}$/ });
  const month = absentWeek.slice(0, 7);
  const file = testInfo.outputPath('group-month.pdf');
  const download = await savePdf(page, preview, file);
  expect(download.suggestedFilename()).toBe(`harmonogram-grupa-1-${month}.pdf`);
  await expectAccessible(page, 'the preview of the group’s month');
  await page.screenshot({ path: '/tmp/journey-print-dialog.png' });

  const text = pdfText(file);
  expect(text).toContain('Klub Integracji Społecznej w Radomiu');
  expect(text).toContain('Harmonogram zajęć');
  expect(text).toContain('Grupa 1');
  expect(text).toContain('Psychoedukacja');
  expect(text).toContain('Ewa Zielińska');
  expect(text).toContain('Razem w miesiącu');
  // Every session of the month is printed with its day; none in the week of the absence.
  const ofMonth = replanned.filter((s) => s.date.startsWith(month));
  for (const s of ofMonth) expect(text).toContain(formatDate(s.date));
  for (let d = 0; d < 7; d++) expect(text).not.toContain(formatDate(addDays(absentWeek, d)));
  await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();
  await expect(preview).toBeHidden();

  // The trainer's view offers the trainer's month instead of the group's.
  await page.locator('.timetable-view-choice').getByText('prowadzący', { exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Drukuj harmonogram prowadzącego (miesiąc)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Drukuj harmonogram grupy (miesiąc)' }),
  ).toHaveCount(0);
});

test.describe('the demo club, as a clerk sees and prints it', () => {
  test.use({ demo: true });

  test('the timetable in a week and a month, and the group’s month as a PDF', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    const editions = await app.call<{ id: number; name: string }[]>('club.listEditions', {});
    const edition = editions.find((e) => e.name.startsWith('KIS „Nowy Start”'));
    expect(edition, 'the demo edition').toBeTruthy();
    await page.goto(`${app.url}#/club/${edition!.id}?tab=timetable`);
    await expect(page.getByText('Podsumowanie planu')).toBeVisible();
    const events = page
      .locator('.timetable-calendar')
      .getByRole('button', { name: /^\d\d\.\d\d\.\d{4}, \d+:\d\d/ });
    await expect(events.first()).toBeVisible();
    await page.screenshot({ path: '/tmp/journey-demo-week.png', fullPage: true });

    await page.locator('.timetable-toolbar').getByText('Miesiąc', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Następny miesiąc' })).toBeVisible();
    await page.screenshot({ path: '/tmp/journey-demo-month.png', fullPage: true });

    // The month on screen, printed for the group shown (Grupa 1) — from the keyboard.
    await page.getByRole('button', { name: 'Drukuj harmonogram grupy (miesiąc)' }).focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('dialog', { name: /^Harmonogram zajęć — Grupa 1 — / });
    const file = '/tmp/journey-demo-group-month.pdf';
    const download = await savePdf(page, preview, file);
    expect(download.suggestedFilename()).toBe(`harmonogram-grupa-1-${app.today.slice(0, 7)}.pdf`);
    await expectAccessible(page, 'the preview of the demo group’s month');
    await page.screenshot({ path: '/tmp/journey-demo-print-dialog.png' });
    const text = pdfText(file);
    expect(text).toContain('Harmonogram zajęć');
    expect(text).toContain('Razem w miesiącu');
    // The project's own quotes become the inner pair: „Klub … »Nowy Start«”.
    expect(text).toContain('»Nowy Start«”');
    execFileSync('pdftoppm', ['-png', '-r', '60', file, '/tmp/journey-demo-pdf']);
    await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();
    await expect(preview).toBeHidden();

    // The busiest trainer of the month: the longest list, to see it across pages.
    const month = app.today.slice(0, 7);
    const programme = await app.call<{ trainers: { id: number; name: string }[] }>(
      'club.getEdition',
      { id: edition!.id },
    );
    const { sessions } = await app.call<{ sessions: ClubSession[] }>('club.sessions', {
      editionId: edition!.id,
    });
    const count = (id: number) =>
      sessions.filter((s) => s.trainerId === id && s.date.startsWith(month)).length;
    const busiest = [...programme.trainers].sort((a, b) => count(b.id) - count(a.id))[0]!;
    await page.locator('.timetable-view-choice').getByText('prowadzący', { exact: true }).click();
    await page.getByLabel('Wybierz: prowadzący').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${busiest.name}$`) })
      .click();
    await page.getByRole('button', { name: 'Drukuj harmonogram prowadzącego (miesiąc)' }).click();
    const trainerPreview = page.getByRole('dialog', {
      name: new RegExp(`^Harmonogram zajęć — ${busiest.name} — `),
    });
    const trainerFile = '/tmp/journey-demo-trainer-month.pdf';
    await savePdf(page, trainerPreview, trainerFile);
    const trainerText = pdfText(trainerFile);
    expect(trainerText).toContain(`Prowadzący: ${busiest.name}`);
    expect(trainerText).toContain('Razem w miesiącu');
    execFileSync('pdftoppm', ['-png', '-r', '60', trainerFile, '/tmp/journey-demo-trainer-pdf']);
    await trainerPreview.getByRole('button', { name: 'Zamknij podgląd' }).click();

    // The whole cycle as a workbook.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportuj do Excela (XLSX)' }).click();
    const workbook = await downloading;
    expect(workbook.suggestedFilename()).toMatch(/^harmonogram-kis-nowy-start-.*\.xlsx$/);
  });
});

import type { Page } from '@playwright/test';
import type { ClubSession } from '../../src-main/contract/club';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { arrangeProject, arrangeTrainerAndRoom } from './arrange';
import { expectAccessible } from './axe';
import { dragSession } from './club-helpers';
import { expect, test, type E2eApp } from './fixtures';

const at = (hours: number, minutes = 0) => hours * 60 + minutes;
const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/**
 * A small edition of the club, typed through the channels as the office would: four weeks of
 * Mon/Wed/Fri 9–13 (the Christmas holidays and one office day off in them) from the Monday after the test's today, one group, two modules (14 h), one
 * trainer who leads both, one room.
 */
async function arrangeEdition(app: E2eApp) {
  const project = await arrangeProject(app);
  const start = '2026-11-30'; // the Monday a week after TEST_TODAY (2026-11-23)
  const edition = await app.call<{ id: number }>('club.createEdition', {
    projectId: project.id,
    name: 'KIS — edycja zimowa',
    startDate: start,
    weeks: 4,
    meetings: [1, 3, 5].map((weekday) => ({ weekday, from: at(9), to: at(13) })),
    daysOff: [addDays(start, 7)],
    minAttendancePercent: 80,
  });
  const base = { editionId: edition.id };
  await app.call('club.saveGroup', { ...base, name: 'Grupa 1', sizeLimit: 12, meetings: null });
  const module = {
    ...base,
    pattern: 'free',
    weekFrom: null,
    weekTo: null,
    roomFeatures: [],
    duty: false,
  };
  await app.call('club.saveModule', {
    ...module,
    name: 'Psychoedukacja',
    hours: 8,
    specialists: ['psychologist'],
    minSession: 2,
    maxSession: 4,
    position: 1,
  });
  await app.call('club.saveModule', {
    ...module,
    name: 'Trening kompetencji',
    hours: 6,
    specialists: ['instructor'],
    minSession: 3,
    maxSession: 3,
    position: 2,
  });
  await arrangeTrainerAndRoom(app, edition.id);
  return { editionId: edition.id, start };
}

async function openTimetable(page: Page, app: E2eApp, editionId: number) {
  await page.goto(`${app.url}#/club/${editionId}?tab=timetable`);
  await expect(page.getByRole('button', { name: 'Zaplanuj', exact: true })).toBeVisible();
}

test('plans the edition, shows it in the calendar and refuses a move into a conflict', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const { editionId, start } = await arrangeEdition(app);
  await openTimetable(page, app, editionId);
  await expect(page.getByText('Harmonogram nie został jeszcze ułożony')).toBeVisible();

  await page.getByRole('button', { name: 'Zaplanuj', exact: true }).click();
  await expect(page.getByText(/Ułożono harmonogram: \d+ zaję/)).toBeVisible();
  await expect(page.getByText('Podsumowanie planu')).toBeVisible();
  await expect(page.getByRole('cell', { name: '8 h / 8 h' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '6 h / 6 h' })).toBeVisible();

  // The planned sessions, as the core keeps them: two on one day of the group, to collide.
  const { sessions } = await app.call<{ sessions: ClubSession[] }>('club.sessions', { editionId });
  const firstWeek = sessions.filter((s) => s.date <= addDays(start, 6));
  const moving = firstWeek[0]!;
  const other = firstWeek.find((s) => s.date !== moving.date) ?? firstWeek[1]!;
  expect(other, 'a second session in the first week').toBeTruthy();

  // The calendar opens on the cycle's first week; each session is a button.
  const events = page
    .locator('.timetable-calendar')
    .getByRole('button', { name: /— Ewa Zielińska, Sala 12/ });
  await expect(events).toHaveCount(firstWeek.length);
  await page.screenshot({ path: '/tmp/timetable-week.png', fullPage: true });
  await expectAccessible(page, 'the timetable tab, week');

  // Dragged onto another session of the group: refused, put back, and the reason said.
  const dragged = page.locator('.timetable-calendar').getByRole('button', {
    name: new RegExp(`${formatDate(other.date)}, ${time(other.from)}`),
  });
  const onto = page.locator('.timetable-calendar').getByRole('button', {
    name: new RegExp(`${formatDate(moving.date)}, ${time(moving.from)}`),
  });
  await dragSession(page, dragged, onto);
  const refusal = page.getByRole('alert').filter({ hasText: 'Nie przeniesiono zajęć' });
  await expect(refusal).toContainText(/Grupa „Grupa 1” ma w tym czasie zajęcia/);
  await expect(dragged).toBeVisible(); // still on its own day and hour
  const after = await app.call<{ sessions: ClubSession[] }>('club.sessions', { editionId });
  expect(after.sessions.find((s) => s.id === other.id)).toMatchObject({
    date: other.date,
    from: other.from,
  });
  await page.screenshot({ path: '/tmp/timetable-drop-refused.png' });

  // The keyboard's way: Enter on a session opens "Przenieś zajęcia".
  const event = page
    .locator('.timetable-calendar')
    .getByRole('button', { name: new RegExp(`${formatDate(moving.date)}, ${time(moving.from)}`) });
  await event.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Przenieś zajęcia' });
  await expect(dialog).toBeVisible();

  // Onto the other session's day and hour: the group is busy then.
  const day = dialog.getByLabel('Dzień');
  await day.fill(formatDate(other.date));
  await day.press('Enter');
  const startField = dialog.getByLabel('Początek');
  await startField.click();
  await startField.fill(time(other.from));
  await startField.press('Enter');
  await expect(dialog.getByText(/Grupa „Grupa 1” ma w tym czasie zajęcia/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Zapisz' })).toBeDisabled();
  await expectAccessible(page, 'the move dialog with a conflict');
  await page.screenshot({ path: '/tmp/timetable-move-dialog.png' });
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeHidden();

  await page.locator('.timetable-toolbar').getByText('Miesiąc', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Listopad 2026', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Następny miesiąc' }).click();
  await expect(page.getByRole('heading', { name: 'Grudzień 2026', level: 3 })).toBeVisible();
  await expect(page.getByText('Wigilia Bożego Narodzenia')).toBeVisible();
  await expect(page.getByText('Dzień wolny ośrodka')).toBeVisible();
  await page.screenshot({ path: '/tmp/timetable-month.png', fullPage: true });
  await expectAccessible(page, 'the timetable tab, month');
});

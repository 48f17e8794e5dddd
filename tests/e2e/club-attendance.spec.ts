import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { SessionSheet } from '../../src-main/contract/attendance';
import type { ClubSession } from '../../src-main/contract/club';
import { formatHours } from '../../src-main/domain/attendance/hours';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { generatePesel } from '../../src-main/domain/pesel';
import { arrangeProject, arrangeTrainerAndRoom, radomAddress } from './arrange';
import { expectAccessible } from './axe';
import { expect, test, type E2eApp } from './fixtures';

/*
 * Attendance in the club (the issue's "Tests"): a month's lists printed in Polish order with
 * every session of the month; a session recorded from the keyboard — everybody present, two
 * absent — in under ten keys; the warning of a person who missed too much; a person's
 * participation ended and the certificate printed in the form of her sex, with her hours.
 */

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

const at = (hours: number, minutes = 0) => hours * 60 + minutes;
const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
/** The Monday on or before `date`. */
const mondayOf = (date: string) =>
  addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

type Person = { lastName: string; firstName: string; sex: 'K' | 'M'; birthDate: string };

/** Surnames whose Polish order is not the order of their code units (Ć, Ł, Ż). */
const PEOPLE: Person[] = [
  { lastName: 'Żak', firstName: 'Anna', sex: 'K', birthDate: '1978-03-12' },
  { lastName: 'Ćwik', firstName: 'Piotr', sex: 'M', birthDate: '1975-06-01' },
  { lastName: 'Łącka', firstName: 'Ewa', sex: 'K', birthDate: '1969-10-20' },
  { lastName: 'Cieślak', firstName: 'Jan', sex: 'M', birthDate: '1980-01-30' },
  { lastName: 'Lis', firstName: 'Marek', sex: 'M', birthDate: '1972-08-08' },
];
const nameOf = (p: Person) => `${p.lastName} ${p.firstName}`;
/** "Nazwisko Imię" in Polish order, as the test computes it on its own. */
const POLISH_ORDER = PEOPLE.map(nameOf).sort(new Intl.Collator('pl').compare);

/** What a person reads on the saved PDF (poppler's pdftotext), spaces normalised. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replaceAll('\u00a0', ' ')
    .replaceAll('\u2011', '-')
    .replace(/[ \t]+/g, ' ');
}

/** Saves the preview's PDF ("Zapisz PDF") and returns its text. */
async function savePdf(page: Page, preview: Locator, file: string): Promise<string> {
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await preview.getByRole('link', { name: 'Zapisz PDF' }).click();
  const download = await downloading;
  await download.saveAs(file);
  return pdfText(file);
}

interface World {
  editionId: number;
  groupId: number;
  /** Participant ids by "Nazwisko Imię". */
  ids: Map<string, number>;
  sessions: ClubSession[];
}

/**
 * An edition under way: five weeks of Mon/Wed/Fri 9–13 from the Monday three weeks before the
 * core's today, one group of the five PEOPLE (members from the first day), two modules, one
 * trainer and one room — planned, so the first three weeks' sessions have taken place.
 */
async function arrangeClub(app: E2eApp): Promise<World> {
  const project = await arrangeProject(app);
  const start = addDays(mondayOf(app.today), -21);
  const edition = await app.call<{ id: number }>('club.createEdition', {
    projectId: project.id,
    name: 'KIS — edycja jesienna',
    startDate: start,
    weeks: 5,
    meetings: [1, 3, 5].map((weekday) => ({ weekday, from: at(9), to: at(13) })),
    daysOff: [],
    minAttendancePercent: 80,
  });
  const base = { editionId: edition.id };
  const group = await app.call<{ id: number }>('club.saveGroup', {
    ...base,
    name: 'Grupa 1',
    sizeLimit: 12,
    meetings: null,
  });
  const module = { ...base, pattern: 'free', weekFrom: null, weekTo: null, roomFeatures: [] };
  await app.call('club.saveModule', {
    ...module,
    name: 'Psychoedukacja',
    hours: 16,
    specialists: ['psychologist'],
    minSession: 2,
    maxSession: 4,
    duty: false,
    position: 1,
  });
  await app.call('club.saveModule', {
    ...module,
    name: 'Trening kompetencji społecznych',
    hours: 12,
    specialists: ['instructor'],
    minSession: 3,
    maxSession: 3,
    duty: false,
    position: 2,
  });
  await arrangeTrainerAndRoom(app, edition.id);

  const ids = new Map<string, number>();
  for (const [i, p] of PEOPLE.entries()) {
    const person = await app.call<{ id: number }>('participants.create', {
      firstName: p.firstName,
      lastName: p.lastName,
      pesel: generatePesel(p.birthDate, p.sex, 300 + i),
      sex: p.sex,
      birthDate: p.birthDate,
      educationLevel: 'isced2',
      exclusionReasons: ['unemployment'],
      address: radomAddress(String(10 + i)),
    });
    const enrolledOn = addDays(start, -28);
    const enrolment = await app.call<{ id: number }>('enrolments.create', {
      participantId: person.id,
      projectId: project.id,
      enrolledOn,
      consentDataProcessing: true,
      consentDate: enrolledOn,
    });
    await app.call('enrolments.changeStatus', {
      id: enrolment.id,
      to: 'qualified',
      date: addDays(start, -7),
      reason: 'Decyzja komisji rekrutacyjnej',
    });
    ids.set(nameOf(p), person.id);
  }
  await app.call('club.setMembers', {
    groupId: group.id,
    members: [...ids.values()].map((participantId) => ({
      participantId,
      joinedOn: start,
      leftOn: null,
    })),
  });
  const plan = await app.call<{ ok: boolean }>('club.plan', { editionId: edition.id });
  expect(plan.ok, 'the edition is planned').toBe(true);
  const { sessions } = await app.call<{ sessions: ClubSession[] }>('club.sessions', {
    editionId: edition.id,
  });
  return { editionId: edition.id, groupId: group.id, ids, sessions };
}

async function openAttendance(page: Page, app: E2eApp, editionId: number) {
  await page.goto(`${app.url}#/club/${editionId}?tab=attendance`);
  await expect(page.getByRole('heading', { name: 'Obecność w miesiącu', level: 2 })).toBeVisible();
  await expect(page.locator('.attendance-grid')).toBeVisible();
}

/** The hours table's row of a person (the grid above names people too). */
const hoursRow = (page: Page, name: string) =>
  page
    .getByRole('region', { name: /^Godziny obecności/ })
    .getByRole('row', { name: new RegExp(name) });

const sessionHead = (page: Page, s: ClubSession, module: string) =>
  page.getByRole('button', {
    name: `${time(s.from)} — obecność na zajęciach ${formatDate(s.date)}: ${module}`,
  });

async function moduleNames(app: E2eApp, editionId: number): Promise<Map<number, string>> {
  const programme = await app.call<{ modules: { id: number; name: string }[] }>('club.getEdition', {
    id: editionId,
  });
  return new Map(programme.modules.map((m) => [m.id, m.name]));
}

test('prints a month of attendance lists: every session, names in Polish order', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const world = await arrangeClub(app);
  const month = app.today.slice(0, 7);
  const ofMonth = world.sessions.filter((s) => s.date.startsWith(month));
  expect(ofMonth.length, 'sessions of the group in the month').toBeGreaterThan(3);

  await openAttendance(page, app, world.editionId);
  // Rows in Polish order, a column per session of the month.
  await expect(page.locator('.attendance-grid tbody th')).toHaveText(POLISH_ORDER);
  await expect(page.locator('.attendance-grid thead button')).toHaveCount(ofMonth.length);
  // A session to come: its cells cannot be marked yet.
  const future = ofMonth.find((s) => s.date > app.today)!;
  await expect(
    page.getByRole('combobox', {
      name: `${POLISH_ORDER[0]}, ${formatDate(future.date)} ${time(future.from)}: obecność`,
    }),
  ).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/attendance-tab.png`, fullPage: true });
  await expectAccessible(page, 'the attendance tab');

  await page.getByRole('button', { name: 'Drukuj listy obecności (miesiąc)' }).click();
  const preview = page.getByRole('dialog', { name: /^Listy obecności — Grupa 1 — / });
  await expect(preview).toBeVisible();
  const text = await savePdf(page, preview, testInfo.outputPath('listy.pdf'));
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(ofMonth.length);
  for (const [i, s] of [...ofMonth]
    .sort((a, b) => (a.date + a.from).localeCompare(b.date + b.from))
    .entries()) {
    const sheet = pages[i]!;
    expect(sheet, `the list of ${s.date}`).toContain(
      `${formatDate(s.date)} ${time(s.from)}–${time(s.to)}`,
    );
    const positions = POLISH_ORDER.map((name) => sheet.indexOf(name));
    expect(
      positions.every((p) => p >= 0),
      `every member on the list of ${s.date}`,
    ).toBe(true);
    expect(positions, `Polish order on the list of ${s.date}`).toEqual(
      [...positions].sort((a, b) => a - b),
    );
  }
  await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();
});

test('records a session from the keyboard: everybody present, two absent, under ten keys', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const world = await arrangeClub(app);
  const modules = await moduleNames(app, world.editionId);
  const held = world.sessions.filter((s) => s.date <= app.today);
  const first = held[0]!;
  await openAttendance(page, app, world.editionId);
  if (!first.date.startsWith(app.today.slice(0, 7))) {
    await page.getByLabel('Miesiąc').click();
    await page.locator('.ant-select-item-option').nth(0).click();
  }

  await sessionHead(page, first, modules.get(first.moduleId)!).click();
  const dialog = page.getByRole('dialog', { name: 'Obecność na zajęciach' });
  await expect(dialog.getByRole('row')).toHaveCount(PEOPLE.length + 1);
  await expect(dialog.locator('tbody th')).toHaveText(POLISH_ORDER);
  await expectAccessible(page, 'the session attendance dialog');

  await dialog.getByRole('button', { name: 'Wszyscy obecni' }).click();
  await expect(
    dialog.getByRole('combobox', { name: `Obecność: ${POLISH_ORDER[0]}` }),
  ).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/attendance-session-all-present.png` });

  // The second and third person absent, then saved: every key counted.
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  await press('Tab');
  await press('n');
  await press('Tab');
  await press('Tab');
  await press('n');
  await expect(dialog.getByRole('combobox', { name: `Obecność: ${POLISH_ORDER[2]}` })).toHaveValue(
    'absent',
  );
  await page.screenshot({ path: `${SHOTS}/attendance-session-two-absent.png` });
  await press('Control+Enter');
  await expect(dialog).toBeHidden();
  expect(keys, 'keys after "Wszyscy obecni"').toBeLessThan(10);
  console.log(`Two absences recorded with ${keys} keys after "Wszyscy obecni".`);

  const sheet = await app.call<SessionSheet>('attendance.session', { sessionId: first.id });
  expect(sheet.rows.map((r) => [r.name, r.mark?.status])).toEqual(
    POLISH_ORDER.map((name, i) => [name, i === 1 || i === 2 ? 'absent' : 'present']),
  );
  // The grid shows them too.
  if (first.date.startsWith(app.today.slice(0, 7)))
    await expect(
      page.getByRole('combobox', {
        name: `${POLISH_ORDER[1]}, ${formatDate(first.date)} ${time(first.from)}: obecność`,
      }),
    ).toHaveValue('absent');

  // Both absent are now below the minimum: said in words beside their names.
  const absent = hoursRow(page, POLISH_ORDER[1]!);
  await expect(absent).toContainText('Poniżej minimum obecności');
  await expect(absent).toContainText(/poniżej minimum 80 % obecności przy obecnym tempie/i);
  const present = hoursRow(page, POLISH_ORDER[0]!);
  await expect(present).toContainText('Obecność w normie');
  await page
    .getByRole('region', { name: /^Godziny obecności/ })
    .screenshot({ path: `${SHOTS}/attendance-hours-warnings.png` });

  // A partial presence: its hours are checked as they are typed.
  const second = held[1]!;
  // Opened from the keyboard: the cursor waits on "Wszyscy obecni".
  await sessionHead(page, second, modules.get(second.moduleId)!).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Wszyscy obecni' })).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog
    .getByRole('combobox', { name: `Obecność: ${POLISH_ORDER[3]}` })
    .selectOption('partial');
  const hours = dialog.getByRole('textbox', { name: `Godziny obecności: ${POLISH_ORDER[3]}` });
  await hours.fill('9');
  await expect(dialog).toContainText(
    `Czas obecności (9 h) jest dłuższy niż zajęcia (${formatHours(second.to - second.from)})`,
  );
  await hours.fill('1,5');
  await expect(dialog.locator('.attendance-issue')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: `Powód: ${POLISH_ORDER[3]}` }).fill('Wizyta u lekarza');
  await page.screenshot({ path: `${SHOTS}/attendance-session-partial.png` });
  await expectAccessible(page, 'the session dialog with a partial presence');
  await dialog.getByRole('button', { name: 'Zapisz obecność' }).click();
  await expect(dialog).toBeHidden();
  const partial = await app.call<SessionSheet>('attendance.session', { sessionId: second.id });
  expect(partial.rows[3]!.mark).toEqual({
    status: 'partial',
    minutes: 90,
    reason: 'Wizyta u lekarza',
  });

  // A session still to come: read-only, with the reason why.
  const future = world.sessions.find((s) => s.date > app.today)!;
  await page.getByLabel('Miesiąc').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`${future.date.slice(0, 4)}$`) })
    .filter({ hasText: monthWord(future.date) })
    .click();
  await sessionHead(page, future, modules.get(future.moduleId)!).click();
  await expect(dialog.getByText('Obecność zapisuje się po zajęciach')).toBeVisible();
  await expect(dialog.getByRole('combobox')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/attendance-session-future.png` });
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Zamknij' }).click();
  await expect(dialog).toBeHidden();

  // From the timetable too: a session's dialog leads to its attendance.
  const thisWeek = world.sessions.find((s) => s.date >= mondayOf(app.today))!;
  await page.getByRole('tab', { name: 'Harmonogram' }).click();
  await page
    .locator('.timetable-calendar')
    .getByRole('button', {
      name: new RegExp(`${formatDate(thisWeek.date)}, ${time(thisWeek.from)}`),
    })
    .click();
  const move = page.getByRole('dialog', { name: 'Przenieś zajęcia' });
  await move.getByRole('button', { name: 'Obecność', exact: true }).click();
  await expect(dialog).toContainText(formatDate(thisWeek.date));
  await dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /Anuluj|Zamknij/ })
    .click();
  await expect(dialog).toBeHidden();
  await move.getByRole('button', { name: 'Anuluj' }).click();
});

const MONTHS = [
  'Styczeń',
  'Luty',
  'Marzec',
  'Kwiecień',
  'Maj',
  'Czerwiec',
  'Lipiec',
  'Sierpień',
  'Wrzesień',
  'Październik',
  'Listopad',
  'Grudzień',
];
const monthWord = (date: string) => MONTHS[Number(date.slice(5, 7)) - 1]!;

test('the month grid saves its changed cells in one go', async ({ page, app }) => {
  test.setTimeout(120_000);
  const world = await arrangeClub(app);
  const month = app.today.slice(0, 7);
  const held = world.sessions.filter((s) => s.date <= app.today && s.date.startsWith(month));
  const [a, b] = held;
  await openAttendance(page, app, world.editionId);
  const cell = (name: string, s: ClubSession) =>
    page.getByRole('combobox', {
      name: `${name}, ${formatDate(s.date)} ${time(s.from)}: obecność`,
    });
  await cell(POLISH_ORDER[0]!, a!).selectOption('present');
  await cell(POLISH_ORDER[4]!, a!).selectOption('excused');
  await cell(POLISH_ORDER[4]!, b!).selectOption('absent');
  await expect(page.getByText('Niezapisane zmiany: 3')).toBeVisible();
  // Taken back to what is stored: no longer a change.
  await cell(POLISH_ORDER[0]!, a!).selectOption('');
  await expect(page.getByText('Niezapisane zmiany: 2')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/attendance-grid-changed.png`, fullPage: true });
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Wszystkie zmiany zapisane')).toBeVisible();
  const grid = await app.call<{
    sessions: { id: number }[];
    people: { name: string; cells: { mark: { status: string } | null }[] }[];
  }>('attendance.month', { groupId: world.groupId, month });
  const row = grid.people.find((p) => p.name === POLISH_ORDER[4])!;
  const statusAt = (s: ClubSession) =>
    row.cells[grid.sessions.findIndex((x) => x.id === s.id)]!.mark?.status;
  expect([statusAt(a!), statusAt(b!)]).toEqual(['excused', 'absent']);
  expect(grid.people.find((p) => p.name === POLISH_ORDER[0])!.cells.every((c) => !c.mark)).toBe(
    true,
  );
});

test('ends a participation and prints the certificate in the person’s form, with her hours', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  const world = await arrangeClub(app);
  const held = world.sessions.filter((s) => s.date <= app.today);
  const anna = 'Żak Anna';
  const piotr = 'Ćwik Piotr';
  // Anna came to every session; Piotr missed them all.
  for (const s of held)
    await app.call('attendance.record', {
      sessionId: s.id,
      marks: [
        { participantId: world.ids.get(anna)!, status: 'present' },
        { participantId: world.ids.get(piotr)!, status: 'absent' },
      ],
    });

  await openAttendance(page, app, world.editionId);
  const piotrRow = hoursRow(page, piotr);
  await expect(piotrRow).toContainText('Nie osiągnie minimum obecności');
  await expect(piotrRow).toContainText(/nie osiągnie już minimum 80 % obecności/i);

  await page.getByRole('button', { name: `Zakończ udział: ${anna}` }).click();
  const end = page.getByRole('dialog', { name: `Zakończenie udziału — ${anna}` });
  await expect(end).toBeVisible();
  // Nothing chosen: said on the field, nothing asked.
  await end.getByRole('button', { name: 'Zakończ udział' }).click();
  await expect(end).toContainText('Wybierz, jak zakończył się udział');
  await end.getByRole('radio', { name: 'Ukończyła program' }).check();
  await expect(end.getByLabel('Data zakończenia')).toHaveValue(formatDate(app.today));
  await page.screenshot({ path: `${SHOTS}/attendance-end-dialog.png` });
  await expectAccessible(page, 'the end of participation dialog');
  await end.getByRole('button', { name: 'Zakończ udział' }).click();
  const confirm = page.getByRole('dialog', { name: `Zakończyć udział: ${anna}?` });
  await expect(confirm).toContainText('Tej zmiany nie można cofnąć');
  await confirm.getByRole('button', { name: 'Zakończ udział' }).click();

  const issue = page.getByRole('dialog', { name: `Zaświadczenie o uczestnictwie — ${anna}` });
  await expect(issue).toBeVisible();
  await expect(issue.getByRole('radio', { name: 'Data urodzenia' })).toBeChecked();
  await issue.getByRole('button', { name: 'Wydaj zaświadczenie' }).click();
  const ask = page.getByRole('dialog', { name: `Wydać zaświadczenie: ${anna}?` });
  await ask.getByRole('button', { name: 'Wydaj zaświadczenie' }).click();
  const number = `KIS/${app.today.slice(0, 4)}/0001`;
  const preview = page.getByRole('dialog', { name: `Zaświadczenie nr ${number}` });
  await expect(preview).toBeVisible();
  const text = await savePdf(page, preview, testInfo.outputPath('zaswiadczenie.pdf'));
  await page.screenshot({ path: `${SHOTS}/attendance-certificate-preview.png` });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Zaświadcza się, że Pani Anna Żak, urodzona 12 marca 1978 r.');
  expect(flat).toContain('uczestniczyła w zajęciach Klubu Integracji Społecznej');
  expect(flat).toContain('i ukończyła program zajęć');
  expect(flat).not.toMatch(/(uczestniczył|ukończył)(?![a\p{L}])/u);
  // Her hours, module by module: every held session of her time, all attended.
  const modules = await moduleNames(app, world.editionId);
  for (const [id, name] of modules) {
    const minutes = held
      .filter((s) => s.moduleId === id)
      .reduce((sum, s) => sum + s.to - s.from, 0);
    if (!minutes) continue;
    const h = formatHours(minutes).replace(/ h$/, '');
    expect(text).toMatch(new RegExp(`${name}\\s+${h}\\s+${h}\\b`));
  }
  await preview.getByRole('button', { name: 'Zamknij podgląd' }).click();
  const annaRow = hoursRow(page, anna);
  await expect(annaRow).toContainText(`Ukończyła program (${formatDate(app.today)})`);
  await expect(annaRow).toContainText(`Zaświadczenie nr ${number}`);

  // The register: the certificate, and a duplicate asked for first.
  await page.getByRole('tab', { name: 'Zaświadczenia' }).click();
  const register = page.getByRole('row', { name: new RegExp(number) });
  await expect(register).toContainText(anna);
  await expect(register).toContainText('Ukończyła program');
  const figures = page.getByRole('row', { name: /^Ukończyli/ });
  await expect(figures).toHaveText(/Ukończyli\s*1\s*0\s*1/);
  await page.screenshot({ path: `${SHOTS}/attendance-certificates-tab.png`, fullPage: true });
  await expectAccessible(page, 'the certificates tab');
  await page.getByRole('button', { name: `Duplikat zaświadczenia nr ${number}` }).click();
  const duplicateAsk = page.getByRole('dialog', {
    name: `Wydać duplikat zaświadczenia nr ${number}?`,
  });
  await duplicateAsk.getByRole('button', { name: 'Wydaj duplikat' }).click();
  const duplicate = page.getByRole('dialog', { name: `Duplikat zaświadczenia nr ${number}` });
  const duplicateText = await savePdf(page, duplicate, testInfo.outputPath('duplikat.pdf'));
  expect(duplicateText).toContain('DUPLIKAT');
  await duplicate.getByRole('button', { name: 'Zamknij podgląd' }).click();

  // Piotr's card: his club hours and the warning, in words.
  await page.goto(`${app.url}#/participants/${world.ids.get(piotr)}`);
  const card = page.locator('.ant-card').filter({
    has: page.locator('.ant-card-head-title', { hasText: /^Klub Integracji Społecznej$/ }),
  });
  await expect(card).toContainText('KIS — edycja jesienna — Grupa 1');
  await expect(card).toContainText(/nie osiągnie już minimum 80 % obecności/i);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/attendance-participant-card.png`, fullPage: true });
});

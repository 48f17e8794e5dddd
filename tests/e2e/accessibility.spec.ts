import type { Locator, Page } from '@playwright/test';
import type { Appearance } from '../../src-renderer/app/theme';
import { SCREENS } from './arrange';
import { expectAccessible } from './axe';
import { expect, test, TEST_PASSWORD, TESTER, type E2eApp } from './fixtures';

/**
 * WCAG 2.1 AA (axe-core, tests/e2e/axe.ts) on every screen and every dialog of the app, in
 * the default theme and in high contrast, and each screen once with the largest text (A++)
 * in a 1024×768 window. The demo database has the data: 60 people, two projects, a signed
 * contract with an evaluation, another signed one and a draft.
 *
 * A tour is a list of places, each with how to get there from where the previous one left
 * the app. Every place is scanned, and a tour reports all it found, not only the first
 * violation, so one run lists everything there is to fix.
 */
// Someone holding every role, so the tour reaches every screen (the demo's accounts have one each).
test.use({ demo: true, login: TESTER.login });

const THEMES: Record<string, Appearance> = {
  'domyślny motyw': { fontScale: 'normal', highContrast: false },
  'wysoki kontrast': { fontScale: 'normal', highContrast: true },
};
const LARGEST_TEXT: Appearance = { fontScale: 'larger', highContrast: false };

/** The demo's records the tours visit. */
interface Demo {
  /** Signed and evaluated; its person takes part in the club (KIS). */
  signed: { id: number; participantId: number };
  draft: { id: number; participantId: number };
  /** A person who broke off the club: their card offers the situation after leaving. */
  leaver: number;
}

async function demoRecords(app: E2eApp): Promise<Demo> {
  type Row = { id: number; status: string; participantId: number };
  const { rows } = await app.call<{ rows: Row[] }>('contracts.list', { page: 1, pageSize: 25 });
  const [signed, otherSigned] = rows.filter((r) => r.status === 'signed');
  const draft = rows.find((r) => r.status === 'draft')!;
  const leaver = otherSigned!.participantId;
  const [club] = await app.call<{ id: number }[]>('enrolments.forParticipant', {
    participantId: leaver,
  });
  await app.call('enrolments.changeStatus', {
    id: club!.id,
    to: 'droppedOut',
    date: app.today,
    reason: 'Podjęcie pracy w innej gminie',
  });
  return { signed: signed!, draft, leaver };
}

interface Ctx {
  page: Page;
  app: E2eApp;
  demo: Demo;
}

/** A place to scan: how to get there from where the previous place left the app. */
interface Place {
  where: string;
  open: (c: Ctx) => Promise<unknown>;
  /** Puts the app back for the next place: closes the dialog or the popup. */
  close?: (c: Ctx) => Promise<unknown>;
}

const OPEN_POPUPS =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden), ' +
  '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden), ' +
  '.ant-popover:not(.ant-popover-hidden)';

/** Waits until nothing is loading any more. */
async function settled(page: Page) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

/** Opens a screen by its address and waits for its `<h1>`. */
async function visit(page: Page, app: E2eApp, hash: string, heading: string | RegExp) {
  await page.goto(`${app.url}${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await settled(page);
}

/** Clicks what opens a dialog and waits for it. */
async function openDialog(page: Page, opener: Locator, name: string | RegExp) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await settled(page);
  return dialog;
}

/** Closes a dialog with one of its buttons and waits for it to go. */
async function closeDialog(page: Page, name: string | RegExp, button = 'Anuluj') {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** Opens a select's list of options, drawn in a popup outside the field. */
async function openSelect(page: Page, combobox: Locator) {
  await combobox.click();
  await expect(page.locator(OPEN_POPUPS)).toBeVisible();
}

async function closePopup(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator(OPEN_POPUPS)).toHaveCount(0);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const clubCard = (page: Page) =>
  page.getByRole('region', { name: /Zgłoszenie: Klub Integracji Społecznej/ });
const settingsTab = (tab: string) => async (c: Ctx) => {
  await visit(c.page, c.app, '#/settings', 'Ustawienia');
  await c.page.getByRole('tab', { name: tab }).click();
  await expect(c.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  await settled(c.page);
};

/** Every screen, at its address. */
const SCREEN = {
  participants: {
    where: 'Uczestnicy',
    open: ({ page, app }) => visit(page, app, '#/participants', 'Uczestnicy'),
  },
  newParticipant: {
    where: 'Nowy uczestnik',
    open: ({ page, app }) => visit(page, app, '#/participants/new', 'Nowy uczestnik'),
  },
  participant: {
    where: 'karta uczestnika',
    open: ({ page, app, demo }) =>
      visit(page, app, `#/participants/${demo.signed.participantId}`, /.+/),
  },
  editParticipant: {
    where: 'edycja uczestnika',
    open: ({ page, app, demo }) =>
      visit(page, app, `#/participants/${demo.signed.participantId}/edit`, /edycja danych/),
  },
  projects: {
    where: 'Projekty',
    open: ({ page, app }) => visit(page, app, '#/projects', 'Projekty'),
  },
  newProject: {
    where: 'Nowy projekt',
    open: ({ page, app }) => visit(page, app, '#/projects/new', 'Nowy projekt'),
  },
  project: {
    where: 'projekt',
    open: ({ page, app }) => visit(page, app, '#/projects/1', /^Projekt: /),
  },
  contracts: {
    where: 'Kontrakty socjalne',
    open: ({ page, app }) => visit(page, app, '#/contracts', 'Kontrakty socjalne'),
  },
  newContract: {
    where: 'nowy kontrakt',
    open: ({ page, app, demo }) =>
      visit(
        page,
        app,
        `#/contracts/new?participantId=${demo.draft.participantId}`,
        /^Nowy kontrakt socjalny — /,
      ),
  },
  signed: {
    where: 'kontrakt zawarty',
    open: ({ page, app, demo }) =>
      visit(page, app, `#/contracts/${demo.signed.id}`, /^Kontrakt socjalny nr /),
  },
  draft: {
    where: 'szkic kontraktu',
    open: ({ page, app, demo }) =>
      visit(page, app, `#/contracts/${demo.draft.id}`, /^Szkic kontraktu socjalnego/),
  },
  amend: {
    where: 'aneks',
    open: ({ page, app, demo }) =>
      visit(page, app, `#/contracts/${demo.signed.id}/amend`, /^Aneks do kontraktu nr /),
  },
  office: { where: 'Ustawienia — Ośrodek', open: settingsTab('Ośrodek') },
  staff: { where: 'Ustawienia — Pracownicy', open: settingsTab('Pracownicy') },
  instruments: { where: 'Ustawienia — Instrumenty', open: settingsTab('Instrumenty') },
  logos: { where: 'Ustawienia — Logotypy UE', open: settingsTab('Logotypy UE') },
  accounts: { where: 'Ustawienia — Konta i uprawnienia', open: settingsTab('Konta i uprawnienia') },
} satisfies Record<string, Place>;

/** Lists and forms, the popups of their fields, a form's errors, the leave guard, settings. */
const FORMS: Place[] = [
  SCREEN.participants,
  {
    where: 'Uczestnicy — lista filtra',
    open: ({ page }) => openSelect(page, page.getByRole('combobox', { name: 'Filtr: projekt' })),
    close: ({ page }) => closePopup(page),
  },
  SCREEN.newParticipant,
  {
    where: 'Nowy uczestnik — kalendarz',
    open: async ({ page }) => {
      await page.getByLabel('Data urodzenia', { exact: true }).click();
      await expect(page.locator(OPEN_POPUPS)).toBeVisible();
    },
    close: ({ page }) => closePopup(page),
  },
  {
    where: 'Nowy uczestnik — błędy formularza',
    open: async ({ page }) => {
      await button(page, 'Zapisz').click();
      await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
    },
  },
  {
    where: 'pytanie o porzucenie niezapisanych zmian',
    open: async ({ page }) => {
      await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalska');
      await page.getByRole('menuitem', { name: 'Projekty' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Porzucić niezapisane zmiany?' }),
      ).toBeVisible();
    },
    close: ({ page }) => closeDialog(page, 'Porzucić niezapisane zmiany?', 'Porzuć zmiany'),
  },
  SCREEN.editParticipant,
  SCREEN.projects,
  SCREEN.newProject,
  SCREEN.project,
  SCREEN.office,
  SCREEN.staff,
  {
    where: 'Ustawienia — nowy pracownik',
    open: ({ page }) => openDialog(page, button(page, 'Dodaj pracownika'), 'Nowy pracownik'),
    close: ({ page }) => closeDialog(page, 'Nowy pracownik'),
  },
  {
    where: 'Ustawienia — pytanie przed dezaktywacją',
    open: async ({ page }) => {
      await button(page, 'Dezaktywuj').first().click();
      await expect(page.locator(OPEN_POPUPS)).toBeVisible();
    },
    close: ({ page }) => closePopup(page),
  },
  SCREEN.instruments,
  {
    where: 'Ustawienia — nowy instrument',
    open: async ({ page }) => {
      await openDialog(
        page,
        button(page, 'Dodaj instrument'),
        'Nowy instrument aktywnej integracji',
      );
      await openSelect(page, page.getByRole('combobox', { name: 'Grupa' }));
    },
    close: async ({ page }) => {
      await closePopup(page);
      await closeDialog(page, 'Nowy instrument aktywnej integracji');
    },
  },
  SCREEN.logos,
  SCREEN.accounts,
  {
    where: 'Ustawienia — nowe konto',
    open: ({ page }) =>
      openDialog(
        page,
        page.getByRole('button', { name: /^Utwórz konto: / }).first(),
        /^Nowe konto: /,
      ),
    close: ({ page }) => closeDialog(page, /^Nowe konto: /),
  },
  {
    where: 'Ustawienia — reset hasła',
    open: ({ page }) =>
      openDialog(
        page,
        page.getByRole('button', { name: /^Resetuj hasło: / }).first(),
        /^Reset hasła: /,
      ),
    close: ({ page }) => closeDialog(page, /^Reset hasła: /),
  },
  {
    where: 'nagłówek — menu konta',
    open: async ({ page }) => {
      await page.getByRole('button', { name: /^Konto: / }).click();
      await expect(page.getByRole('menuitem', { name: 'Zmień hasło' })).toBeVisible();
    },
  },
  {
    where: 'zmiana hasła',
    open: async ({ page }) => {
      await page.getByRole('menuitem', { name: 'Zmień hasło' }).click();
      await expect(page.getByRole('dialog', { name: 'Zmiana hasła' })).toBeVisible();
    },
    close: ({ page }) => closeDialog(page, 'Zmiana hasła'),
  },
  {
    where: 'blokada programu',
    open: async ({ page }) => {
      await button(page, 'Zablokuj').click();
      await expect(page.getByRole('dialog', { name: 'Program zablokowany' })).toBeVisible();
    },
    close: async ({ page }) => {
      const lock = page.getByRole('dialog', { name: 'Program zablokowany' });
      await lock.getByLabel('Hasło', { exact: true }).fill(TEST_PASSWORD);
      await lock.getByRole('button', { name: 'Odblokuj' }).click();
      await expect(lock).toHaveCount(0);
    },
  },
];

/** The participant's card and its dialogs. */
const CARD: Place[] = [
  SCREEN.participant,
  {
    where: 'karta — zapis do projektu',
    open: ({ page }) => openDialog(page, button(page, 'Zapisz do projektu'), 'Zapisz do projektu'),
    close: ({ page }) => closeDialog(page, 'Zapisz do projektu'),
  },
  {
    where: 'karta — zmiana statusu',
    open: ({ page }) =>
      openDialog(page, clubCard(page).getByRole('button', { name: 'Zmień status' }), /^Zmiana/),
    close: ({ page }) => closeDialog(page, /^Zmiana statusu/),
  },
  {
    where: 'karta — dane EFS',
    open: ({ page }) =>
      openDialog(page, clubCard(page).getByRole('button', { name: /dane EFS/ }), /EFS/),
    close: ({ page }) => closeDialog(page, /EFS/),
  },
  {
    where: 'karta osoby, która przerwała udział',
    open: ({ page, app, demo }) => visit(page, app, `#/participants/${demo.leaver}`, /.+/),
  },
  {
    where: 'karta — sytuacja po zakończeniu udziału',
    open: ({ page }) =>
      openDialog(
        page,
        clubCard(page).getByRole('button', { name: 'Sytuacja po zakończeniu' }),
        /^Sytuacja po zakończeniu udziału/,
      ),
  },
];

/** Contracts: the list, the editor, a signed contract and the dialogs of their life. */
const CONTRACTS: Place[] = [
  SCREEN.contracts,
  {
    where: 'Kontrakty — nowy kontrakt: wybór osoby',
    open: async ({ page }) => {
      await openDialog(page, button(page, 'Nowy kontrakt'), 'Nowy kontrakt socjalny');
      await expect(page.locator('.ant-select-item-option').first()).toBeVisible();
    },
    close: ({ page }) => closeDialog(page, 'Nowy kontrakt socjalny', 'Zamknij'),
  },
  SCREEN.newContract,
  SCREEN.draft,
  {
    where: 'szkic — podpisanie',
    open: ({ page }) =>
      openDialog(
        page,
        button(page, 'Podpisz (zawrzyj) kontrakt'),
        'Podpisanie (zawarcie) kontraktu',
      ),
    close: ({ page }) => closeDialog(page, 'Podpisanie (zawarcie) kontraktu'),
  },
  SCREEN.amend,
  SCREEN.signed,
  {
    // antd lightens its blues under the mouse: hovered colours are held to 4.5:1 too.
    where: 'kontrakt — przycisk pod kursorem',
    open: ({ page }) => button(page, 'Sporządź aneks').hover(),
  },
  {
    where: 'kontrakt — odnośnik pod kursorem',
    open: ({ page }) => page.locator('.timeline-link').first().hover(),
  },
  {
    where: 'kontrakt — podgląd wydruku z listą egzemplarzy',
    open: async ({ page }) => {
      const dialog = await openDialog(page, button(page, 'Drukuj oryginał').first(), /— oryginał$/);
      await expect(dialog.locator('iframe')).toBeVisible();
      await openSelect(page, dialog.getByRole('combobox'));
    },
    close: async ({ page }) => {
      await closePopup(page);
      await closeDialog(page, /— oryginał$/, 'Zamknij podgląd');
    },
  },
  {
    where: 'kontrakt — ocena',
    open: ({ page }) =>
      openDialog(page, button(page, 'Dodaj ocenę'), /^Ocena realizacji kontraktu/),
    close: ({ page }) => closeDialog(page, /^Ocena realizacji kontraktu/),
  },
  {
    where: 'kontrakt — zakończenie',
    open: ({ page }) => openDialog(page, button(page, 'Zakończ'), 'Zakończenie kontraktu'),
    close: ({ page }) => closeDialog(page, 'Zakończenie kontraktu'),
  },
  {
    where: 'kontrakt — rozwiązanie, z błędami',
    open: async ({ page }) => {
      const dialog = await openDialog(page, button(page, 'Rozwiąż'), 'Rozwiązanie kontraktu');
      await dialog.getByRole('button', { name: 'Rozwiąż kontrakt' }).click();
      await expect(dialog.getByText('Wybierz przyczynę rozwiązania')).toBeVisible();
    },
  },
  {
    where: 'kontrakt — pytanie przed rozwiązaniem',
    open: async ({ page }) => {
      const dialog = page.getByRole('dialog', { name: 'Rozwiązanie kontraktu' });
      await openSelect(page, dialog.getByLabel('Przyczyna rozwiązania', { exact: true }));
      await page.locator('.ant-select-item-option').first().click();
      await dialog.getByLabel('Uzasadnienie', { exact: true }).fill('Wyprowadził się z gminy.');
      await dialog.getByRole('button', { name: 'Rozwiąż kontrakt' }).click();
      await expect(page.getByRole('dialog', { name: /^Rozwiązać kontrakt nr/ })).toBeVisible();
    },
    close: ({ page }) => closeDialog(page, /^Rozwiązać kontrakt nr/, 'Wróć'),
  },
  {
    where: 'kontrakt — pytanie o porzucenie wpisanych danych',
    open: async ({ page }) => {
      await page
        .getByRole('dialog', { name: 'Rozwiązanie kontraktu' })
        .getByRole('button', { name: 'Anuluj' })
        .click();
      await expect(page.getByRole('dialog', { name: 'Porzucić wprowadzone dane?' })).toBeVisible();
    },
    close: async ({ page }) => {
      await closeDialog(page, 'Porzucić wprowadzone dane?', 'Porzuć dane');
      await expect(page.getByRole('dialog', { name: 'Rozwiązanie kontraktu' })).toHaveCount(0);
    },
  },
];

/**
 * Opens the app in the given appearance (as remembered from an earlier session), visits the
 * places in turn and scans each; fails at the end with everything found. The last screen is
 * kept as a screenshot, to look at.
 */
async function tour(page: Page, app: E2eApp, appearance: Appearance, places: Place[]) {
  await page.addInitScript((value) => {
    localStorage.setItem('aktywator.appearance', value);
  }, JSON.stringify(appearance));
  const c: Ctx = { page, app, demo: await demoRecords(app) };
  const label = test.info().titlePath.slice(1).join(' — ');
  const found: string[] = [];
  for (const place of places) {
    await test.step(place.where, async () => {
      await place.open(c);
      try {
        await expectAccessible(page, `${place.where} (${label})`);
      } catch (e) {
        found.push((e as Error).message.split('\n\n')[0]!);
      }
      await place.close?.(c);
    });
  }
  const file = label.replace(/[^\p{L}\d+]+/gu, '-').toLowerCase();
  await page.screenshot({ path: `${SCREENS}/a11y-${file}.png` });
  expect(found, found.join('\n')).toEqual([]);
}

// The longest first, so that two workers finish together.
const TOURS: Record<string, Place[]> = {
  'kontrakty socjalne': CONTRACTS,
  'listy, formularze i ustawienia': FORMS,
  'karta uczestnika': CARD,
};

for (const [theme, appearance] of Object.entries(THEMES)) {
  for (const [name, places] of Object.entries(TOURS)) {
    test(`${name} — ${theme}`, async ({ page, app }) => {
      test.setTimeout(240_000);
      await tour(page, app, appearance, places);
    });
  }
}

test.describe('A++ w oknie 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  const screens: Place[] = Object.values(SCREEN);
  const half = Math.ceil(screens.length / 2);
  for (const [part, places] of [screens.slice(0, half), screens.slice(half)].entries()) {
    test(`ekrany, część ${part + 1}`, async ({ page, app }) => {
      test.setTimeout(240_000);
      await tour(page, app, LARGEST_TEXT, places);
    });
  }
});

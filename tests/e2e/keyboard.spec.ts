import type { ElementHandle, Locator, Page } from '@playwright/test';
import { addMonths } from '../../src-main/domain/dates';
import { expect, test, type E2eApp } from './fixtures';
import { arrangeParticipant, arrangeSecondPerson } from './arrange';

/*
 * WCAG 2.1 AA for a person who works without a mouse (2.1.1 keyboard, 2.4.3 focus order,
 * 2.4.7 focus visible, 2.4.2 page titled): every step below is taken with page.keyboard
 * alone — no click, no hover, no focus() — starting from the page as it loads.
 */

/** A project running around the core's day, whose criteria the arranged person meets. */
async function arrangeOpenProject(app: E2eApp) {
  return app.call<{ id: number; title: string }>('projects.create', {
    title: 'Program Aktywności Lokalnej w Radomiu',
    programme: 'FEM 2021–2027',
    measure: 'Działanie 7.1',
    edition: 'I edycja',
    beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Radomiu',
    isEfs: true,
    startDate: addMonths(app.today, -2),
    endDate: addMonths(app.today, 10),
    totalValue: 10000000,
    euFunding: 8500000,
    ownContribution: 1500000,
    plannedWomen: 10,
    plannedMen: 10,
    criteria: [
      { kind: 'registeredUnemployedMonths', months: 24 },
      { kind: 'maxEducation', level: 'isced3' },
    ],
  });
}

/** Patience for the first screen after a page load: the bundle is big, the machine busy. */
const LOADING = { timeout: 30_000 };

/** Whether `target` (or something inside it) has the focus. */
/** The text of whatever has the focus: tells one menu item from the next. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate(
    (el) => el === document.activeElement || el.contains(document.activeElement),
  );
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a person does who
 * looks where the ring is after each press; fails after `max` presses. Returns the count.
 */
async function tabTo(
  page: Page,
  target: Locator,
  { max = 30, back = false }: { max?: number; back?: boolean } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(target)) return presses;
  }
  throw new Error(
    `${String(target)} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`,
  );
}

/** The highlighted option of the open select (a closed one's list stays in the page, hidden). */
const activeOption = (page: Page) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');

/** Tabs to a field named `label` and types into it. */
async function typeInto(page: Page, label: string, text: string, back = false) {
  await tabTo(page, page.getByLabel(label, { exact: true }), { back });
  await page.keyboard.type(text);
}

test('a clerk finds a person, enrols them and drafts their contract without the mouse', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000); // a long walk, and Tab by Tab on a busy two-core machine
  const project = await arrangeOpenProject(app);
  const person = await arrangeParticipant(app); // Łukasz Wiśniewski, Anna Nowak acting
  await arrangeSecondPerson(app);

  // The list opens with the cursor in the search field: type a name, ↓ goes to the results.
  await page.goto(app.url);
  const search = page.getByRole('searchbox', { name: 'Szukaj uczestnika' });
  await expect(search).toBeFocused(LOADING);
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  await page.keyboard.type('wisniew');
  await expect(page.getByText('Znaleziono: 1')).toBeVisible();
  const first = page.getByRole('link', { name: 'Wiśniewski', exact: true });
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp'); // back to the field, and down again
  await expect(search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');

  // The card: its title names the person and the focus is on its heading.
  await expect(page).toHaveTitle('Wiśniewski Łukasz — karta uczestnika — Aktywator');
  const heading = page.getByRole('heading', { level: 1, name: 'Wiśniewski Łukasz' });
  await expect(heading).toBeFocused();

  // The enrolment dialog: Escape closes it untouched and the focus returns to its button.
  const enrol = page.getByRole('button', { name: 'Zapisz do projektu' });
  await tabTo(page, enrol, { max: 6 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Zapisz do projektu' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(enrol).toBeFocused();

  // With something ticked, Escape asks first; the answer "Porzuć dane" closes both dialogs.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const consent = dialog.getByRole('checkbox', { name: /wyraził zgodę na przetwarzanie/ });
  await tabTo(page, consent);
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Porzucić wprowadzone dane?' });
  await expect(discard.getByRole('button', { name: 'Porzuć dane' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(discard).toBeHidden();
  await expect(enrol).toBeFocused();

  // Again, filled in: the project typed and chosen with Enter, the consent ticked with Space.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('combobox', { name: 'Projekt' }));
  await page.keyboard.type('Program Aktyw');
  await expect(activeOption(page)).toContainText(project.title);
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select').first()).toContainText(project.title);
  await expect(dialog.getByText('Osoba spełnia wszystkie kryteria projektu')).toBeVisible();
  await tabTo(page, consent);
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Zapisz jako kandydata' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Zapisano zgłoszenie do projektu: ${project.title}`)).toBeVisible();
  await expect(page.getByRole('region', { name: `Zgłoszenie: ${project.title}` })).toContainText(
    'Kandydat',
  );
  await expect(enrol).toBeFocused();

  // A new social contract from the card: the editor's heading takes the focus.
  await tabTo(page, page.getByRole('button', { name: 'Nowy kontrakt socjalny' }), { max: 40 });
  await page.keyboard.press('Enter');
  const editorHeading = page.getByRole('heading', {
    level: 1,
    name: 'Nowy kontrakt socjalny — Łukasz Wiśniewski',
  });
  await expect(editorHeading).toBeFocused(LOADING); // the PDF maker loads with the editor
  await expect(page).toHaveTitle('Nowy kontrakt socjalny — Łukasz Wiśniewski — Aktywator');
  await expect(page.locator('.contract-form')).toContainText(project.title);

  // What a draft needs (variant B, prefilled for a registered unemployed person), and a task.
  await typeInto(page, 'Przyczyny pozostawania bez pracy', 'Długotrwałe bezrobocie.');
  await typeInto(
    page,
    'Zasoby i możliwości (wykształcenie, kwalifikacje, doświadczenie zawodowe)',
    'Prawo jazdy kat. B.',
  );
  await typeInto(page, 'Ograniczenia i bariery w podjęciu zatrudnienia', 'Brak kwalifikacji.');
  await typeInto(page, 'Cel główny', 'Podjęcie zatrudnienia');
  await tabTo(page, page.getByRole('button', { name: 'Dodaj zadanie' }));
  await page.keyboard.press('Enter');
  await typeInto(page, 'Zadanie 1', 'Udział w zajęciach Klubu', true);
  await tabTo(page, page.getByRole('button', { name: 'Zapisz szkic kontraktu' }), { max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Zapisano szkic kontraktu.')).toBeVisible();
  await expect(page).toHaveURL(/#\/contracts\/\d+$/);
  // The saved draft's screen: its heading has the focus, not <body>.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Szkic kontraktu socjalnego — Łukasz Wiśniewski' }),
  ).toBeFocused();
  await expect(page).toHaveTitle('Szkic kontraktu socjalnego — Łukasz Wiśniewski — Aktywator');

  const {
    rows: [draft],
  } = await app.call<{ rows: { id: number; status: string; participantId: number }[] }>(
    'contracts.list',
    {},
  );
  expect(draft).toMatchObject({ status: 'draft', participantId: person.id });
  const saved = await app.call<{ content: { mainGoal: string; tasks: { description: string }[] } }>(
    'contracts.get',
    { id: draft!.id },
  );
  expect(saved.content.mainGoal).toBe('Podjęcie zatrudnienia');
  expect(saved.content.tasks.map((t) => t.description)).toEqual(['Udział w zajęciach Klubu']);
});

test('the side menu opens each screen with the focus on its heading and the title following', async ({
  page,
  app,
}) => {
  test.slow();
  await arrangeParticipant(app);
  await page.goto(app.url);
  // The list of participants opens ready for typing (its search field has the focus).
  await expect(page.getByRole('searchbox', { name: 'Szukaj uczestnika' })).toBeFocused(LOADING);
  await expect(page).toHaveTitle('Uczestnicy — Aktywator');

  const menu = page.getByRole('menu', { name: 'Nawigacja' });
  for (const screen of ['Projekty', 'Kontrakty socjalne', 'Ustawienia']) {
    await tabTo(page, menu, { back: true, max: 6 });
    const item = menu.getByRole('menuitem', { name: screen });
    // One arrow at a time, each waited for: a key handled late must not make the next one
    // overshoot the item on a busy machine.
    for (let i = 0; i < 5 && !(await hasFocus(item)); i++) {
      const before = await focusedText(page);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedText(page)).not.toBe(before);
    }
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeFocused();
    await expect(page).toHaveTitle(`${screen} — Aktywator`);
  }
});

/** A draft with a row of every kind the editor has: lines, tasks, a benefit, instruments. */
async function arrangeDraft(app: E2eApp) {
  const project = await arrangeOpenProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number; lastName: string }[]>('staff.list', {})).find(
    (s) => s.lastName === 'Nowak',
  )!;
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
  const path = ['social', 'health', 'vocational'].map(
    (g) => instruments.find((i) => i.group === g)!.id,
  );
  const today = app.today;
  return app.call<{ id: number }>('contracts.create', {
    participantId: person.id,
    projectId: project.id,
    content: {
      variant: 'B',
      concludedOn: today,
      concludedPlace: 'Radom',
      socialWorkerId: worker!.id,
      socialWorkerPhone: '48 360 12 34',
      labourOfficeReferral: { date: today, number: 'CAZ.5523.7.2026' },
      assessment: {
        causes: 'Długotrwałe bezrobocie',
        resources: 'Prawo jazdy kat. B',
        limitations: 'Brak kwalifikacji',
        timeWithoutWork: 'Ponad 6 lat',
        earlierActivation: 'Staż w 2022 r.',
      },
      mainGoal: 'Podjęcie zatrudnienia',
      specificGoals: ['Ukończenie kursu zawodowego', 'Uregulowanie zadłużenia'],
      tasks: [
        { description: 'Udział w zajęciach KIS', party: 'person' },
        {
          description: 'Kurs operatora koparki',
          party: 'institution',
          partyName: 'PUP w Radomiu',
          dueDate: addMonths(today, 2),
        },
        { description: 'Pomoc w skompletowaniu dokumentów', party: 'socialWorker' },
      ],
      personObligations: ['Udział w zajęciach'],
      officeObligations: ['Zapewnienie poradnictwa'],
      instrumentIds: path,
      benefits: [
        {
          kind: 'Zasiłek celowy',
          purpose: 'zakup odzieży roboczej',
          amount: 11200,
          when: 'grudzień',
        },
      ],
      periodFrom: today,
      periodTo: addMonths(today, 6),
      evaluation: { method: 'Rozmowa', firstOn: addMonths(today, 1), everyWeeks: 4 },
    },
  });
}

interface FocusedStop {
  /** The element's tag and name, "form …" when inside the contract's form. */
  stop: string;
  /** What is wrong with it; none, as it should be. */
  problems: string[];
  /** Whether it is `last`. */
  atLast: boolean;
}

/**
 * The focused element, and what is wrong with it, if anything: hidden under the contract's
 * sticky action bar (its box's bottom below the bar's top, unless it is in the bar), or
 * showing no focus indicator — an outline, or a ring-like box-shadow (spread > 0), on the
 * element or on the antd box drawn around it (a select's, a date field's, a checkbox's).
 */
function inspectFocus(page: Page, last: ElementHandle | null = null): Promise<FocusedStop> {
  return page.evaluate((lastElement) => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body)
      return { stop: 'body', problems: ['the focus is on <body>'], atLast: false };
    const tag = el.tagName.toLowerCase();
    const label = (el.getAttribute('aria-label') ?? el.id ?? '') || el.textContent?.trim();
    const name = `${tag} "${label?.slice(0, 40)}"`;
    const BOXES =
      '.ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-input-number, .ant-checkbox, .ant-radio, .ant-radio-button-wrapper';
    const box = (el.closest(BOXES) as HTMLElement | null) ?? el;
    const problems: string[] = [];

    const bar = document.querySelector('.contract-actions');
    if (bar && !bar.contains(el)) {
      const top = bar.getBoundingClientRect().top;
      const bottom = Math.max(
        el.getBoundingClientRect().bottom,
        box.getBoundingClientRect().bottom,
      );
      if (bottom > top + 0.5)
        problems.push(
          `${name}: bottom ${Math.round(bottom)} under the action bar (top ${Math.round(top)})`,
        );
    }

    const visible = (e: HTMLElement) => {
      const r = e.getBoundingClientRect();
      return Number(getComputedStyle(e).opacity) > 0 && r.width > 0 && r.height > 0;
    };
    const opaque = (colour: string) => !/^(transparent|rgba\(.*,\s*0\))$/.test(colour.trim());
    const ring = (e: HTMLElement) => {
      const s = getComputedStyle(e);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && opaque(s.outlineColor))
        return true;
      if (s.boxShadow === 'none') return false;
      // "rgba(9, 88, 217, 0.35) 0px 0px 0px 2px, …": a ring has a spread (its 4th length).
      return s.boxShadow.split(/,(?![^(]*\))/).some((shadow) => {
        const colour = /rgba?\([^)]*\)|#\w+/.exec(shadow)?.[0] ?? 'black';
        const lengths = shadow.replace(colour, '').trim().split(/\s+/).map(parseFloat);
        return (lengths[3] ?? 0) >= 1 && opaque(colour);
      });
    };
    if (![el, box].filter(visible).some(ring)) problems.push(`${name}: no visible focus indicator`);

    const inForm = el.closest('.contract-form') ? 'form ' : '';
    return { stop: `${inForm}${tag} ${label?.slice(0, 40)}`, problems, atLast: el === lastElement };
  }, last);
}

/**
 * Tabs from the current focus to `last`, checking every stop on the way (a stop with a
 * problem is looked at again until the test's patience runs out); returns the stops.
 */
async function tabThroughChecking(page: Page, last: Locator, max = 250): Promise<string[]> {
  const lastElement = await last.elementHandle();
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    let focused = await inspectFocus(page, lastElement);
    if (focused.problems.length > 0) {
      await expect
        .poll(async () => (focused = await inspectFocus(page, lastElement)).problems)
        .toEqual([]);
    }
    stops.push(focused.stop);
    if (focused.atLast) return stops;
  }
  throw new Error(`${String(last)} not reached in ${max} presses of Tab`);
}

test('in the contract editor every Tab stop shows its focus and none hides under the action bar', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000); // some 200 Tab stops, each inspected
  const draft = await arrangeDraft(app);
  const last = page.locator('.contract-actions').getByRole('button', { name: 'Anuluj' });
  const inForm = (stops: string[]) => stops.filter((s) => s.startsWith('form '));

  // At the default text size, from the page as it loads to the bar's last button. (Loaded
  // straight at #/contracts/…, Chromium starts Tab from the top of the page, not from the
  // focused heading: the header's stops are checked too.)
  await page.goto(`${app.url}#/contracts/${draft.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Szkic kontraktu socjalnego/ }),
  ).toBeFocused(LOADING);
  const stops = await tabThroughChecking(page, last);
  expect(inForm(stops).length).toBeGreaterThan(60);

  // On round to the header, A++ pressed there, and again through the form to the bar.
  const larger = page.getByRole('button', { name: 'A++ — czcionka bardzo duża' });
  await tabTo(page, larger, { max: 8 });
  await page.keyboard.press('Enter');
  await expect(larger).toHaveAttribute('aria-pressed', 'true');
  const largerStops = await tabThroughChecking(page, last);
  expect(inForm(largerStops)).toEqual(inForm(stops));
});

test('on the list of participants every Tab stop shows its focus, sortable headers too', async ({
  page,
  app,
}) => {
  test.slow();
  await arrangeParticipant(app);
  await arrangeSecondPerson(app);
  await page.goto(app.url);
  await expect(page.getByRole('searchbox', { name: 'Szukaj uczestnika' })).toBeFocused(LOADING);
  await expect(page.getByText('Znaleziono: 2')).toBeVisible();
  const pageSize = page.getByRole('combobox', { name: 'rozmiar strony' });
  const stops = await tabThroughChecking(page, pageSize);
  // Four headers sort the list (Enter sorts), each a stop with its ring.
  expect(stops.filter((s) => s.startsWith('th '))).toHaveLength(4);

  // Enter on a header sorts by it, and the header keeps the focus and its ring.
  const byName = page.getByRole('columnheader', { name: 'Imię' });
  await tabTo(page, byName, { back: true });
  await page.keyboard.press('Enter');
  await expect(byName).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('row').nth(1)).toContainText('Łukasz');
  await expect(byName).toBeFocused();
  expect((await inspectFocus(page)).problems).toEqual([]);
});

test('Tab in an open select moves on without choosing the highlighted option', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000);
  const draft = await arrangeDraft(app);
  await app.call('staff.create', { firstName: 'Ewa', lastName: 'Kowalczyk', role: 'socialWorker' });
  await page.goto(`${app.url}#/contracts/${draft.id}`);
  await expect(page.locator('.contract-form')).toBeVisible(LOADING);

  // A select without search: ↓ opens it and moves the highlight, Tab goes to the date.
  const party = page.getByRole('combobox', { name: 'Kto realizuje zadanie 1' });
  const partyBox = page.locator('.ant-select').filter({ has: party });
  await tabTo(page, party, { max: 120 });
  await expect(partyBox).toContainText('Osoba zawierająca kontrakt');
  await page.keyboard.press('ArrowDown');
  await expect(party).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(activeOption(page)).not.toContainText('Osoba zawierająca kontrakt');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Termin zadania 1' })).toBeFocused();
  await expect(party).toHaveAttribute('aria-expanded', 'false');
  await expect(partyBox).toContainText('Osoba zawierająca kontrakt');

  // A select with search: typed text narrows it to another worker, Tab still changes nothing.
  const worker = page.getByRole('combobox', { name: 'Pracownik socjalny' });
  const workerBox = page.locator('.ant-select').filter({ has: worker });
  await tabTo(page, worker, { back: true, max: 120 });
  await expect(workerBox).toContainText('Anna Nowak');
  await page.keyboard.type('Kowal');
  await expect(activeOption(page)).toContainText('Ewa Kowalczyk');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Telefon kontaktowy pracownika' })).toBeFocused();
  await expect(workerBox).toContainText('Anna Nowak');
  await expect(workerBox).not.toContainText('Kowalczyk');
  await expect(page.getByRole('textbox', { name: 'Telefon kontaktowy pracownika' })).toHaveValue(
    '48 360 12 34',
  );
  // Nothing was changed: leaving the editor through the menu asks nothing.
  const menu = page.getByRole('menu', { name: 'Nawigacja' });
  await tabTo(page, menu, { back: true, max: 40 });
  const contracts = menu.getByRole('menuitem', { name: 'Kontrakty socjalne' });
  // Round the whole menu at most once, however many screens it lists.
  for (let i = 0; i < 12 && !(await hasFocus(contracts)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(contracts).toBeFocused();
  await page.keyboard.press('Enter');
  // The list loads before its heading takes the focus: as slow as loading, on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrakty socjalne' })).toBeFocused(
    LOADING,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

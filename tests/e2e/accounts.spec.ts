import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test, TEST_PASSWORD, TESTER } from './fixtures';
import { SCREENS } from './participant-helpers';

/** The lock covers the window; the screen under it is inert. */
const lockDialog = (page: Page) => page.getByRole('dialog', { name: 'Program zablokowany' });

test.describe('the first start', () => {
  test.use({ setUp: false });

  test('creates the office and its administrator and lands in the program', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie' }),
    ).toBeVisible();
    await expect(page.getByText('Program nie ma hasła domyślnego')).toBeVisible();
    await expect(page).toHaveTitle('Pierwsze uruchomienie — Aktywator');

    await page.getByLabel('Nazwa ośrodka').fill('Miejski Ośrodek Pomocy Społecznej w Radomiu');
    await expect(page.getByLabel('Blokada po bezczynności (minuty)')).toHaveValue('10');
    await page.getByLabel('Imię').fill('Maria');
    await page.getByLabel('Nazwisko').fill('Zielińska');
    await page.getByLabel('Login', { exact: true }).fill('m.zielinska');
    await page.getByLabel('Hasło', { exact: true }).fill('krótkie');
    // Live validation, as in every form: the rule is said while typing.
    await expect(page.getByText('Hasło musi mieć co najmniej 10 znaków')).toBeVisible();
    await page.getByLabel('Hasło', { exact: true }).fill('zielone-jablko-7');
    await page.getByLabel('Powtórz hasło').fill('zielone-jablko-8');
    await expect(page.getByText('Hasła nie są takie same')).toBeVisible();
    await page.getByLabel('Powtórz hasło').fill('zielone-jablko-7');
    await expect(page.getByText('Hasła nie są takie same')).toBeHidden();
    await page.getByLabel('także koordynator projektu').check();
    await expectAccessible(page, 'the first start');
    await page.screenshot({ path: `${SCREENS}/first-start.png`, fullPage: true });

    await page.getByRole('button', { name: 'Zapisz i rozpocznij pracę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header).toContainText('Maria Zielińska');
    await expect(header).toContainText('Koordynator projektu, Administrator');
    await expect(header).toContainText('Miejski Ośrodek Pomocy Społecznej w Radomiu');
    // A reload keeps the tab signed in.
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('Maria Zielińska');
  });
});

test.describe('signed out', () => {
  test.use({ signedIn: false });

  test('a wrong password is refused in Polish, with the cursor back in the password', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
    await expect(page.getByLabel('Login', { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await expect(page.getByText('Podaj login')).toBeVisible();

    await page.getByLabel('Login', { exact: true }).fill(TESTER.login);
    await page.getByLabel('Hasło', { exact: true }).fill('to-nie-jest-haslo');
    await page.getByLabel('Hasło', { exact: true }).press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: /hasło|login/i });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText(/password|invalid|error/i);
    await expect(page.getByLabel('Hasło', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Hasło', { exact: true })).toHaveValue('');
    await expectAccessible(page, 'the login with an error');
    await page.screenshot({ path: `${SCREENS}/login-error.png` });

    await page.getByLabel('Hasło', { exact: true }).fill(TESTER.password);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await expect(page.getByRole('banner')).toContainText('Tadeusz Tester');
    // Another tab has a session of its own: it starts at the login.
    const other = await page.context().newPage();
    await other.goto(app.url);
    await expect(other.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
    await other.close();
  });

  test('a password set by the administrator must be changed before any work', async ({
    page,
    app,
  }) => {
    const member = await app.call<{ id: number }>('staff.create', {
      firstName: 'Piotr',
      lastName: 'Łęcki',
      role: 'socialWorker',
    });
    await app.call('accounts.create', {
      staffId: member.id,
      login: 'p.lecki',
      password: 'tymczasowe-haslo',
      roles: ['socialWorker'],
      participantScope: 'assigned',
    });
    await page.goto(app.url);
    await page.getByLabel('Login', { exact: true }).fill('p.lecki');
    await page.getByLabel('Hasło', { exact: true }).fill('tymczasowe-haslo');
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zmiana hasła' })).toBeVisible();
    await expect(page.getByText('Administrator nadał Ci hasło tymczasowe')).toBeVisible();
    // Nothing else works until then: the core refuses, not only the screen.
    const refused = await app.dispatch('participants.search', {}, app.browserCaller);
    expect(refused.ok).toBe(false);

    await page.getByLabel('Obecne hasło').fill('tymczasowe-haslo');
    await page.getByLabel('Nowe hasło', { exact: true }).fill('za-krotk');
    await expect(page.getByText('Hasło musi mieć co najmniej 10 znaków')).toBeVisible();
    await page.getByLabel('Nowe hasło', { exact: true }).fill('moje-wlasne-haslo');
    await page.getByLabel('Powtórz nowe hasło').fill('moje-wlasne-haslo');
    await expectAccessible(page, 'the forced password change');
    await page.screenshot({ path: `${SCREENS}/password-change-forced.png` });
    await page.getByRole('button', { name: 'Zmień hasło' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Piotr Łęcki');
    await expect(page.getByRole('banner')).toContainText('Pracownik socjalny');
    // A social worker has no settings and no projects to change.
    await expect(page.getByRole('menuitem', { name: 'Ustawienia' })).toHaveCount(0);
  });
});

test.describe('on the demo database, signed out', () => {
  test.use({ demo: true, signedIn: false });

  test('the demo box lists its accounts and fills the login', async ({ page, app }) => {
    await page.goto(app.url);
    const box = page
      .getByRole('region', { name: 'Baza demonstracyjna' })
      .or(page.locator('.ant-card').filter({ hasText: 'Baza demonstracyjna' }));
    await expect(box).toContainText(app.demoPassword!);
    await expect(box).toContainText('Koordynator projektu');
    await expect(box).toContainText('Prowadzący / specjalista');
    await expectAccessible(page, 'the login on the demo database');
    await page.screenshot({ path: `${SCREENS}/login-demo.png`, fullPage: true });

    await box.getByRole('button', { name: 'Wpisz login koordynator' }).click();
    await expect(page.getByLabel('Login', { exact: true })).toHaveValue('koordynator');
    await expect(page.getByLabel('Hasło', { exact: true })).toBeFocused();
    await page.keyboard.type(app.demoPassword!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner')).toContainText('Koordynator projektu');
    await expect(page.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
  });
});

test('locking from the header hides the screen and keeps a half-typed form', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/participants/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nowy uczestnik' })).toBeVisible();
  await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalczyk');
  await page.getByLabel('Imię', { exact: true }).fill('Zofia');

  await page.getByRole('button', { name: 'Zablokuj' }).click();
  const lock = lockDialog(page);
  await expect(lock).toBeVisible();
  await expect(lock).toContainText('Tadeusz Tester');
  await expect(lock.getByLabel('Hasło', { exact: true })).toBeFocused();
  // The screen underneath is out of reach: no focus, no name for a screen reader.
  await expect(page.getByRole('heading', { name: 'Nowy uczestnik' })).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.lock-screen'))).toBe(true);
  // The core locked the session too: a call from this tab is refused.
  expect(await app.dispatch('participants.search', {}, app.browserCaller)).toMatchObject({
    ok: false,
    error: { code: 'locked' },
  });
  await expectAccessible(page, 'the lock');
  await page.screenshot({ path: `${SCREENS}/lock.png` });

  await lock.getByLabel('Hasło', { exact: true }).fill('zle-haslo-123');
  await lock.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(lock.getByRole('alert')).toBeVisible();
  await expect(lock.getByLabel('Hasło', { exact: true })).toBeFocused();
  await lock.getByLabel('Hasło', { exact: true }).fill(TESTER.password);
  await lock.getByLabel('Hasło', { exact: true }).press('Enter');
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Nazwisko', { exact: true })).toHaveValue('Kowalczyk');
  await expect(page.getByLabel('Imię', { exact: true })).toHaveValue('Zofia');
  // Still a locked-then-unlocked reload-proof session.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Tadeusz Tester');
});

test('the program locks itself after the office’s idle minutes', async ({ page, app }) => {
  await app.call('settings.update', {
    officeName: 'Ośrodek Pomocy Społecznej',
    idleLockMinutes: 5,
  });
  const channels: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc'))
      channels.push((request.postDataJSON() as { channel: string }).channel);
  });
  await page.clock.install();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
  await page.clock.fastForward('04:00');
  // Typing counts as work: the minutes start again, and the core hears of it (typing alone
  // makes no call), at most once a minute.
  await page.getByLabel('Szukaj uczestnika').press('a');
  await page.getByLabel('Szukaj uczestnika').press('b');
  await expect.poll(() => channels.filter((c) => c === 'session.touch').length).toBe(1);
  await page.clock.fastForward('04:00');
  await expect(lockDialog(page)).toHaveCount(0);
  await page.clock.fastForward('01:10');
  await expect(lockDialog(page)).toBeVisible();
  expect(await app.dispatch('session.get', {}, app.browserCaller)).toMatchObject({
    ok: true,
    data: { state: 'locked' },
  });
  // Signing out from the lock drops the session: the login comes next.
  await lockDialog(page).getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
});

test('a trainer sees the participants’ names only, and neither settings nor contracts', async ({
  page,
  app,
}) => {
  const trainer = await app.call<{ id: number }>('staff.create', {
    firstName: 'Krzysztof',
    lastName: 'Nowicki',
    role: 'trainer',
  });
  await app.giveAccount(trainer.id, 'k.nowicki', { roles: ['trainer'] });
  await app.call('participants.create', {
    firstName: 'Anna',
    lastName: 'Kowalska',
    documentNumber: 'ABC123456',
    sex: 'K',
    birthDate: '1980-04-02',
    exclusionReasons: ['unemployment'],
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: 'Radom',
      locality: 'Radom',
      postalCode: '26-600',
      areaType: 'urban',
    },
  });
  await app.signInBrowser('k.nowicki', TEST_PASSWORD);
  await page.goto(app.url);
  await expect(page.getByRole('banner')).toContainText('Prowadzący / specjalista');
  const menu = page.getByRole('menu', { name: 'Nawigacja' });
  // The club's timetable too: a trainer reads the programme and the sessions (issue 8).
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Uczestnicy',
    'Projekty',
    'Klub Integracji Społecznej',
  ]);
  await expect(page.getByRole('cell', { name: 'Kowalska' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kowalska' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nowy uczestnik' })).toHaveCount(0);

  await page.goto(`${app.url}#/contracts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Brak uprawnień' })).toBeVisible();
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Brak uprawnień' })).toBeVisible();
  // The core refuses as well (the screen only hides what would be refused).
  expect(await app.dispatch('contracts.list', {}, app.browserCaller)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});

test('the administrator makes an account and resets a password', async ({ page, app }) => {
  await app.call('staff.create', {
    firstName: 'Joanna',
    lastName: 'Łapińska',
    role: 'socialWorker',
  });
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('tab', { name: 'Konta i uprawnienia' }).click();
  const row = page.getByRole('row', { name: /Łapińska Joanna/ });
  await expect(row).toContainText('brak konta');
  await expect(page.getByRole('row', { name: /Tester Tadeusz/ })).toContainText('tester');
  await page.screenshot({ path: `${SCREENS}/accounts.png` });

  await row.getByRole('button', { name: 'Utwórz konto: Joanna Łapińska' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowe konto: Joanna Łapińska' });
  await expect(dialog.getByRole('checkbox', { name: 'Pracownik socjalny' })).toBeChecked();
  await dialog.getByLabel('Login', { exact: true }).fill('j.lapinska');
  const temporary = await dialog.getByLabel('Hasło tymczasowe').inputValue();
  expect(temporary.length).toBeGreaterThanOrEqual(10);
  await expectAccessible(page, 'the new account dialog');
  await dialog.screenshot({ path: `${SCREENS}/account-new.png` });
  await dialog.getByRole('button', { name: 'Utwórz konto' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('j.lapinska');
  await expect(row).toContainText('hasło do zmiany');
  await expect(row).toContainText('tylko przypisani');

  // The temporary password signs in, to a forced change.
  const first = await app.dispatch(
    'session.login',
    { login: 'j.lapinska', password: temporary },
    'e2e-joanna',
  );
  expect(first).toMatchObject({ ok: true, data: { user: { mustChangePassword: true } } });

  await row.getByRole('button', { name: 'Resetuj hasło: Joanna Łapińska' }).click();
  const reset = page.getByRole('dialog', { name: 'Reset hasła: Joanna Łapińska' });
  await expect(reset).toContainText('musi ustalić własne hasło');
  await reset.getByLabel('Hasło tymczasowe').fill('nowe-tymczasowe-1');
  await expectAccessible(page, 'the password reset dialog');
  await reset.getByRole('button', { name: 'Resetuj hasło' }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByText('Nadano hasło tymczasowe: Joanna Łapińska.')).toBeVisible();
  const old = await app.dispatch(
    'session.login',
    { login: 'j.lapinska', password: temporary },
    'e2e-joanna-2',
  );
  expect(old).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  const renewed = await app.dispatch(
    'session.login',
    { login: 'j.lapinska', password: 'nowe-tymczasowe-1' },
    'e2e-joanna-3',
  );
  expect(renewed).toMatchObject({ ok: true, data: { user: { mustChangePassword: true } } });

  // Roles change in place; deactivation asks first and never deletes.
  await row.getByRole('button', { name: 'Zmień role: Joanna Łapińska' }).click();
  const roles = page.getByRole('dialog', { name: 'Role i login: Joanna Łapińska' });
  await roles.getByRole('checkbox', { name: 'Lider KIS' }).check();
  await roles.getByRole('button', { name: 'Zapisz' }).click();
  await expect(roles).toBeHidden();
  await expect(row).toContainText('Pracownik socjalny, Lider KIS');
  await row.getByRole('button', { name: 'Dezaktywuj: Joanna Łapińska' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Dezaktywuj' }).click();
  await expect(row.getByText('Nie', { exact: true })).toBeVisible();
});

test('a coordinator widens a social worker’s scope, and sees nothing else of the accounts', async ({
  page,
  app,
}) => {
  const coordinator = await app.call<{ id: number }>('staff.create', {
    firstName: 'Agnieszka',
    lastName: 'Sowa',
    role: 'coordinator',
  });
  await app.giveAccount(coordinator.id, 'a.sowa', { roles: ['coordinator'] });
  const worker = await app.call<{ id: number }>('staff.create', {
    firstName: 'Ewa',
    lastName: 'Wiśniewska',
    role: 'socialWorker',
  });
  await app.giveAccount(worker.id, 'e.wisniewska', {
    roles: ['socialWorker'],
    participantScope: 'assigned',
  });
  await app.signInBrowser('a.sowa');
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('tab')).toHaveText(['Konta i uprawnienia', 'Instrumenty']);
  await page.getByRole('tab', { name: 'Konta i uprawnienia' }).click();
  const scope = page.getByRole('radiogroup', { name: 'Zakres: Ewa Wiśniewska' });
  await scope.getByText('wszyscy uczestnicy').click();
  await expect(page.getByText('Ewa Wiśniewska: wszyscy uczestnicy.')).toBeVisible();
  await expect(scope.getByRole('radio', { name: 'wszyscy uczestnicy' })).toBeChecked();
  await expect(page.getByRole('button', { name: /Resetuj hasło|Utwórz konto/ })).toHaveCount(0);
  const accounts = await app.call<{ staffId: number; participantScope: string }[]>(
    'accounts.list',
    {},
  );
  expect(accounts.find((a) => a.staffId === worker.id)?.participantScope).toBe('all');
});

import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { webCaller } from '../../src-main/hosts/web/server';
import { expect, test, TEST_PASSWORD, type E2eApp } from './fixtures';
import { arrangeParticipants } from './participant-helpers';

/** Where the renderer keeps its tab's session id (src-renderer/api/transport.ts). */
const SESSION_KEY = 'aktywator.session';

/** A second tab of the same web app, signed in as `login` on a session of its own. */
async function secondTab(page: Page, app: E2eApp, login: string): Promise<Page> {
  const session = randomUUID();
  const envelope = await app.dispatch(
    'session.login',
    { login, password: TEST_PASSWORD },
    webCaller(session),
  );
  expect(envelope.ok).toBe(true);
  const other = await page.context().newPage();
  await other.addInitScript(([key, id]) => window.sessionStorage.setItem(key, id), [
    SESSION_KEY,
    session,
  ] as const);
  return other;
}

test('a change saved in one tab appears in the other tab’s list without a reload, and never in an open form', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000); // three tabs of the application on a two-core machine
  await arrangeParticipants(app);
  const other = await secondTab(page, app, 'ewa.wisniewska');
  await other.goto(app.url);
  await expect(other.getByRole('cell', { name: 'Kowalska', exact: true })).toBeVisible();

  // A third screen of the same person: a form with a change not saved yet.
  const third = await secondTab(page, app, 'ewa.wisniewska');
  await third.goto(app.url);
  await third.getByRole('cell', { name: 'Kowalska', exact: true }).click();
  await third.getByRole('button', { name: 'Edytuj' }).click();
  await third.getByLabel('Telefon', { exact: true }).fill('600 300 400');

  await page.goto(app.url);
  await page.getByRole('cell', { name: 'Kowalska', exact: true }).click();
  await page.getByRole('button', { name: 'Edytuj' }).click();
  await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalska-Nowak');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano dane uczestnika')).toBeVisible();

  // The list in the other tab follows, with no reload (db.changed over the web host's /events).
  await expect(other.getByRole('cell', { name: 'Kowalska-Nowak' })).toBeVisible();
  await expect(other.getByRole('cell', { name: 'Kowalska', exact: true })).toHaveCount(0);

  // The open form keeps what was typed in it and the name it was opened with — also well
  // after the notice reached its tab (a refresh there would have come by now).
  await third.waitForTimeout(1000);
  await expect(third.getByLabel('Telefon', { exact: true })).toHaveValue('600 300 400');
  await expect(third.getByLabel('Nazwisko', { exact: true })).toHaveValue('Kowalska');
  await Promise.all([other.close(), third.close()]);
});

import { expect, test } from './fixtures';

test('the production renderer opens in the browser', async ({ page, app }) => {
  const failedRequests: string[] = [];
  page.on('requestfailed', (request) => failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(app.url);
  await expect(page).toHaveTitle('Aktywator');
  expect(failedRequests).toEqual([]);
});

test.describe('on the demo database', () => {
  test.use({ demo: true });

  test('opens too, on its first screen (fetched as a chunk of its own)', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page).toHaveTitle('Aktywator');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

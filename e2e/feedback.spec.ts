import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { e2eInsightsToken } from '../playwright.config';

const article = '/errors/smart-rule-violation';

test('vote No with a stuck step, then see it on /insights with the token, and get 401 without it', async ({ page, request }) => {
  await page.goto(article);
  await page.locator('#done-identify-smart-rule').check();
  await page.getByText('No, it still fails').click();
  const stuck = page.getByLabel('Which step did you get stuck on?');
  await expect(stuck).toHaveValue('clear-sync-error-in-bill');
  await page.getByLabel(/Anything else we should know/).fill('The error came back after the merge.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(/#feedback-thanks$/);
  await expect(page.getByText('Thanks, your answer is saved.')).toBeVisible();
  await expect(page.locator('#done-identify-smart-rule')).toBeChecked();

  const denied = await request.get('/api/insights', { headers: { authorization: 'Bearer wrong' } });
  expect(denied.status()).toBe(401);
  expect(await denied.text()).not.toContain('smart-rule-violation');
  expect((await request.get('/api/insights/export')).status()).toBe(401);

  await page.goto('/insights');
  await expect(page).toHaveURL(/\/insights\/sign-in$/);
  await expect(page.getByText('smart-rule-violation')).toHaveCount(0);
  await page.getByLabel('Insights token').fill('not the token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That token is not right.')).toBeVisible();
  await page.getByLabel('Insights token').fill(e2eInsightsToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/insights$/);
  const row = page.getByTestId('article-votes').getByRole('row', { name: /A Sage Intacct smart rule blocked the sync/ });
  await expect(row).toContainText('clear-sync-error-in-bill');
  await expect(row).toContainText('The error came back after the merge.');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual(
    [],
  );

  const csv = await page.request.get('/api/insights/export');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('"article","smart-rule-violation"');
});

test('"Stuck here" on a step is acknowledged and can be changed to Yes', async ({ page, request }) => {
  await page.goto(article);
  await page.getByRole('button', { name: 'Stuck here: step "Sync again" did not work' }).click();
  await expect(page.getByText('Thanks, your answer is saved.')).toBeVisible();
  await page.getByRole('button', { name: "Yes, it's fixed" }).click();
  await expect(page.getByText('Thanks, your answer is saved.')).toBeVisible();
  const insights = await (
    await request.get('/api/insights', { headers: { authorization: `Bearer ${e2eInsightsToken}` } })
  ).json();
  expect(insights.articles.find((row: { slug: string }) => row.slug === 'smart-rule-violation').yes).toBeGreaterThanOrEqual(1);
});

test('an unmatched search is recorded redacted, and an opted-out one is not', async ({ page, request }) => {
  await page.goto(`/search?q=${encodeURIComponent('Globex Holdings payroll export wobbled 4471 for jane@globex.com')}`);
  await expect(page.getByTestId('no-match')).toBeVisible();
  await expect(page.getByTestId('search-log-notice')).toContainText('numbers, names and emails removed');

  await page.getByRole('button', { name: "Don't keep my searches" }).click();
  await expect(page.getByRole('button', { name: 'Allow it again' })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('optedout sandwich zebra')}`);

  const insights = await (
    await request.get('/api/insights', { headers: { authorization: `Bearer ${e2eInsightsToken}` } })
  ).json();
  const queries: string[] = insights.misses.map((miss: { query: string }) => miss.query);
  expect(queries).toContain('[name] payroll export wobbled for');
  expect(queries.join(' ')).not.toMatch(/globex|jane|4471/);
  expect(queries.join(' ')).not.toContain('sandwich');
});

test('the home paste box reports a search that finds nothing, redacted in the browser', async ({ page, request }) => {
  await page.goto('/');
  await page.getByLabel('Paste your error message').fill('Initech quarterly fandango exploded');
  const reported = page.waitForRequest((candidate) => candidate.url().endsWith('/api/search-miss'));
  expect(JSON.parse((await reported).postData() ?? '{}')).toEqual({ query: '[name] quarterly fandango exploded' });
  await expect
    .poll(async () =>
      (
        await (await request.get('/api/insights', { headers: { authorization: `Bearer ${e2eInsightsToken}` } })).json()
      ).misses.map((miss: { query: string }) => miss.query),
    )
    .toContain('[name] quarterly fandango exploded');
});

test.describe('feedback API', () => {
  test('answers bad input with clear 4xx JSON, never a crash', async ({ request }) => {
    const post = (data: string) =>
      request.post('/api/feedback', { data: Buffer.from(data), headers: { 'content-type': 'application/json' } });
    const cases: Array<[string, number, string]> = [
      ['{not json', 400, 'must be JSON'],
      [JSON.stringify({ slug: 'no-such-article', helpful: true }), 400, 'slug'],
      [JSON.stringify({ slug: 'smart-rule-violation', helpful: false, stuckStep: 'ghost' }), 400, 'stuckStep'],
      [JSON.stringify({ slug: 'smart-rule-violation', helpful: true, comment: 'x'.repeat(20_000) }), 413, 'at most'],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      expect(response.status(), body.slice(0, 40)).toBe(status);
      expect((await response.json()).error).toContain(message);
    }
    const ok = await post(JSON.stringify({ slug: 'smart-rule-violation', helpful: true }));
    expect(ok.status()).toBe(201);
    const { voteId } = await ok.json();
    const changed = await post(JSON.stringify({ slug: 'smart-rule-violation', helpful: false, voteId }));
    expect((await changed.json()).voteId).toBe(voteId);
    expect(
      (
        await request.post('/api/search-miss', { data: Buffer.from('[]'), headers: { 'content-type': 'application/json' } })
      ).status(),
    ).toBe(400);
  });
});

import { expect, test, type Page } from '@playwright/test';

const smartRuleError =
  'Sync error – Bill #INV-20931: Smart rule vendor_creation was violated. This record needs to be created at the top level. Please navigate to the correct level and recreate the record.';

/** A string only fuse.js contains: finding it in a script means search code was loaded. */
const fuseMarker = 'Pattern length exceeds max';

async function collectScripts(page: Page): Promise<string[]> {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.push(await response.text().catch(() => ''));
  });
  return bodies;
}

test('pasting the smart-rule error on the home page finds its article and names the rule', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste your error message').fill(smartRuleError);
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link').first()).toContainText('smart rule');
  await expect(results.getByRole('link').first()).toContainText('Exact match');
  await expect(page.getByTestId('error-details')).toContainText('smart rule vendor_creation');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toBeVisible();
  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/errors\/smart-rule-violation\?smart-rule=vendor_creation/);
  await expect(page.getByTestId('your-error')).toContainText('In your case, the rule is vendor_creation.');
});

test('Enter in the paste box opens the full results page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('Paste your error message');
  await box.fill('XL03000006 Sign-in information is incorrect');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=XL03000006/);
  await expect(page.getByTestId('search-results').getByRole('link').first()).toContainText('authentication');
});

test('the palette opens with Ctrl+K, moves with the arrow keys and restores focus on Escape', async ({ page }) => {
  await page.goto('/errors/missing-location-id');
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search errors by message or words' });
  await expect(input).toBeFocused();
  await input.fill('coa not syncing');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Chart of accounts');
  // A description in the user's own words finds the article, but holds no error text to be sure of.
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('No article quotes your exact error');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await page.keyboard.press('Control+k');
  await input.fill('coa not syncing');
  await expect(options.first()).toContainText('Chart of accounts');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/errors\/chart-of-accounts-not-syncing/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/search?q= renders ranked results on the server', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('Another Project with the given value(s) PRJ-1042 already exists.')}`);
    await expect(page.getByTestId('search-results').getByRole('link').first()).toContainText('Project ID already exists');
    await expect(page.getByTestId('error-details')).toContainText('project PRJ-1042');
  });

  test('the home form submits to the results page', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Paste your error message').fill('no location on checking account');
    await page.getByRole('button', { name: 'Find the fix' }).click();
    await expect(page.getByTestId('search-results').getByRole('link').first()).toContainText('no specified location');
  });

  test('a query with no match says so and offers the catalogue', async ({ page }) => {
    await page.goto('/search?q=what+is+the+weather+in+Paris+tomorrow');
    await expect(page.getByRole('heading', { name: 'No article matches your error' })).toBeVisible();
    await expect(page.getByTestId('no-match').getByRole('link', { name: 'Connection & login' })).toBeVisible();
  });

  test('a description in the user’s own words lists the closest article first, asking to compare the error', async ({ page }) => {
    await page.goto('/search?q=vendor+is+on+hold');
    await expect(page.getByRole('heading', { name: 'No article quotes your exact error' })).toBeVisible();
    await expect(page.getByTestId('possible-note')).toContainText('check that the error shown at the top');
    const first = page.getByTestId('search-results').getByRole('link').first();
    await expect(first).toContainText('Possible');
    await expect(first).toHaveAttribute('href', /^\/errors\/vendor-inactive-or-on-hold/);
    await expect(page.getByTestId('no-match')).toBeVisible();
  });
});

test('article pages load no search code until search is used', async ({ page }) => {
  const scripts = await collectScripts(page);
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-index.json')) indexRequests.push(request.url());
  });
  await page.goto('/errors/smart-rule-violation', { waitUntil: 'networkidle' });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((body) => body.includes(fuseMarker))).toBe(false);
  expect(indexRequests).toEqual([]);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search errors by message or words' }).fill('smart rule');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(indexRequests).toHaveLength(1);
  expect(scripts.some((body) => body.includes(fuseMarker))).toBe(true);
});

test.describe('hostile text in any address or box is shown as text', () => {
  const payloads = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    "'><svg onload=window.__pwned=1>",
  ];

  for (const payload of payloads) {
    test(`payload ${payload.slice(0, 14)}…`, async ({ page }) => {
      page.on('dialog', () => {
        throw new Error('a dialog opened');
      });
      await page.goto(`/search?q=${encodeURIComponent(`Smart rule ${payload} was violated ${payload}`)}`);
      await expect(page.getByLabel('Paste your error message')).toHaveValue(new RegExp('Smart rule'));
      await page.goto('/');
      await page.getByLabel('Paste your error message').fill(`Smart rule vendor was violated ${payload}`);
      await expect(page.getByTestId('search-results')).toBeVisible();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search errors by message or words' }).fill(payload);
      await page.goto(
        `/errors/smart-rule-violation?smart-rule=${encodeURIComponent(payload)}&vendor=${encodeURIComponent(payload)}`,
      );
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goto(
        `/errors/chart-of-accounts-not-syncing?setup=${encodeURIComponent(payload)}&done=${encodeURIComponent(payload)}#${encodeURIComponent(payload)}`,
      );
      await expect(page.getByText("doesn't have, so every step is shown")).toBeVisible();
      await page.goto(`/insights/sign-in?error=${encodeURIComponent(payload)}`);
      await expect(page.getByLabel('Insights token')).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
    });
  }
});

test.describe('JSON API', () => {
  test('answers ranked results with confidence and highlights', async ({ request }) => {
    const response = await request.get(`/api/match?q=${encodeURIComponent(smartRuleError)}&limit=3`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    const body = await response.json();
    expect(body.results[0]).toMatchObject({
      slug: 'smart-rule-violation',
      confidence: 'exact',
      url: '/errors/smart-rule-violation',
    });
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.truncated).toBe(false);
  });

  test('rejects a missing or empty q and a bad limit with a JSON message', async ({ request }) => {
    for (const path of [
      '/api/match',
      '/api/match?q=',
      '/api/match?q=%20%20',
      '/api/match?q=x&limit=abc',
      '/api/match?q=x&limit=0',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error).toBeTruthy();
    }
  });

  test('answers an over-long paste on its first 5,000 characters', async ({ request }) => {
    const response = await request.get(
      `/api/match?q=${encodeURIComponent(`Intacct user authentication failure ${'x '.repeat(3000)}`)}`,
    );
    const body = await response.json();
    expect(body.truncated).toBe(true);
    expect(body.results[0].slug).toBe('user-authentication-failure');
  });
});

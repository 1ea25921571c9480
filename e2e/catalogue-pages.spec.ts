import { expect, test } from '@playwright/test';
import { buildCodeIndex, codeAnchor } from '../lib/codes';
import { getArticles } from '../lib/content';
import { threeErrorArticles, threeErrorPaste } from './support/pastes';

const articles = getArticles();
const codeIndex = buildCodeIndex(articles);

test('/codes lists every code, each linking to an article that shows it', async ({ page, request }) => {
  await page.goto('/codes');
  const rows = page.locator('.code-table tbody tr');
  const codes = [...new Set(codeIndex.map((entry) => entry.code))];
  expect(codes.length).toBeGreaterThanOrEqual(59);
  await expect(rows).toHaveCount(codes.length);
  for (const entry of codeIndex) {
    const link = page.locator(`tr[id="${codeAnchor(entry.code)}"] a[href="/errors/${entry.slug}"]`);
    await expect(link, entry.code).toHaveCount(1);
    const article = await (await request.get(`/errors/${entry.slug}`)).text();
    expect(article, `${entry.slug} shows ${entry.code}`).toContain(entry.code);
  }
});

test('/codes#INT149 scrolls to that code', async ({ page }) => {
  await page.goto('/codes#INT149');
  await expect(page.locator('tr[id="INT149"]')).toBeInViewport();
});

test('a bare code typed in the search finds its article', async ({ page }) => {
  await page.goto('/search?q=INT149');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/errors\/invalid-record-id/,
  );
});

test('/tools/expensify lists every Expensify error, with its sync user and settings', async ({ page }) => {
  await page.goto('/tools/expensify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expensify and Sage Intacct');
  await expect(page.getByText('xmlgateway_expensify')).toBeVisible();
  const expected = articles.filter((article) => article.appliesTo.tools.includes('expensify'));
  const listed = page.locator('#tool-errors a[href^="/errors/"]');
  await expect(listed).toHaveCount(expected.length);
  for (const article of expected) await expect(page.locator(`#tool-errors a[href="/errors/${article.slug}"]`)).toHaveCount(1);
});

test('articles link to the pages of their tools', async ({ page }) => {
  await page.goto('/errors/smart-rule-violation');
  await page.getByRole('link', { name: 'Ramp', exact: true }).click();
  await expect(page).toHaveURL(/\/tools\/ramp$/);
});

test('a search narrowed to one tool shows only that tool’s articles, and the filter stays in the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste your error message').fill('vendor is on hold');
  await page.getByLabel('Only errors from').selectOption('bill');
  await page.getByRole('button', { name: 'Find the fix' }).click();
  await expect(page).toHaveURL(/tool=bill/);
  await expect(page.getByLabel('Only errors from')).toHaveValue('bill');
  const hrefs = await page
    .getByTestId('search-results')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const bill = new Set(
    articles.filter((article) => article.appliesTo.tools.includes('bill')).map((article) => `/errors/${article.slug}`),
  );
  for (const href of hrefs) expect(bill.has(href.split('?')[0]!), href).toBe(true);
});

test.describe('a paste holding three errors', () => {
  test('the API answers one group per error, each with its own article', async ({ request }) => {
    const body = await (await request.get(`/api/match?q=${encodeURIComponent(threeErrorPaste)}`)).json();
    expect(body.errors.map((group: { results: Array<{ slug: string }> }) => group.results[0]?.slug)).toEqual(threeErrorArticles);
    expect(body.results.slice(0, 3).map((result: { slug: string }) => result.slug)).toEqual(threeErrorArticles);
  });

  test('the home box shows three groups as you paste', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Paste your error message').fill(threeErrorPaste);
    await expect(page.getByText('Your paste holds 3 errors. Here is the fix for each.')).toBeVisible();
    const groups = page.getByTestId('error-group');
    await expect(groups).toHaveCount(3);
    for (const [index, slug] of threeErrorArticles.entries()) {
      await expect(groups.nth(index).getByRole('link').first()).toHaveAttribute('href', new RegExp(`/errors/${slug}`));
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('/search shows three groups', async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(threeErrorPaste)}`);
      await expect(page.getByRole('heading', { name: 'Your paste holds 3 errors: here is the fix for each' })).toBeVisible();
      const groups = page.getByTestId('error-group');
      await expect(groups).toHaveCount(3);
      for (const [index, slug] of threeErrorArticles.entries()) {
        await expect(groups.nth(index).getByRole('link').first()).toHaveAttribute('href', new RegExp(`/errors/${slug}`));
      }
    });
  });

  test('the palette groups its results by error when the paste is pasted in', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/errors/closed-period');
    await page.evaluate((text) => navigator.clipboard.writeText(text), threeErrorPaste);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Search errors by message or words' });
    await input.focus();
    await page.keyboard.press('Control+v');
    const groups = page.getByRole('listbox').getByRole('group');
    await expect(groups).toHaveCount(3);
    for (const [index, slug] of threeErrorArticles.entries()) {
      await expect(groups.nth(index).getByRole('option').first()).toContainText(
        articles.find((article) => article.slug === slug)!.title,
      );
    }
  });
});

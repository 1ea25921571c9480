import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getArticles } from '../lib/content';

const articles = getArticles();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('home lists every article, grouped by category', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const catalogue = page.locator('#catalogue');
  for (const article of articles) {
    await expect(catalogue.getByRole('link', { name: new RegExp(escapeRegExp(article.title)) })).toBeVisible();
  }
});

for (const article of articles) {
  test(`${article.slug}: shows its error text and numbered steps`, async ({ page }) => {
    const response = await page.goto(`/errors/${article.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    await expect(page.getByTestId('error-messages').getByText(article.errorMessages[0] ?? '', { exact: true })).toBeVisible();
    const steps = page.locator('[data-step]');
    await expect(steps).toHaveCount(article.steps.length);
    for (const step of article.steps) await expect(page.locator(`#${step.id}[data-step="${step.id}"]`)).toHaveCount(1);
  });
}

test('a step deep link lands on that step', async ({ page }) => {
  const article = articles.find((candidate) => candidate.slug === 'smart-rule-violation') ?? articles[0]!;
  const step = article.steps.at(-1)!;
  await page.goto(`/errors/${article.slug}#${step.id}`);
  await expect(page.locator(`#${step.id}`)).toBeInViewport();
});

test('an unknown article is a helpful 404', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("don't have a page");
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
  await expect(page.getByLabel('Paste your error message')).toBeVisible();
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', `/errors/${articles[0]!.slug}`, '/errors/no-such-error']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG violations on home and every article (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const path of ['/', ...articles.map((article) => `/errors/${article.slug}`), '/errors/no-such-error']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations, `${path} (${colorScheme})`).toEqual([]);
    }
  });
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

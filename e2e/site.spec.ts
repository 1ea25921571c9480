import AxeBuilder from '@axe-core/playwright';
import { toolIds } from '../lib/tools';
import { threeErrorPaste } from './support/pastes';
import { expect, test, type Page } from '@playwright/test';
import { getArticles } from '../lib/content';

const articles = getArticles();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page in the sitemap, as a path, plus the pages that take input. */
async function sitePaths(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [
    ...paths,
    '/search?q=smart+rule+vendor_creation',
    '/search?q=bread',
    `/search?q=${encodeURIComponent(threeErrorPaste)}`,
    '/search?q=export+error&tool=expensify',
    '/troubleshoot/accounts-missing/multi-entity',
    '/errors/no-such-error',
  ];
}

test('the catalogue page lists every article, grouped by category', async ({ page }) => {
  await page.goto('/errors');
  await expect(page.getByRole('heading', { level: 1, name: 'All errors' })).toBeVisible();
  const catalogue = page.locator('#catalogue');
  for (const article of articles) {
    await expect(catalogue.getByRole('link', { name: new RegExp(escapeRegExp(article.title)) })).toBeVisible();
  }
});

test('home leads to every topic of the catalogue and carries nothing per article, so its size stays flat', async ({ page }) => {
  await page.goto('/');
  const topics = page.locator('#catalogue').getByRole('link');
  const hrefs = await topics.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const categories = new Set(articles.map((article) => article.category));
  expect(hrefs.filter((href) => href?.startsWith('/errors#'))).toHaveLength(categories.size);
  await topics.first().click();
  await expect(page).toHaveURL(/\/errors#/);
  // Neither the HTML nor the inline React payload names a single article: adding articles cannot make home heavier.
  const html = await (await page.request.get('/')).text();
  expect(articles.filter((article) => html.includes(article.title)).map((article) => article.slug)).toEqual([]);
});

for (const article of articles) {
  test(`${article.slug}: shows its error text and numbered steps`, async ({ page }) => {
    const response = await page.goto(`/errors/${article.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    for (const message of article.errorMessages) {
      await expect(page.getByTestId('error-messages').getByText(message.text, { exact: true })).toBeVisible();
    }
    await expect(page.locator('[data-step]')).toHaveCount(article.steps.length);
    for (const step of article.steps) await expect(page.locator(`#${step.id}[data-step="${step.id}"]`)).toHaveCount(1);
  });
}

test('a step deep link lands on that step', async ({ page }) => {
  const article = articles.find((candidate) => candidate.slug === 'smart-rule-violation')!;
  const step = article.steps.at(-1)!;
  await page.goto(`/errors/${article.slug}#${step.id}`);
  await expect(page.locator(`#${step.id}`)).toBeInViewport();
});

test('an unknown article is a helpful 404', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("don't have a page");
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search for your error' })).toHaveAttribute('href', '/search');
});

test('every route carries the security headers', async ({ page }) => {
  const paths = [
    ...(await sitePaths(page)),
    '/api/match?q=x',
    '/search-index.json',
    '/sitemap.xml',
    '/llms.txt',
    '/errors/missing-location-id.md',
  ];
  for (const path of paths) {
    const headers = (await page.request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
      expect(csp, path).toContain(directive);
    expect(csp, path).toMatch(/default-src '(self|none)'/);
    expect(csp, path).not.toContain('unsafe-eval');
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('static assets are cached for a year and immutable', async ({ page }) => {
  const responses: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/_next/static/')) responses.push(response.headers()['cache-control'] ?? '');
  });
  await page.goto('/errors/missing-location-id', { waitUntil: 'networkidle' });
  expect(responses.length).toBeGreaterThan(0);
  for (const cacheControl of responses) expect(cacheControl).toBe('public, max-age=31536000, immutable');
});

test('findable: sitemap with real dates, robots, canonical, social cards, JSON-LD, llms.txt and Markdown', async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<lastmod>2026-11-26</lastmod>');
  expect(sitemap.match(/<url>/g)?.length).toBe(articles.length + 5 + toolIds.length);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');

  await page.goto('/errors/smart-rule-violation');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/errors\/smart-rule-violation$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /opengraph-image/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const howTo = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'HowTo');
  expect(howTo.step[0].url).toMatch(/#identify-smart-rule$/);

  const imageUrl = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  const image = await request.get(`${imageUrl.pathname}${imageUrl.search}`);
  expect(image.headers()['content-type']).toBe('image/png');

  const markdown = await request.get('/errors/smart-rule-violation.md');
  expect(markdown.headers()['content-type']).toContain('text/markdown');
  expect(await markdown.text()).toContain('### Step 1: ');
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toContain('/errors/smart-rule-violation.md');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 violations and the console no CSP errors on every route (${colorScheme})`, async ({ page }) => {
    // About 90 routes, each checked by axe: minutes on a loaded 2-core machine.
    test.setTimeout(600_000);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404')) consoleErrors.push(message.text());
    });
    await page.emulateMedia({ colorScheme });
    for (const path of await sitePaths(page)) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations, `${path} (${colorScheme})`).toEqual([]);
    }
    expect(consoleErrors).toEqual([]);
  });
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { e2eInsightsToken } from '../playwright.config';
import { startExtraServer, stopServer, waitUntilUp } from './support/extra-server';

const article = '/errors/missing-location-id';
const matchUrl = (base: string) => `${base}/api/match?q=${encodeURIComponent('Smart rule vendor_creation was violated')}`;

test.describe('rate limits on server-side search', () => {
  test.describe.configure({ mode: 'serial' });
  const servers: ChildProcess[] = [];
  test.afterAll(() => servers.forEach((server) => stopServer(server)));

  test('with no trusted proxy, /api/match answers 429 with Retry-After, and a forged X-Forwarded-For changes nothing', async () => {
    test.setTimeout(90_000);
    const base = 'http://127.0.0.1:3103';
    servers.push(startExtraServer(3103, { SYNCFIX_SEARCH_RATE_LIMIT: '5' }));
    await waitUntilUp(base);
    const statuses: number[] = [];
    for (let index = 0; index < 8; index += 1) {
      const response = await fetch(matchUrl(base), { headers: { 'x-forwarded-for': `203.0.113.${index}` } });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await response.json()).error).toMatch(/Too many requests/);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const page = await fetch(`${base}/search?q=vendor`);
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Too many searches');
    // Pages that run no search are never limited.
    expect((await fetch(`${base}${article}`)).status).toBe(200);
  });

  test('behind one trusted proxy, the client is the address the proxy appended, whatever the client wrote', async () => {
    test.setTimeout(90_000);
    const base = 'http://127.0.0.1:3104';
    servers.push(startExtraServer(3104, { SYNCFIX_SEARCH_RATE_LIMIT: '5', SYNCFIX_TRUSTED_PROXIES: '1' }));
    await waitUntilUp(base);
    const asClient = (claimed: string, seenByProxy: string) =>
      fetch(matchUrl(base), { headers: { 'x-forwarded-for': `${claimed}, ${seenByProxy}` } }).then((response) => response.status);
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push(await asClient(`198.18.0.${index}`, '198.51.100.7'));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await asClient('198.18.0.1', '198.51.100.8')).toBe(200);
  });
});

test.describe('writes come from our own pages only', () => {
  const vote = JSON.stringify({ slug: 'smart-rule-violation', helpful: true });

  test('cross-site POSTs are refused with 403 and a clear message', async ({ request }) => {
    const attempts: Array<Record<string, string>> = [
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    ];
    for (const headers of attempts) {
      const body = headers['content-type']?.includes('json') ? vote : 'slug=smart-rule-violation&helpful=true';
      const response = await request.post('/api/feedback', { data: Buffer.from(body), headers });
      expect(response.status()).toBe(403);
      expect((await response.json()).error).toContain('came from another site');
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
    const miss = await request.post('/api/search-miss', {
      data: Buffer.from(JSON.stringify({ query: 'zebra' })),
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    });
    expect(miss.status()).toBe(403);
  });

  test('a JSON body sent as text/plain is refused with 415', async ({ request }) => {
    for (const path of ['/api/feedback', '/api/search-miss']) {
      const response = await request.post(path, { data: Buffer.from(vote), headers: { 'content-type': 'text/plain' } });
      expect(response.status()).toBe(415);
      expect((await response.json()).error).toContain('application/json');
    }
  });

  test('the no-JavaScript form still works, redirects with a relative Location and sets a Secure cookie', async ({ request }) => {
    const response = await request.post('/api/feedback', {
      data: Buffer.from('slug=smart-rule-violation&helpful=true'),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:3100',
        'sec-fetch-site': 'same-origin',
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toBe('/errors/smart-rule-violation#feedback-thanks');
    expect(response.headers()['set-cookie']).toMatch(/syncfix_voter=.*; Secure/i);
  });

  test('an image on another site that points at /search records no search', async ({ request }) => {
    const query = 'crosssite marmalade quokka';
    const image = await request.get(`/search?q=${encodeURIComponent(query)}`, {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' },
    });
    expect(image.status()).toBe(200);
    const insights = await (
      await request.get('/api/insights', { headers: { authorization: `Bearer ${e2eInsightsToken}` } })
    ).json();
    expect(JSON.stringify(insights.misses)).not.toContain('marmalade');
  });
});

test('/api/match answers are private: they echo the pasted text', async ({ request }) => {
  const response = await request.get('/api/match?q=vendor%20jane%40example.com');
  expect(response.headers()['cache-control']).toBe('private, no-store');
});

test('per-article routes answer 404 for a slug that is not an article', async ({ request }) => {
  for (const path of ['/errors/no-such-article/opengraph-image', '/errors/no-such-article.md', '/errors/no-such-article']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get('/errors/missing-location-id/opengraph-image')).status()).toBe(200);
});

test('a malformed or hostile hash leaves the article working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const hash of ['#%', '#__proto__', '#constructor', '#%E0%A4%A', '#toString']) {
    await page.goto(`${article}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const checkbox = page.locator('[data-step] input[type="checkbox"]').first();
    await checkbox.check();
    await expect(checkbox).toBeChecked();
    await checkbox.uncheck();
    expect(await page.evaluate(() => window.location.hash)).not.toContain('function');
  }
  expect(errors).toEqual([]);
});

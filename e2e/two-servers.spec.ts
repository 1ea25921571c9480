import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createTestDatabase, noTestDatabaseReason, testDatabaseServer } from '../lib/feedback/test-databases';
import { startExtraServer, stopServer, waitUntilUp } from './support/extra-server';

const token = 'two-server-token';
const ports = { a: 3105, b: 3106 };
const base = (port: number) => `http://127.0.0.1:${port}`;
const slug = 'missing-location-id';

type Outcome = { index: number; server: 'a' | 'b'; acknowledged: boolean };

/** A JSON POST from `client`: the test plays the one trusted proxy hop, naming the client in X-Forwarded-For. */
const postJson = (port: number, path: string, client: string, body: unknown) =>
  fetch(`${base(port)}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify(body),
  });

/** One vote from its own client, with a comment naming it; a killed server's refusal counts as not acknowledged. */
async function sendVote(index: number, server: 'a' | 'b'): Promise<Outcome> {
  const client = `10.7.${index >> 8}.${index & 255}`;
  const body = { slug, helpful: index % 3 !== 0, comment: `burst vote ${index}` };
  const response = await postJson(ports[server], '/api/feedback', client, body).catch(() => undefined);
  return { index, server, acknowledged: response?.status === 201 };
}

/**
 * Limit windows are aligned to the clock's minutes, so a count that straddles a minute starts again at 0. Waits for
 * the next minute when less than 20 s of this one are left: the limit checks below then fall into one window.
 */
async function awayFromWindowEdge(windowMs = 60_000, margin = 20_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

test.describe('two servers on one PostgreSQL', () => {
  test.skip(testDatabaseServer === undefined, noTestDatabaseReason);

  test('every acknowledged vote survives a SIGKILL mid-burst, counted once; limits are shared', async ({ page }) => {
    test.setTimeout(240_000);
    const database = await createTestDatabase(testDatabaseServer!);
    const env = {
      DATABASE_URL: database.url,
      SYNCFIX_TRUSTED_PROXIES: '1',
      SYNCFIX_INSIGHTS_TOKEN: token,
      SYNCFIX_RATE_LIMIT: '20',
      SYNCFIX_SEARCH_MISS_LIMIT: '1',
    };
    const servers: Record<'a' | 'b', ChildProcess> = {
      a: startExtraServer(ports.a, env),
      b: startExtraServer(ports.b, env),
    };
    try {
      await Promise.all([waitUntilUp(base(ports.a)), waitUntilUp(base(ports.b))]);
      await awayFromWindowEdge();

      // The write limit is one count for both servers: 20 writes on A, and the 21st, on B, is refused.
      for (let write = 0; write < 20; write += 1) {
        const response = await postJson(ports.a, '/api/feedback', '10.9.0.1', {
          slug: 'smart-rule-violation',
          helpful: true,
          voteId: '3f1e8f2a-9c4b-4d6e-8a7b-1c2d3e4f5a6b',
        });
        expect(response.status).toBe(201);
      }
      const refused = await postJson(ports.b, '/api/feedback', '10.9.0.1', { slug: 'smart-rule-violation', helpful: true });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

      // Stored misses: one a minute per client, across servers.
      const missOnA = await postJson(ports.a, '/api/search-miss', '10.9.0.2', { query: 'quarterly payroll macro froze' });
      const sameClientOnB = await postJson(ports.b, '/api/search-miss', '10.9.0.2', { query: 'spreadsheet plugin froze' });
      const otherClientOnB = await postJson(ports.b, '/api/search-miss', '10.9.0.3', { query: 'spreadsheet plugin froze' });
      expect(await missOnA.json()).toMatchObject({ recorded: true });
      expect(await sameClientOnB.json()).toMatchObject({ recorded: false });
      expect(await otherClientOnB.json()).toMatchObject({ recorded: true });

      // The burst: 8 clients at a time, alternating servers; A is killed once it has acknowledged 20 votes.
      const outcomes: Outcome[] = [];
      let next = 0;
      let killed = false;
      const worker = async () => {
        while (next < 120) {
          const index = next++;
          const outcome = await sendVote(index, index % 2 ? 'a' : 'b');
          outcomes.push(outcome);
          const acknowledgedByA = outcomes.filter((sent) => sent.server === 'a' && sent.acknowledged).length;
          if (!killed && acknowledgedByA >= 20) {
            killed = true;
            stopServer(servers.a, 'SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      const acknowledged = outcomes.filter((outcome) => outcome.acknowledged);
      expect(killed).toBe(true);
      expect(outcomes.filter((outcome) => outcome.server === 'a' && !outcome.acknowledged).length).toBeGreaterThan(0);
      expect(outcomes.filter((outcome) => outcome.server === 'b').every((outcome) => outcome.acknowledged)).toBe(true);

      const insights = await (
        await fetch(`${base(ports.b)}/api/insights`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      const row = insights.articles.find((article: { slug: string }) => article.slug === slug);
      const stored: string[] = row.comments;
      for (const outcome of acknowledged) {
        expect(stored.filter((comment) => comment === `burst vote ${outcome.index}`)).toHaveLength(1);
      }
      expect(new Set(stored).size).toBe(stored.length);
      expect(row.yes + row.no).toBe(stored.length);
      expect(insights.articles.find((article: { slug: string }) => article.slug === 'smart-rule-violation')).toMatchObject({
        yes: 1,
        no: 0,
      });
      expect(insights.misses.map((miss: { query: string }) => miss.query).sort()).toEqual([
        'quarterly payroll macro froze',
        'spreadsheet plugin froze',
      ]);

      // The same figures on B's insights page, as a maintainer sees them.
      await page.setExtraHTTPHeaders({ authorization: `Bearer ${token}` });
      await page.goto(`${base(ports.b)}/insights`);
      const articleRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: /location/i }) });
      await expect(articleRow.getByRole('cell').nth(0)).toHaveText(String(row.yes));
      await expect(articleRow.getByRole('cell').nth(1)).toHaveText(String(row.no));
      await expect(page.getByRole('cell', { name: 'spreadsheet plugin froze' })).toBeVisible();
      expect((await fetch(`${base(ports.b)}/api/health`)).status).toBe(200);
      console.log(
        `two servers: ${acknowledged.length} of ${outcomes.length} votes acknowledged ` +
          `(${outcomes.filter((outcome) => outcome.server === 'a' && !outcome.acknowledged).length} lost with A), ` +
          `${stored.length} stored, each acknowledged one exactly once`,
      );
    } finally {
      stopServer(servers.a, 'SIGKILL');
      stopServer(servers.b);
      await database.drop();
    }
  });
});

test.describe('health', () => {
  test('answers 200 with the store it reached', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.json()).toEqual({ status: 'ok', store: 'sqlite' });
  });

  test('answers 503 when the database is down, while pages still load and writes say nothing was saved', async () => {
    test.setTimeout(120_000);
    const port = 3107;
    // Nothing listens on loopback port 1: the database is unreachable.
    const server = startExtraServer(port, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    try {
      await waitUntilUp(base(port));
      const health = await fetch(`${base(port)}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });
      expect((await fetch(`${base(port)}/errors/${slug}`)).status).toBe(200);
      const vote = await postJson(port, '/api/feedback', '127.0.0.1', { slug, helpful: true });
      expect(vote.status).toBe(503);
      expect((await vote.json()).error).toMatch(/nothing was stored/i);
    } finally {
      stopServer(server);
    }
  });
});

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startExtraServer, stopServer, waitUntilUp } from './support/extra-server';

const port = 3101;
const base = `http://127.0.0.1:${port}`;
const token = 'durability-token';
const database = path.join(mkdtempSync(path.join(tmpdir(), 'syncfix-durability-')), 'feedback.db');

/** A second production server with its own database. One trusted proxy hop: the test plays the proxy, naming
 * each simulated client in X-Forwarded-For. */
function startServer(): ChildProcess {
  return startExtraServer(port, {
    SYNCFIX_TRUSTED_PROXIES: '1',
    SYNCFIX_DB_PATH: database,
    SYNCFIX_INSIGHTS_TOKEN: token,
    SYNCFIX_RATE_LIMIT: '60',
  });
}

const vote = (index: number) =>
  fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.${index % 5}` },
    body: JSON.stringify({
      slug: 'missing-location-id',
      helpful: index % 3 !== 0,
      ...(index % 3 === 0 ? { stuckStep: 'set-checking-location' } : {}),
    }),
  });

test('every acknowledged vote survives SIGKILL and a restart; clients past the rate limit get 429', async () => {
  test.setTimeout(120_000);
  let server = startServer();
  try {
    await waitUntilUp(base);
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, index) => vote(index).then((response) => response.status)));
    const acknowledged = statuses.filter((status) => status === 201).length;
    expect(acknowledged).toBe(40);
    const expectedNo = Array.from({ length: 40 }, (_, index) => index).filter((index) => index % 3 === 0).length;

    stopServer(server, 'SIGKILL');
    server = startServer();
    await waitUntilUp(base);

    const insights = await (await fetch(`${base}/api/insights`, { headers: { authorization: `Bearer ${token}` } })).json();
    const row = insights.articles.find((article: { slug: string }) => article.slug === 'missing-location-id');
    expect(row).toMatchObject({
      yes: 40 - expectedNo,
      no: expectedNo,
      stuckSteps: [{ step: 'set-checking-location', count: expectedNo }],
    });

    const burst = await Promise.all(
      Array.from({ length: 70 }, () =>
        fetch(`${base}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
          body: '{}',
        }),
      ),
    );
    const limited = burst.filter((response) => response.status === 429);
    expect(limited.length).toBe(10);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  } finally {
    stopServer(server, 'SIGKILL');
  }
});

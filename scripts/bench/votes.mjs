// The feedback-write scenario of `npm run bench:load`: votes per second on SQLite and on PostgreSQL side by side,
// each checked afterwards against the store (every acknowledged vote counted), and what one shared request count
// costs next to an in-memory one. PostgreSQL: SYNCFIX_TEST_DATABASE_URL if set, else a throwaway cluster.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPostgresStore } from '../../lib/feedback/postgres-store.ts';
import { createRateLimiter } from '../../lib/feedback/rate-limit.ts';
import { createTestDatabase } from '../../lib/feedback/test-databases.ts';
import { startThrowawayPostgres } from '../postgres.mjs';
import { startProductionServer } from '../production-server.mjs';

const token = 'bench-token';
const slug = 'missing-location-id';
const unlimited = '100000000';

/** POST /api/feedback for the run's duration. No voteId: the server gives each its own, so each is a new row. */
const hammerVotes = (run, baseUrl, connections) =>
  run(`${baseUrl}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ slug, helpful: true, comment: 'bench' }),
    connections,
  });

async function storedVotes(baseUrl) {
  const response = await fetch(`${baseUrl}/api/insights`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`insights answered ${response.status}: ${await response.text()}`);
  const insights = await response.json();
  return insights.articles.find((article) => article.slug === slug)?.yes ?? 0;
}

async function votesOn(run, label, env, port, connections) {
  const server = await startProductionServer(port, { SYNCFIX_INSIGHTS_TOKEN: token, SYNCFIX_RATE_LIMIT: unlimited, ...env });
  try {
    const result = await hammerVotes(run, server.baseUrl, connections);
    const acknowledged = result['2xx'];
    const stored = await storedVotes(server.baseUrl);
    return {
      label,
      votesPerSecond: result.requests.average,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      acknowledged,
      stored,
    };
  } finally {
    await server.stop();
  }
}

/** Mean time of one request count, `concurrency` at a time, over `total` counts. */
async function timeCounts(count, total, concurrency) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await count(`client-${next++ % 500}`);
    }),
  );
  const elapsed = performance.now() - started;
  return { perSecond: (total / elapsed) * 1000, meanMs: (elapsed / total) * concurrency };
}

async function countCosts(databaseUrl) {
  const limit = { name: 'bench', limit: 1_000_000, windowMs: 60_000 };
  const memory = createRateLimiter({ limit: limit.limit, windowMs: limit.windowMs });
  const store = await openPostgresStore({ connectionString: databaseUrl, poolSize: 10 });
  try {
    const total = 20_000;
    return {
      memory: await timeCounts(async (client) => memory.check(client), total, 8),
      postgres: await timeCounts((client) => store.countRequest(limit, client, new Date()), total, 8),
    };
  } finally {
    await store.close();
  }
}

/**
 * Runs the scenario and returns the table rows. `run(url, options)` is bench:load's autocannon runner, which sets
 * the duration per target; loopback only.
 */
export async function benchVotes({ run, connections = 16, port = 3910 }) {
  const given = process.env.SYNCFIX_TEST_DATABASE_URL?.trim();
  const cluster = given ? undefined : await startThrowawayPostgres();
  const serverUrl = given || cluster?.url;
  if (!serverUrl) throw new Error(`no PostgreSQL for the write benchmark: ${cluster?.reason}`);
  const databases = [await createTestDatabase(serverUrl), await createTestDatabase(serverUrl)];
  try {
    const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), 'syncfix-bench-')), 'feedback.db');
    const rows = [
      await votesOn(run, 'SQLite (one server)', { SYNCFIX_DB_PATH: sqliteFile }, port, connections),
      await votesOn(run, 'PostgreSQL (pool of 10)', { DATABASE_URL: databases[0].url }, port + 1, connections),
    ];
    return { rows, counts: await countCosts(databases[1].url), connections };
  } finally {
    for (const database of databases) await database.drop();
    cluster?.stop?.();
  }
}

export function printVotes({ rows, counts, connections }) {
  console.log(`\nFeedback writes: POST /api/feedback, ${connections} connections, each store afterwards checked\n`);
  console.log('| Store | Votes/s | p99 latency (ms) | Errors | Acknowledged | Stored |\n| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.label} | ${row.votesPerSecond.toFixed(0)} | ${row.p99} | ${row.errors} | ${row.acknowledged} | ${row.stored} |`,
    );
  }
  console.log('\nOne per-client request count, 8 at a time (what a shared search limit would add to each search)\n');
  console.log('| Counted in | Counts/s | Mean time per count (ms) |\n| --- | --- | --- |');
  for (const [label, cost] of [
    ['memory (per server)', counts.memory],
    ['PostgreSQL (shared)', counts.postgres],
  ]) {
    console.log(`| ${label} | ${cost.perSecond.toFixed(0)} | ${cost.meanMs.toFixed(3)} |`);
  }
  return rows.some((row) => row.errors > 0 || row.stored < row.acknowledged);
}

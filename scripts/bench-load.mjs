// `npm run bench:load`: autocannon against the production server on loopback (home, an article, /api/match), and
// the same prerendered pages from a plain static file server in the same run, as the ratio to beat. Then the abuse
// scenario: an article page's p99 while 8 clients send the most expensive searches known, with the rate limits on
// and off. Last, feedback writes on SQLite and PostgreSQL (scripts/bench/votes.mjs). Bounded: BENCH_SECONDS
// (default 30) per target, loopback only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { adversarialInputs } from '../lib/search/adversarial-inputs.ts';
import { benchVotes, printVotes } from './bench/votes.mjs';
import { startProductionServer } from './production-server.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = 50;

/** Serves the prerendered HTML and static assets straight from .next, with no framework in between. */
function startStaticServer(port) {
  const pages = {
    '/': '.next/server/app/index.html',
    '/errors/smart-rule-violation': '.next/server/app/errors/smart-rule-violation.html',
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file =
      pages[url.pathname] ??
      (url.pathname.startsWith('/_next/static/')
        ? path.join('.next/static', url.pathname.slice('/_next/static/'.length))
        : undefined);
    try {
      if (!file || file.includes('..')) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/javascript' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function run(url, options = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** The costliest requests known: each adversarial input to /api/match, /search and as a search miss. */
function abusiveRequests() {
  // Node refuses request lines over 16 KB, so only inputs whose URL fits go by GET; every input goes by POST.
  const fitsInUrl = Object.values(adversarialInputs).filter((input) => encodeURIComponent(input).length < 14_000);
  return [
    ...fitsInUrl.map((input) => ({ method: 'GET', path: `/api/match?q=${encodeURIComponent(input)}` })),
    ...fitsInUrl.map((input) => ({ method: 'GET', path: `/search?q=${encodeURIComponent(input)}` })),
    ...Object.values(adversarialInputs).map((input) => ({
      method: 'POST',
      path: '/api/search-miss',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: input.slice(0, 2000) }),
    })),
  ];
}

/** An article's latency while `abusers` connections send the abusive requests, both for `seconds`. */
async function underAbuse(baseUrl, abusers) {
  const [reader, abuse] = await Promise.all([
    run(`${baseUrl}/errors/smart-rule-violation`, { connections: 2 }),
    abusers > 0 ? run(baseUrl, { connections: abusers, requests: abusiveRequests() }) : Promise.resolve(undefined),
  ]);
  return { p99: reader.latency.p99, p50: reader.latency.p50, errors: reader.errors + reader.timeouts + reader.non2xx, abuse };
}

// Capacity is measured without the search rate limit, which would answer most /api/match requests with 429.
const next = await startProductionServer(Number(process.env.PORT ?? 3300), { SYNCFIX_SEARCH_RATE_LIMIT: '100000000' });
const staticServer = await startStaticServer(3301);
const targets = [
  ['SyncFix server', 'home', `${next.baseUrl}/`],
  ['SyncFix server', 'article', `${next.baseUrl}/errors/smart-rule-violation`],
  [
    'SyncFix server',
    '/api/match',
    `${next.baseUrl}/api/match?q=${encodeURIComponent('Smart rule vendor_creation was violated. This record needs to be created at the top level.')}`,
  ],
  ['static files', 'home', 'http://127.0.0.1:3301/'],
  ['static files', 'article', 'http://127.0.0.1:3301/errors/smart-rule-violation'],
];
const rows = [];
try {
  for (const [server, page, url] of targets) {
    const result = await run(url);
    rows.push({
      server,
      page,
      rps: result.requests.average,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
    });
  }
} finally {
  staticServer.close();
  await next.stop();
}
const abuseRows = [];
for (const [label, env] of [
  ['rate limits on (defaults)', {}],
  [
    'rate limits off',
    { SYNCFIX_SEARCH_RATE_LIMIT: '100000000', SYNCFIX_RATE_LIMIT: '100000000', SYNCFIX_SEARCH_MISS_LIMIT: '100000000' },
  ],
]) {
  const server = await startProductionServer(3302, env);
  try {
    for (const abusers of [0, 8]) {
      const result = await underAbuse(server.baseUrl, abusers);
      const refused = result.abuse ? (result.abuse['4xx'] ?? 0) : 0;
      const sent = result.abuse ? result.abuse.requests.total : 0;
      abuseRows.push({ label, abusers, ...result, sent, refused });
    }
  } finally {
    await server.stop();
  }
}

console.log(`${seconds} s per target, ${connections} connections, loopback\n`);
console.log('| Server | Page | Requests/s | p99 latency (ms) | Errors | vs static |\n| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const baseline = rows.find((other) => other.server === 'static files' && other.page === row.page);
  const ratio = baseline && row !== baseline ? `${((row.rps / baseline.rps) * 100).toFixed(0)}%` : '';
  console.log(`| ${row.server} | ${row.page} | ${row.rps.toFixed(0)} | ${row.p99} | ${row.errors} | ${ratio} |`);
}
console.log('\nAbuse: an article page (2 connections) while abusive clients send the costliest searches known\n');
console.log(
  '| Server | Abusive clients | Article p50 (ms) | Article p99 (ms) | Article errors | Abusive requests sent | Refused (4xx) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of abuseRows) {
  console.log(`| ${row.label} | ${row.abusers} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.sent} | ${row.refused} |`);
}
const votesFailed = printVotes(await benchVotes({ run }));
if (votesFailed || [...rows, ...abuseRows].some((row) => row.errors > 0)) process.exitCode = 1;

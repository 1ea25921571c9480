// `npm run bench:load`: autocannon against `next start` on loopback (home, an article, /api/match), and the same
// prerendered pages from a plain static file server in the same run, as the ratio to beat.
// Bounded: BENCH_SECONDS (default 30) per target, 50 connections, loopback only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
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

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const next = await startProductionServer(Number(process.env.PORT ?? 3300));
const staticServer = await startStaticServer(3301);
const targets = [
  ['next start', 'home', `${next.baseUrl}/`],
  ['next start', 'article', `${next.baseUrl}/errors/smart-rule-violation`],
  [
    'next start',
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
  next.stop();
}
console.log(`${seconds} s per target, ${connections} connections, loopback\n`);
console.log('| Server | Page | Requests/s | p99 latency (ms) | Errors | vs static |\n| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const baseline = rows.find((other) => other.server === 'static files' && other.page === row.page);
  const ratio = baseline && row !== baseline ? `${((row.rps / baseline.rps) * 100).toFixed(0)}%` : '';
  console.log(`| ${row.server} | ${row.page} | ${row.rps.toFixed(0)} | ${row.p99} | ${row.errors} | ${ratio} |`);
}
if (rows.some((row) => row.errors > 0)) process.exitCode = 1;

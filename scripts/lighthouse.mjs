// `npm run audit:lighthouse`: Lighthouse (mobile, default config) on SyncFix's home, an article and the search page,
// side by side with a bare Next.js page of similar text (fixtures/bare-next, built here with the same Next.js).
// Runs are interleaved (bare, home, article, search, then again), so a machine busy for a moment hurts every page
// alike; the table gives medians and our ratio to the bare page, which means more than an absolute score here.
// LIGHTHOUSE_RUNS (default 3) runs per page; LIGHTHOUSE_JSON_DIR keeps every report for a closer look.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './browser.mjs';
import { startProductionServer, startServerProcess } from './production-server.mjs';

const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const jsonDirectory = process.env.LIGHTHOUSE_JSON_DIR;
const sitePort = Number(process.env.PORT ?? 3310);
const barePort = sitePort + 1;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Builds the bare fixture with the repository's Next.js and serves it with `next start`. */
async function startBarePage(port) {
  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  const build = spawnSync(process.execPath, [nextBin, 'build', 'fixtures/bare-next'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the bare fixture failed to build');
  return startServerProcess([nextBin, 'start', 'fixtures/bare-next', '-p', String(port), '-H', '127.0.0.1'], port, {
    ...process.env,
    NODE_ENV: 'production',
  });
}

/** Bytes of the inline React (flight) payload in a page's HTML: the `self.__next_f.push(...)` scripts. */
async function flightBytes(url) {
  const html = await (await fetch(url)).text();
  const scripts = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)];
  return scripts.reduce((total, [, body]) => total + Buffer.byteLength(body), 0);
}

// Scores drift with the machine's load; the load average before and after says how busy this run's machine was.
const loadAtStart = loadavg()[0];
const bare = await startBarePage(barePort);
const site = await startProductionServer(sitePort);
const pages = [
  { label: 'bare Next.js page', url: `${bare.baseUrl}/` },
  { label: '/', url: `${site.baseUrl}/` },
  { label: '/errors/smart-rule-violation', url: `${site.baseUrl}/errors/smart-rule-violation` },
  { label: '/search?q=smart+rule+vendor_creation', url: `${site.baseUrl}/search?q=smart+rule+vendor_creation` },
];
const results = new Map(pages.map((page) => [page.label, { scores: {}, lcp: [], tbt: [], flight: 0 }]));
for (const page of pages) results.get(page.label).flight = await flightBytes(page.url);

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs()],
});
try {
  if (jsonDirectory) mkdirSync(jsonDirectory, { recursive: true });
  for (let run = 0; run < runs; run += 1) {
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { lhr } = result;
      const entry = results.get(page.label);
      for (const category of categories) {
        (entry.scores[category] ??= []).push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      }
      entry.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      entry.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      if (jsonDirectory) {
        const name = `${page.label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${run + 1}.json`;
        writeFileSync(path.join(jsonDirectory, name), JSON.stringify(lhr));
      }
      process.stderr.write(`run ${run + 1}/${runs} ${page.label}: ${entry.scores.performance.at(-1)}\n`);
    }
  }
} finally {
  await chrome.kill();
  await Promise.all([site.stop(), bare.stop()]);
}

const summary = pages.map(({ label }) => {
  const entry = results.get(label);
  return {
    label,
    score: median(entry.scores.performance),
    lcp: median(entry.lcp),
    tbt: median(entry.tbt),
    flight: entry.flight,
    other: categories.slice(1).map((category) => median(entry.scores[category])),
  };
});
const [baseline] = summary;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nLighthouse mobile, ${runs} interleaved runs per page, medians (1-minute load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end)\n`,
);
console.log('| Page | Performance | LCP (s) | TBT (ms) | Score vs bare | TBT vs bare | Inline flight data | Within target |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
let missed = false;
for (const row of summary) {
  const isBaseline = row === baseline;
  const scoreDelta = row.score - baseline.score;
  // A bare page's TBT can be 0 ms; then any blocking time at all is "more than 1.5×".
  const tbtRatio = baseline.tbt > 0 ? row.tbt / baseline.tbt : row.tbt > 0 ? Infinity : 1;
  const within = scoreDelta >= -3 && tbtRatio <= 1.5;
  if (!isBaseline && !within) missed = true;
  console.log(
    `| ${row.label} | ${row.score} | ${(row.lcp / 1000).toFixed(2)} | ${Math.round(row.tbt)} | ${isBaseline ? '' : `${scoreDelta >= 0 ? '+' : ''}${scoreDelta}`} | ${isBaseline ? '' : `${tbtRatio.toFixed(2)}×`} | ${kb(row.flight)} | ${isBaseline ? '' : within ? 'yes' : 'no'} |`,
  );
}
console.log('\nTarget: performance within 3 points of the bare page and TBT at most 1.5× its TBT.\n');
console.log(
  `| Page | ${categories.slice(1).join(' | ')} |\n| --- | ${categories
    .slice(1)
    .map(() => '---')
    .join(' | ')} |`,
);
for (const row of summary) console.log(`| ${row.label} | ${row.other.join(' | ')} |`);
if (missed) console.log('\nAt least one page missed the target in this run.');

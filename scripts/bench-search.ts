// `npm run bench:search`: speed (p50/p95 per query) and accuracy of SyncFix's matcher against a plain-Fuse
// baseline (default options over title + body), on the shipped articles and on synthetic corpora of 1,000 and
// 10,000 articles. Timings vary with the machine's load: compare engines within one run.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { getArticles } from '../lib/content';
import { asPasted, isHeldOutFile, noArticle, parseLabelledQueries, type LabelledQuery } from '../lib/search/labelled-queries';
import { adversarialInputs } from '../lib/search/adversarial-inputs';
import { createMatcher } from '../lib/search/matcher';
import { toSearchRecords, type SearchRecord } from '../lib/search/records';

type Engine = { name: string; search: (query: string) => string[] };
type Doc = SearchRecord & { body: string };

const testdata = 'lib/search/testdata';
// Tuning sets only: the held-out sets are measured by `npm run eval:search` and nowhere else.
const labelled: LabelledQuery[] = readdirSync(testdata)
  .filter((name) => name.endsWith('.tsv') && !isHeldOutFile(name))
  .flatMap((name) => parseLabelledQueries(readFileSync(`${testdata}/${name}`, 'utf8'), name))
  .filter((query) => query.expected !== noArticle);
const typed = labelled.filter((query) => query.query.length <= 40).map((query) => query.query);
const pasted = labelled.filter((query) => query.query.length > 80).map((query) => query.query);

const shipped: Doc[] = toSearchRecords(getArticles()).map((record) => ({
  ...record,
  body: getArticles().find((article) => article.slug === record.slug)!.body,
}));

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

/** Synthetic articles: shipped ones with a third of their words swapped for other catalogue words. */
function syntheticCorpus(size: number): Doc[] {
  const next = random(size);
  const words = shipped.flatMap((doc) => `${doc.summary} ${doc.body}`.split(/\s+/)).filter((word) => /^[a-z]{4,}$/.test(word));
  const mutate = (text: string) =>
    text
      .split(' ')
      .map((word) => (next() < 0.33 ? words[Math.floor(next() * words.length)] : word))
      .join(' ');
  return Array.from({ length: size }, (_, index) => {
    const base = shipped[index % shipped.length]!;
    const keep = index < shipped.length;
    return {
      ...base,
      slug: `${base.slug}-${index}`,
      title: keep ? base.title : mutate(base.title),
      errorMessages: keep ? base.errorMessages : base.errorMessages.map(mutate),
      aliases: keep ? base.aliases : base.aliases.map(mutate),
      body: keep ? base.body : mutate(base.body),
    };
  });
}

function engines(docs: Doc[]): Array<Engine & { buildMs: number }> {
  let started = performance.now();
  const matcher = createMatcher(docs);
  const ours = {
    name: 'SyncFix matcher',
    buildMs: performance.now() - started,
    search: (query: string) => matcher.match(asPasted(query), 3).results.map((result) => result.slug),
  };
  started = performance.now();
  const fuse = new Fuse(docs, { keys: ['title', 'body'] });
  const baseline = {
    name: 'plain Fuse (title + body)',
    buildMs: performance.now() - started,
    search: (query: string) => fuse.search(query, { limit: 3 }).map((result) => result.item.slug),
  };
  return [ours, baseline];
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function time(engine: Engine, queries: string[], rounds: number): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      engine.search(query);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

const format = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const stripSlugSuffix = (slug: string) => slug.replace(/-\d+$/, '');

console.log(`queries: ${labelled.length} labelled (${typed.length} typed ≤ 40 chars, ${pasted.length} pasted > 80 chars)`);
const index = JSON.stringify(toSearchRecords(getArticles()));
console.log(
  `search index for the shipped corpus: ${(Buffer.byteLength(index) / 1024).toFixed(1)} KB, ${(gzipSync(index).length / 1024).toFixed(1)} KB gzipped\n`,
);

console.log('| corpus | engine | build ms | top-1 | top-3 | typed p50 / p95 ms | pasted p50 / p95 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, docs] of [
  ['shipped', shipped],
  ['1,000 synthetic', syntheticCorpus(1000)],
  ['10,000 synthetic', syntheticCorpus(10000)],
] as const) {
  for (const engine of engines(docs)) {
    // Plain Fuse takes seconds per query on large corpora, so it gets a fixed sample there (marked with *).
    const slow = engine.name.startsWith('plain') && docs.length > 100;
    const sample = <T>(items: T[]) => (slow ? items.filter((_, index) => index % 20 === 0) : items);
    const rounds = slow ? 1 : docs.length > 100 ? 3 : 20;
    const accuracyQueries = sample(labelled);
    let top1 = 0;
    let top3 = 0;
    for (const query of accuracyQueries) {
      const got = engine.search(query.query).map(stripSlugSuffix);
      if (got[0] === query.expected) top1 += 1;
      if (got.includes(query.expected)) top3 += 1;
    }
    const typedTimes = time(engine, sample(typed), rounds);
    const pastedTimes = time(engine, sample(pasted), rounds);
    const accuracy = (count: number) => `${((count / accuracyQueries.length) * 100).toFixed(1)}%${slow ? '*' : ''}`;
    console.log(
      `| ${label} | ${engine.name} | ${format(engine.buildMs)} | ${accuracy(top1)} | ${accuracy(top3)} | ${format(typedTimes.p50)} / ${format(typedTimes.p95)} | ${format(pastedTimes.p50)} / ${format(pastedTimes.p95)} |`,
    );
  }
}
console.log('\n* plain Fuse on the synthetic corpora: every 20th query only (it needs seconds per query there).');

// The most expensive inputs known (see lib/search/adversarial-inputs.ts): each must stay far below 20 ms.
const matcher = createMatcher(shipped);
console.log('\n| adversarial input (shipped corpus) | median ms | worst ms | fuzzy look-ups | tokens |');
console.log('| --- | --- | --- | --- | --- |');
let worst = { name: '', ms: 0 };
for (const [name, input] of Object.entries(adversarialInputs)) {
  const samples: number[] = [];
  for (let round = 0; round < 15; round += 1) {
    const started = performance.now();
    matcher.match(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const work = matcher.lastWork();
  const max = samples.at(-1) ?? 0;
  if (max > worst.ms) worst = { name, ms: max };
  console.log(`| ${name} | ${format(percentile(samples, 0.5))} | ${format(max)} | ${work.fuzzyLookups} | ${work.tokens} |`);
}
console.log(`\nworst known input: ${worst.name} (${format(worst.ms)} ms)`);

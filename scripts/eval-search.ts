// Prints search accuracy on every labelled query set, with the misses, for tuning.
import { readdirSync, readFileSync } from 'node:fs';
import { getArticles } from '../lib/content';
import { parseLabelledQueries, measureAccuracy } from '../lib/search/labelled-queries';
import { createMatcher } from '../lib/search/matcher';
import { toSearchRecord } from '../lib/search/records';

const directory = 'lib/search/testdata';
const queries = readdirSync(directory)
  .filter((name) => name.endsWith('.tsv'))
  .flatMap((name) => parseLabelledQueries(readFileSync(`${directory}/${name}`, 'utf8'), name));
const matcher = createMatcher(getArticles().map(toSearchRecord));
const accuracy = measureAccuracy(matcher, queries);
console.log(`queries ${accuracy.total}  top-1 ${(accuracy.top1 * 100).toFixed(1)}%  top-3 ${(accuracy.top3 * 100).toFixed(1)}%`);
for (const miss of accuracy.misses)
  console.log(`MISS [${miss.source}] want ${miss.expected} got ${miss.got.join(', ') || '(none)'}\n     ${miss.query}`);

import type { Matcher } from './matcher';

export type LabelledQuery = { expected: string; query: string; source: string };

/** Parses `expected-slug<TAB>query` lines; `#` lines and blank lines are skipped. */
export function parseLabelledQueries(tsv: string, source: string): LabelledQuery[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { expected: line.slice(0, tab).trim(), query: line.slice(tab + 1), source };
    });
}

export type Accuracy = { total: number; top1: number; top3: number; misses: Array<LabelledQuery & { got: string[] }> };

export function measureAccuracy(matcher: Matcher, queries: LabelledQuery[]): Accuracy {
  let top1 = 0;
  let top3 = 0;
  const misses: Accuracy['misses'] = [];
  for (const labelled of queries) {
    const got = matcher.match(labelled.query, 3).results.map((result) => result.slug);
    if (got[0] === labelled.expected) top1 += 1;
    if (got.includes(labelled.expected)) top3 += 1;
    if (got[0] !== labelled.expected) misses.push({ ...labelled, got });
  }
  return { total: queries.length, top1: top1 / queries.length, top3: top3 / queries.length, misses };
}

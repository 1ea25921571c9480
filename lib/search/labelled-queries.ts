import type { Confidence, Matcher } from './matcher';

export type LabelledQuery = { expected: string; query: string; source: string };

/** The label of a query that no article covers: it must get no confident match. */
export const noArticle = 'none';

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

/** Held-out files are reported, never tuned on: tuning code and tests read the other files only. */
export const isHeldOutFile = (name: string) => name.startsWith('heldout-') && name.endsWith('.tsv');

/** Label maps for catalogue changes made after a frozen set was written (see testdata/heldout-relabels.json). */
export type Relabels = { labels: Record<string, string>; noneWithCode: Record<string, string> };

export function relabel(queries: LabelledQuery[], relabels: Relabels): LabelledQuery[] {
  return queries.map((query) => {
    const mapped = relabels.labels[query.expected] ?? query.expected;
    if (mapped !== noArticle) return { ...query, expected: mapped };
    const code = Object.keys(relabels.noneWithCode).find((candidate) => query.query.toUpperCase().includes(candidate));
    return { ...query, expected: code ? relabels.noneWithCode[code]! : mapped };
  });
}

/** The query sets store a multi-line paste on one line, its lines joined with " | ": give the matcher the lines back. */
export const asPasted = (query: string) => query.replaceAll(' | ', '\n');

type Miss = LabelledQuery & { got: string[]; confidence?: Confidence };

export type Accuracy = {
  /** Queries with an article label, and how often that article came first or in the top 3. */
  total: number;
  top1: number;
  top3: number;
  misses: Miss[];
  /** Queries labelled `none`, and those of them that still got a confident ("exact" or "likely") first result. */
  unrelated: number;
  confidentUnrelated: Miss[];
  /** For each confidence level of the first result: how many labelled queries got it and how many of those were right. */
  calibration: Record<Confidence, { count: number; right: number }>;
};

export function measureAccuracy(matcher: Matcher, queries: LabelledQuery[]): Accuracy {
  const labelled = queries.filter((query) => query.expected !== noArticle);
  const unrelated = queries.filter((query) => query.expected === noArticle);
  const calibration: Accuracy['calibration'] = {
    exact: { count: 0, right: 0 },
    likely: { count: 0, right: 0 },
    possible: { count: 0, right: 0 },
  };
  let top1 = 0;
  let top3 = 0;
  const misses: Miss[] = [];
  for (const query of labelled) {
    const results = matcher.match(asPasted(query.query), 3).results;
    const got = results.map((result) => result.slug);
    const first = results[0];
    if (first) {
      calibration[first.confidence].count += 1;
      if (first.slug === query.expected) calibration[first.confidence].right += 1;
    }
    if (got[0] === query.expected) top1 += 1;
    else misses.push({ ...query, got, confidence: first?.confidence });
    if (got.includes(query.expected)) top3 += 1;
  }
  const confidentUnrelated = unrelated.flatMap((query): Miss[] => {
    const first = matcher.match(asPasted(query.query), 3).results[0];
    return first && first.confidence !== 'possible' ? [{ ...query, got: [first.slug], confidence: first.confidence }] : [];
  });
  const share = (count: number) => (labelled.length ? count / labelled.length : 1);
  return {
    total: labelled.length,
    top1: share(top1),
    top3: share(top3),
    misses,
    unrelated: unrelated.length,
    confidentUnrelated,
    calibration,
  };
}

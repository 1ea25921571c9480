import { createHash } from 'node:crypto';
import { isConfident, type Confidence } from './confidence';
import type { Matcher } from './matcher';

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

/** A label an independent reviewer corrected: the writer saw titles and summaries only, the reviewer the articles. */
export type ReviewedLabel = { label: string; why: string };

/** Label maps for catalogue changes made after a frozen set was written (see testdata/heldout-relabels.json). */
export type Relabels = {
  labels: Record<string, string>;
  noneWithCode: Record<string, string>;
  /** Corrections by query fingerprint (`queryFingerprint`), so the review names no query text. */
  reviewed?: Record<string, ReviewedLabel>;
};

/** A short, stable fingerprint of a query line: it names a held-out query without showing it. */
export const queryFingerprint = (query: string) => createHash('sha256').update(query).digest('hex').slice(0, 16);

/** The queries with the reviewer's corrected labels applied; without a review they are returned unchanged. */
export function applyReview(queries: LabelledQuery[], reviewed: Relabels['reviewed'] = {}): LabelledQuery[] {
  return queries.map((query) => {
    const correction = reviewed[queryFingerprint(query.query)];
    return correction ? { ...query, expected: correction.label } : query;
  });
}

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
    return first && isConfident(first) ? [{ ...query, got: [first.slug], confidence: first.confidence }] : [];
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

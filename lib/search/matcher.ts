import type { ErrorDetail } from './details';
import { extractDetails } from './extract';
import { highlightRanges, type Range } from './highlight';
import { MAX_QUERY_LENGTH, normalizeQuery, wrapperCodes } from './normalize';
import type { SearchRecord } from './records';
import { buildSearchIndex, weightOf, type Entry, type Phrase } from './search-index';

export type Confidence = 'exact' | 'likely' | 'possible';

export type MatchResult = {
  slug: string;
  title: string;
  url: string;
  score: number;
  confidence: Confidence;
  matchedMessage: string;
  highlights: Range[];
};

export type MatchResponse = {
  query: string;
  normalized: string;
  truncated: boolean;
  details: ErrorDetail[];
  results: MatchResult[];
};

export type Matcher = {
  match: (query: unknown, limit?: number) => MatchResponse;
  /** Whether the catalogue uses this (tokenized) word: redaction keeps such words. */
  isKnownWord: (token: string) => boolean;
};

/** What an unknown word adds to the query's weight (a typical catalogue word weighs about 1.5 to 3). */
const unknownWordWeight = 0.6;
const thresholds = { likely: 0.45, possible: 0.2 } as const;
/** Only this many entries, those sharing the most query weight, are scored in full: it keeps 10,000 articles fast. */
const shortlistSize = 48;

type QueryTerms = { tokens: Set<string>; codes: string[]; knownWeight: number; totalWeight: number };

/** Builds the matcher once per index; `match` never throws, whatever it is given. */
export function createMatcher(records: SearchRecord[]): Matcher {
  const { entries, idf, postings, spelling } = buildSearchIndex(records);
  const isKnown = (token: string) => idf.has(token);

  /** Snaps an unknown word of a typed query to the closest catalogue word, if one is close enough. */
  function correct(token: string): string | undefined {
    if (token.length < 5 || !/^[a-z]+$/.test(token)) return undefined;
    const [best] = spelling.search(token, { limit: 1 });
    // Typos rarely change the first letter; requiring it keeps "bread" from becoming "already".
    return best && (best.score ?? 1) <= 0.2 && best.item[0] === token[0] ? best.item : undefined;
  }

  /**
   * The query's catalogue words (typos corrected in short, typed queries) and its weight. Unknown words add a
   * little weight: they make a match less certain without excluding it.
   */
  function understand(tokens: string[], codes: string[]): QueryTerms {
    const known = new Set<string>();
    let unknownWeight = 0;
    const typed = tokens.length <= 12;
    for (const token of tokens) {
      const resolved = isKnown(token) ? token : typed ? correct(token) : undefined;
      if (resolved) known.add(resolved);
      else unknownWeight += unknownWordWeight;
    }
    for (const code of codes) if (isKnown(code)) known.add(code);
    const knownWeight = weightOf(idf, known);
    return { tokens: known, codes, knownWeight, totalWeight: knownWeight + unknownWeight };
  }

  /** The entries sharing the most query weight, found through the postings without scoring every entry. */
  function shortlist(query: QueryTerms): Array<{ entry: Entry; coverage: number }> {
    const shared = new Map<number, number>();
    for (const token of query.tokens) {
      const weight = idf.get(token) ?? 0;
      for (const index of postings.get(token) ?? []) shared.set(index, (shared.get(index) ?? 0) + weight);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1])
      .slice(0, shortlistSize)
      .map(([index, weight]) => ({ entry: entries[index]!, coverage: weight / query.totalWeight }));
  }

  function bestPhrase(entry: Entry, query: QueryTerms) {
    let best: { score: number; phrase: Phrase; recall: number; knownPrecision: number } | undefined;
    for (const phrase of entry.phrases) {
      const sharedWeight = weightOf(
        idf,
        phrase.tokens.filter((token) => query.tokens.has(token)),
      );
      if (sharedWeight === 0) continue;
      const recall = sharedWeight / (phrase.totalWeight || 1);
      const score = phrase.fieldWeight * Math.sqrt(recall * (sharedWeight / query.totalWeight));
      if (!best || score > best.score) best = { score, phrase, recall, knownPrecision: sharedWeight / query.knownWeight };
    }
    return best;
  }

  function scoreEntry(entry: Entry, coverage: number, query: QueryTerms) {
    const best = bestPhrase(entry, query);
    const specificCode = query.codes.some((code) => !wrapperCodes.has(code) && entry.codes.has(code));
    const score = (best?.score ?? 0) * 0.8 + coverage * 0.2 + (specificCode ? 0.5 : 0);
    // Exact: the paste holds most of a declared message and little else the catalogue knows.
    const exact =
      specificCode || (best !== undefined && best.phrase.isMessage && best.recall >= 0.6 && best.knownPrecision >= 0.7);
    return { entry, score, exact, phrase: best?.phrase ?? entry.phrases[0]! };
  }

  function match(query: unknown, limit = 5): MatchResponse {
    const raw = typeof query === 'string' ? query : '';
    const normalized = normalizeQuery(raw, isKnown);
    const terms = understand(normalized.tokens, normalized.codes);
    const base = {
      query: raw.slice(0, MAX_QUERY_LENGTH),
      normalized: normalized.text,
      truncated: normalized.truncated,
      details: extractDetails(raw),
    };
    if (terms.knownWeight === 0) return { ...base, results: [] };

    const scored = shortlist(terms)
      .map(({ entry, coverage }) => scoreEntry(entry, coverage, terms))
      .filter((candidate) => candidate.score >= thresholds.possible)
      .sort((a, b) => b.score - a.score || a.entry.record.title.localeCompare(b.entry.record.title))
      .slice(0, Math.max(1, Math.min(limit, 20)));

    const results = scored.map((candidate, index): MatchResult => ({
      slug: candidate.entry.record.slug,
      title: candidate.entry.record.title,
      url: candidate.entry.record.url,
      score: Math.round(candidate.score * 1000) / 1000,
      confidence: index === 0 && candidate.exact ? 'exact' : candidate.score >= thresholds.likely ? 'likely' : 'possible',
      matchedMessage: candidate.phrase.text,
      highlights: highlightRanges(candidate.phrase.text, terms.tokens),
    }));
    return { ...base, results };
  }

  return { match, isKnownWord: isKnown };
}

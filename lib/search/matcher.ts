import Fuse from 'fuse.js';
import { extractDetails, type ErrorDetail } from './extract';
import { highlightRanges, type Range } from './highlight';
import { extractCodes, normalizeQuery, tokenize, wrapperCodes } from './normalize';
import type { SearchRecord } from './records';

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

/** A phrase the query can be compared with: an error message, an alias or a title, with its field weight. */
type Phrase = { text: string; tokens: Set<string>; weight: number; isMessage: boolean };
type Entry = { record: SearchRecord; phrases: Phrase[]; allTokens: Set<string>; codes: Set<string> };

const fieldWeights = { message: 1, alias: 0.9, title: 0.85 } as const;
/** Wrapper codes and the SDK's "Result status: failure for Control ID" prefix surround many real errors. */
const wrapperTokens = new Set([...wrapperCodes, 'result', 'status', 'control']);
const wrapperTokenWeight = 0.15;
/** What an unknown word adds to the query's weight (a typical catalogue word weighs about 1.5 to 3). */
const unknownWordWeight = 0.6;
const thresholds = { exact: 0.8, likely: 0.45, possible: 0.2 } as const;

function buildEntries(records: SearchRecord[]): Entry[] {
  return records.map((record) => {
    const phrase = (text: string, weight: number, isMessage = false): Phrase => ({
      text,
      tokens: new Set(tokenize(text)),
      weight,
      isMessage,
    });
    const phrases = [
      ...record.errorMessages.map((text) => phrase(text, fieldWeights.message, true)),
      ...record.aliases.map((text) => phrase(text, fieldWeights.alias)),
      phrase(record.title, fieldWeights.title),
    ];
    const everything = [record.title, record.summary, ...record.errorMessages, ...record.aliases, ...record.outline];
    return {
      record,
      phrases,
      allTokens: new Set(everything.flatMap((text) => tokenize(text))),
      codes: new Set(record.errorMessages.flatMap((text) => extractCodes(text))),
    };
  });
}

function inverseDocumentFrequencies(entries: Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const token of entry.allTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [token, count] of counts) {
    const weight = Math.log(1 + entries.length / count);
    weights.set(token, wrapperTokens.has(token) ? weight * wrapperTokenWeight : weight);
  }
  return weights;
}

export type Matcher = { match: (query: unknown, limit?: number) => MatchResponse; vocabularySize: number };

/** Builds the matcher once per index; `match` never throws, whatever it is given. */
export function createMatcher(records: SearchRecord[]): Matcher {
  const entries = buildEntries(records);
  const idf = inverseDocumentFrequencies(entries);
  const postings = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const token of entry.allTokens) {
      const list = postings.get(token);
      if (list) list.push(entry);
      else postings.set(token, [entry]);
    }
  }
  const vocabulary = [...idf.keys()].filter((token) => /^[a-z]{4,}$/.test(token));
  const spelling = new Fuse(vocabulary, { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 });
  const isKnown = (token: string) => idf.has(token);

  /** Snaps an unknown word of a typed query to the closest catalogue word, if one is close enough. */
  function correct(token: string): string | undefined {
    if (token.length < 5 || !/^[a-z]+$/.test(token)) return undefined;
    const [best] = spelling.search(token, { limit: 1 });
    // Typos rarely change the first letter; requiring it keeps "bread" from becoming "already".
    return best && (best.score ?? 1) <= 0.2 && best.item[0] === token[0] ? best.item : undefined;
  }

  /**
   * The query's known words, with typos corrected in short (typed) queries, and the weight of the words the
   * catalogue does not know: they make a match less certain without excluding it.
   */
  function understand(tokens: string[]): { known: Set<string>; unknownWeight: number } {
    const known = new Set<string>();
    let unknownWeight = 0;
    const typed = tokens.length <= 12;
    for (const token of tokens) {
      const resolved = isKnown(token) ? token : typed ? correct(token) : undefined;
      if (resolved) known.add(resolved);
      else unknownWeight += unknownWordWeight;
    }
    return { known, unknownWeight };
  }

  const weightOf = (tokens: Iterable<string>) => {
    let sum = 0;
    for (const token of tokens) sum += idf.get(token) ?? 0;
    return sum;
  };

  /** `queryWeight` includes unknown words; `knownWeight` only the catalogue's words. */
  function scoreEntry(entry: Entry, queryTokens: Set<string>, weights: { query: number; known: number }, codes: string[]) {
    const queryWeight = weights.query;
    let best: { score: number; phrase: Phrase; recall: number; knownPrecision: number } | undefined;
    for (const phrase of entry.phrases) {
      const shared = [...phrase.tokens].filter((token) => queryTokens.has(token));
      if (shared.length === 0) continue;
      const sharedWeight = weightOf(shared);
      const recall = sharedWeight / (weightOf(phrase.tokens) || 1);
      const precision = sharedWeight / queryWeight;
      const score = phrase.weight * Math.sqrt(recall * precision);
      if (!best || score > best.score) best = { score, phrase, recall, knownPrecision: sharedWeight / weights.known };
    }
    const coverage = weightOf([...queryTokens].filter((token) => entry.allTokens.has(token))) / queryWeight;
    const specificCode = codes.some((code) => !wrapperCodes.has(code) && entry.codes.has(code));
    const score = (best?.score ?? 0) * 0.8 + coverage * 0.2 + (specificCode ? 0.5 : 0);
    // Exact: the paste holds most of a declared message and little else the catalogue knows, whatever names and ids surround it.
    const exact = specificCode || (best !== undefined && best.phrase.isMessage && best.recall >= 0.6 && best.knownPrecision >= 0.7);
    return { score, exact, phrase: best?.phrase ?? entry.phrases[0]! };
  }

  function match(query: unknown, limit = 5): MatchResponse {
    const raw = typeof query === 'string' ? query : '';
    const normalized = normalizeQuery(raw, isKnown);
    const codes = normalized.codes;
    const { known: queryTokens, unknownWeight } = understand(normalized.tokens);
    for (const code of codes) if (isKnown(code)) queryTokens.add(code);
    const knownWeight = weightOf(queryTokens);
    const queryWeight = knownWeight + unknownWeight;
    const base = { query: raw.slice(0, 5000), normalized: normalized.text, truncated: normalized.truncated, details: extractDetails(raw) };
    if (knownWeight === 0) return { ...base, results: [] };

    const candidates = new Set<Entry>();
    for (const token of queryTokens) for (const entry of postings.get(token) ?? []) candidates.add(entry);
    const scored = [...candidates]
      .map((entry) => ({ entry, ...scoreEntry(entry, queryTokens, { query: queryWeight, known: knownWeight }, codes) }))
      .filter((candidate) => candidate.score >= thresholds.possible)
      .sort((a, b) => b.score - a.score || a.entry.record.title.localeCompare(b.entry.record.title))
      .slice(0, Math.max(1, Math.min(limit, 20)));

    const results = scored.map((candidate, index): MatchResult => {
      const confidence: Confidence =
        index === 0 && candidate.exact ? 'exact' : candidate.score >= thresholds.likely ? 'likely' : 'possible';
      return {
        slug: candidate.entry.record.slug,
        title: candidate.entry.record.title,
        url: candidate.entry.record.url,
        score: Math.round(candidate.score * 1000) / 1000,
        confidence,
        matchedMessage: candidate.phrase.text,
        highlights: highlightRanges(candidate.phrase.text, queryTokens),
      };
    });
    return { ...base, results };
  }

  return { match, vocabularySize: idf.size };
}

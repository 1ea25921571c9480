import { bigram, type Phrase } from './search-index';

/** What the matcher knows of one query: its catalogue words as a set and in order, its codes and its weight. */
export type QueryTerms = {
  text: string;
  tokens: Set<string>;
  sequence: string[];
  codes: string[];
  knownWeight: number;
  /** Every catalogue word of the query came from a typo correction (and it names no code). */
  onlyGuessed: boolean;
  /** The query names an error code that no article carries (wrapper codes aside). */
  namesUnknownCode: boolean;
  /** Every word of the query in order, catalogue words as in `sequence` and any other word as `unknownWord`. */
  wordsInOrder: string[];
  totalWeight: number;
  idf: Map<string, number>;
};

/**
 * How well one phrase fits a query. `skeleton` is how much of the phrase the query holds, in order and together
 * (1 when the paste contains the message whole); `precision` is how much of the query the phrase explains.
 */
export type PhraseFit = {
  phrase: Phrase;
  score: number;
  skeleton: number;
  precision: number;
  /** How many of the phrase's distinct words the query holds. */
  sharedWords: number;
  /** Query words that stand where the message has another fixed word ("Another Project with…" against "Another Class with…"). */
  substitutes: string[];
};

/** At most this many query words (those the phrase uses, in query order) take part in an in-order match. */
const maxAlignedWords = 200;

/** A paste cut off inside a message is judged against the part before the cut, if that part is at least this much. */
const minimumCutOffShare = 0.5;

/**
 * How much of the phrase's words the query holds in the same order: the weight of their heaviest common subsequence
 * over the phrase's weight. When the paste ends inside the message (cut off mid-sentence), the part of the message
 * up to the cut counts as the whole. Dynamic programming over at most phrase × 200 cells.
 */
function inOrderRecall(phrase: Phrase, terms: QueryTerms, total: number): number {
  const query = terms.sequence.filter((token) => phrase.tokens.has(token)).slice(0, maxAlignedWords);
  if (query.length === 0) return 0;
  const lastQueryWord = terms.sequence.at(-1);
  let previous = new Float64Array(query.length + 1);
  let prefixWeight = 0;
  let best = 0;
  for (const word of phrase.sequence) {
    const current = new Float64Array(query.length + 1);
    const weight = terms.idf.get(word) ?? 0;
    prefixWeight += weight;
    for (let column = 1; column <= query.length; column += 1) {
      current[column] =
        query[column - 1] === word ? previous[column - 1]! + weight : Math.max(previous[column]!, current[column - 1]!);
    }
    previous = current;
    const endsHere = word === lastQueryWord && query.at(-1) === word && prefixWeight >= minimumCutOffShare * total;
    if (endsHere) best = Math.max(best, previous[query.length]! / prefixWeight);
  }
  return Math.max(best, previous[query.length]! / total);
}

/** Stands in `wordsInOrder` for a word the catalogue doesn't use. */
export const unknownWord = '';

/**
 * The query's adjacent word pairs, for each pair of words one apart the words between, and where each word stands
 * in the whole query: built once per query.
 */
const pairCache = new WeakMap<QueryTerms, Set<string>>();
const middleCache = new WeakMap<QueryTerms, Map<string, string[]>>();
const positionCache = new WeakMap<QueryTerms, Map<string, number[]>>();

function queryPairs(terms: QueryTerms): Set<string> {
  let pairs = pairCache.get(terms);
  if (!pairs) {
    pairs = new Set(terms.sequence.slice(1).map((token, index) => bigram(terms.sequence[index]!, token)));
    pairCache.set(terms, pairs);
  }
  return pairs;
}

function middles(terms: QueryTerms): Map<string, string[]> {
  let found = middleCache.get(terms);
  if (!found) {
    found = new Map();
    const { sequence } = terms;
    for (let index = 1; index < sequence.length - 1; index += 1) {
      const key = bigram(sequence[index - 1]!, sequence[index + 1]!);
      found.set(key, [...(found.get(key) ?? []), sequence[index]!]);
    }
    middleCache.set(terms, found);
  }
  return found;
}

/**
 * A message's fixed word replaced in the paste by another catalogue word, between the same neighbours: the paste is
 * a sibling template (another object, another field), not this one. Returns the replacing words.
 */
function substitutes(phrase: Phrase, terms: QueryTerms): string[] {
  const found: string[] = [];
  for (let position = 1; position < phrase.sequence.length - 1; position += 1) {
    const word = phrase.sequence[position]!;
    if (terms.tokens.has(word)) continue;
    const between = middles(terms).get(bigram(phrase.sequence[position - 1]!, phrase.sequence[position + 1]!)) ?? [];
    for (const candidate of between) if (!phrase.tokens.has(candidate)) found.push(candidate);
  }
  return found;
}

function positions(terms: QueryTerms): Map<string, number[]> {
  let found = positionCache.get(terms);
  if (!found) {
    found = new Map();
    for (const [index, word] of terms.wordsInOrder.entries()) {
      const list = found.get(word);
      if (list) list.push(index);
      else found.set(word, [index]);
    }
    positionCache.set(terms, found);
  }
  return found;
}

/** The first of ascending `indexes` above `after`, by binary search: a paste may repeat a word hundreds of times. */
function firstAfter(indexes: number[], after: number): number | undefined {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (indexes[middle]! > after) high = middle;
    else low = middle + 1;
  }
  return indexes[low];
}

/** A run of a message's missing fixed words is replaced by at most one more word of the paste than it has. */
const extraReplacingWords = 1;

/** A blank in a message ("Item ID '______'", "Bank account YYYYYY"): any words of the paste may stand there. */
const blankSlot = /^(?:_+|([a-z])\1+)$/;

/**
 * Whether the paste replaces some of a message's fixed words with other words in the same place, known or not:
 * "Activate the customer …" for "Activate the vendor …", "Enter a quantity on line item …" for "Enter an account
 * number on line item …". The paste is then a sibling template (another object, field or state). Broader than
 * `substitutes`, which ranks siblings: this only decides whether a paste holds a message. The message's words are
 * aligned with the paste's in order, and each run of missing ones between two aligned words is compared with the
 * paste's words between them. Runs at the start or end are not judged: pastes differ in their prefixes ("Export
 * failed -" for "Batch ### error:") and are cut off.
 */
export function replacesFixedWords(phrase: Phrase, terms: QueryTerms): boolean {
  const where = positions(terms);
  let alignedAt = -1;
  let missing = 0;
  let blank = false;
  for (const word of phrase.sequence) {
    const at = firstAfter(where.get(word) ?? [], alignedAt);
    if (at === undefined) {
      missing += 1;
      blank ||= blankSlot.test(word);
      continue;
    }
    const between = missing === 0 || alignedAt < 0 || blank ? [] : terms.wordsInOrder.slice(alignedAt + 1, at);
    if (between.length <= missing + extraReplacingWords && between.some((other) => !phrase.tokens.has(other))) {
      return true;
    }
    alignedAt = at;
    missing = 0;
    blank = false;
  }
  return false;
}

/** Share of the phrase's adjacent word pairs that also stand together in the query. */
function togetherness(phrase: Phrase, terms: QueryTerms): number {
  if (phrase.bigrams.length === 0) return 1;
  const pairs = queryPairs(terms);
  return phrase.bigrams.filter((pair) => pairs.has(pair)).length / phrase.bigrams.length;
}

/**
 * Error messages are templates: the paste should hold their fixed words, in order, mostly together. Aliases and
 * titles are short descriptions, compared as bags of words. Rare words weigh more (IDF), so the word that tells
 * sibling templates apart (the object, the field) decides between them.
 */
export function scorePhrase(phrase: Phrase, terms: QueryTerms): PhraseFit | undefined {
  let shared = 0;
  let sharedWords = 0;
  for (const token of phrase.tokens) {
    if (!terms.tokens.has(token)) continue;
    shared += terms.idf.get(token) ?? 0;
    sharedWords += 1;
  }
  if (shared === 0) return undefined;
  const total = phrase.totalWeight || 1;
  const bagRecall = shared / total;
  const skeleton = phrase.isMessage
    ? 0.5 * inOrderRecall(phrase, terms, total) + 0.3 * togetherness(phrase, terms) + 0.2 * bagRecall
    : bagRecall;
  const precision = shared / (terms.totalWeight || 1);
  const replaced = phrase.isMessage ? substitutes(phrase, terms) : [];
  return {
    phrase,
    skeleton,
    precision,
    sharedWords,
    substitutes: replaced,
    score: phrase.fieldWeight * Math.sqrt(skeleton * precision),
  };
}

import { breakMark, valueMark } from './normalize';
import { bigram, type Entry, type Phrase } from './search-index';

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
  /** Every word of the query in order, as tokenized (catalogue words as in `sequence`), with `breakMark` and `valueMark`. */
  wordsInOrder: string[];
  /** Where in `wordsInOrder` a break ends a part of the paste (a line, or a prefix), not just a sentence. */
  partBreaks: Set<number>;
  /** The codes printed before a message on their line, each with that message (`printedMessages`). */
  printedMessages: Map<string, string>;
  /** The text names another accounting system and not Intacct (`namesOtherSystem`): none of its results is sure. */
  otherSystem: boolean;
  /** The tools the whole paste names (`namedTools`): between two close candidates, the one for such a tool goes first. */
  namedTools: string[];
  /** The text speaks in the first person somewhere ("… since we switched banks"): a user's remark is in it. */
  firstPerson: boolean;
  totalWeight: number;
  idf: Map<string, number>;
  /** The tools' names that name nothing else, which count neither way against an article (`SearchIndex.toolNames`). */
  toolNames: Set<string>;
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
export const maxAlignedWords = 200;

/** A paste cut off inside a message is judged against the part before the cut, if that part is at least this much. */
const minimumCutOffShare = 0.5;
/**
 * …and at least this many of the message's words (stop words aside), unless it stops inside the next or holds nothing
 * else: a paste that ends on the two words a short message begins with ("Please link vendor to this Charge Card.") is
 * not that message cut off, while "invalid vendor" is.
 */
const minimumCutOffWords = 3;

/**
 * The paste's words are all the phrase's first words up to `position` (tools' names aside): a short search typed from
 * the message's start ("invalid vendor"), not another text ending on it.
 */
function holdsOnlyBeginning(phrase: Phrase, position: number, terms: QueryTerms): boolean {
  const beginning = new Set(phrase.sequence.slice(0, position + 1));
  return terms.sequence.every((word) => beginning.has(word) || terms.toolNames.has(word));
}

/** The paste stops inside the word of the phrase that follows `position` ("… Credit Card Co"). */
function cutInsideNextWord(phrase: Phrase, position: number, terms: QueryTerms): boolean {
  return beginsAWordOf(terms.wordsInOrder.at(-1), phrase.sequence.slice(position + 1, position + 2));
}

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
  for (const [position, word] of phrase.sequence.entries()) {
    const current = new Float64Array(query.length + 1);
    const weight = terms.idf.get(word) ?? 0;
    prefixWeight += weight;
    for (let column = 1; column <= query.length; column += 1) {
      current[column] =
        query[column - 1] === word ? previous[column - 1]! + weight : Math.max(previous[column]!, current[column - 1]!);
    }
    previous = current;
    const endsHere =
      word === lastQueryWord &&
      query.at(-1) === word &&
      (position + 1 >= minimumCutOffWords ||
        cutInsideNextWord(phrase, position, terms) ||
        holdsOnlyBeginning(phrase, position, terms)) &&
      prefixWeight >= minimumCutOffShare * total;
    if (endsHere) best = Math.max(best, previous[query.length]! / prefixWeight);
  }
  return Math.max(best, previous[query.length]! / total);
}

/**
 * The query's adjacent word pairs, for each pair of words one apart the words between, and which messages it puts
 * other words in (`replacedWords`): built once per query.
 */
const pairCache = new WeakMap<QueryTerms, Set<string>>();
const middleCache = new WeakMap<QueryTerms, Map<string, string[]>>();
const replacedCache = new WeakMap<QueryTerms, Map<Phrase, Replacement>>();

/**
 * Whether the paste replaces fixed words of a message, and whether it does so between two words it holds with words
 * the article never uses (`betweenHeldWords`; "Due date" for "Bill number", not "exists" for the message's "exits").
 */
export type Replacement = { replaced: boolean; betweenHeldWords: boolean; otherEnding: boolean };

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

/** Whether the words strictly between positions `from` and `to` are all marks of removed values. */
function onlyValuesBetween(words: string[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at += 1) if (words[at] !== valueMark) return false;
  return true;
}

/** A word paired right after its message neighbour's pair, in the same place of the paste, counts twice. */
const runBonus = 1;

type Pairs = Array<[number, number]>;

/**
 * The message's words paired with the paste's in order, as `[message index, paste index]`: the pairing with the most
 * weight, where words that follow each other in both count more (`runBonus`), so the pairing stays where the paste
 * holds the message together instead of picking words up wherever they recur ("Export Error: …" against "… try
 * exporting again", "Periods are closed" against a later "… period that's open"). Of equally heavy pairings, the
 * tighter one. Dynamic programming over the message's words and the paste's words that the message uses (at most
 * `maxAlignedWords`); `cells` counts the cells of one table, the work done.
 */
function alignment(phrase: Phrase, terms: QueryTerms): { pairs: Pairs; cells: number } {
  const query: number[] = [];
  for (const [at, word] of terms.wordsInOrder.entries()) {
    if (!phrase.tokens.has(word)) continue;
    query.push(at);
    if (query.length === maxAlignedWords) break;
  }
  const { sequence } = phrase;
  const columns = query.length + 1;
  // best: the heaviest pairing of the first `row` message words with the first `column` paste words;
  // ending: the same, with the last of them paired together (-Infinity where they differ).
  const best = new Float64Array((sequence.length + 1) * columns);
  const ending = new Float64Array((sequence.length + 1) * columns).fill(-Infinity);
  const weightOf = (row: number) => terms.idf.get(sequence[row - 1]!) ?? 0;
  // Paste words that follow each other, values aside: "Vendor 'V-204' specified" holds the message's "vendor specifi".
  const follows = query.map((at, index) => index > 0 && onlyValuesBetween(terms.wordsInOrder, query[index - 1]!, at));
  const adjacent = (column: number) => follows[column - 1]!;
  const continued = (row: number, column: number) => ending[(row - 1) * columns + column - 1]! + (1 + runBonus) * weightOf(row);
  for (let row = 1; row <= sequence.length; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      const cell = row * columns + column;
      if (terms.wordsInOrder[query[column - 1]!] === sequence[row - 1]) {
        const fresh = best[cell - columns - 1]! + weightOf(row);
        ending[cell] = adjacent(column) ? Math.max(fresh, continued(row, column)) : fresh;
      }
      best[cell] = Math.max(best[cell - columns]!, best[cell - 1]!, ending[cell]!);
    }
  }
  /** Walks the tables back from the last cell, taking each message word's latest or earliest possible pairing. */
  const traceBack = (earliest: boolean): Pairs => {
    const pairs: Pairs = [];
    let row = sequence.length;
    let column = query.length;
    let inRun = false;
    while (row > 0 && column > 0) {
      const cell = row * columns + column;
      if (!inRun) {
        const pairsHere = ending[cell] === best[cell];
        if (best[cell - 1] === best[cell] && (earliest || !pairsHere)) column -= 1;
        else if (pairsHere) inRun = true;
        else row -= 1;
        continue;
      }
      pairs.push([row - 1, query[column - 1]!]);
      inRun = adjacent(column) && ending[cell] === continued(row, column);
      row -= 1;
      column -= 1;
    }
    return pairs.reverse();
  };
  const span = (pairs: Pairs) => (pairs.at(-1)?.[1] ?? 0) - (pairs[0]?.[1] ?? 0);
  const [early, late] = [traceBack(true), traceBack(false)];
  return { pairs: span(late) < span(early) ? late : early, cells: sequence.length * query.length };
}

/**
 * A run of a message's missing fixed words is replaced by at most two more words of the paste than it has ("is
 * already paid" against "is already in a printed check run", "is not exported" against "has no default expense type").
 */
const extraReplacingWords = 2;
/** At the start or end of a part of a message, only a short run is judged: the object or state that names a sibling. */
const edgeRunWords = 2;

/** A blank in a message ("Item ID '______'", "Bank account YYYYYY"): any words of the paste may stand there. */
const blankSlot = /^(?:_+|([a-z])\1+)$/;

/** Some fixed words of a message, no blank among them. */
const isFixedRun = (words: string[]) => words.length > 0 && !words.some((word) => blankSlot.test(word));

/** The words without the marks of removed values. */
const withoutValues = (words: string[]) => words.filter((word) => word !== valueMark);

/** Words that name the value after them ("Vendor ID 'V-204'", "Vendor name 'Acme'"): the value's, not a sibling's. */
const valueLabels = new Set(['id', 'name', 'number', 'code', 'key']);

/**
 * The words before the first value (less the labels right before it) and after the last, where the paste marks
 * values; none where it marks none.
 */
function outsideValues(words: string[]): string[] {
  let first = words.indexOf(valueMark);
  if (first < 0) return [];
  const after = words.slice(words.lastIndexOf(valueMark) + 1);
  while (first > 0 && valueLabels.has(words[first - 1]!)) first -= 1;
  return [...words.slice(0, first), ...after];
}

/** Where the part of the message (its line, or what follows its prefix) holding word `at` starts: a word index. */
function partStart(phrase: Phrase, at: number): number {
  let start = 0;
  for (const end of phrase.partEnds) if (end < at) start = Math.max(start, end + 1);
  return start;
}

/** The index of the last word of the part of the message holding word `at`. */
function partEnd(phrase: Phrase, at: number): number {
  let end = phrase.sequence.length - 1;
  for (const candidate of phrase.partEnds) if (candidate >= at) end = Math.min(end, candidate);
  return end;
}

/** Whether `fragment` is the start of a longer word of `words`: what a paste cut off inside a word ends with. */
function beginsAWordOf(fragment: string | undefined, words: Iterable<string>): boolean {
  if (fragment === undefined) return false;
  for (const word of words) if (word.length > fragment.length && word.startsWith(fragment)) return true;
  return false;
}

/** The paste has other words where the message has `missing` ones: not a blank, not just fewer words, not many more. */
function replacedBy(missing: string[], words: string[]): boolean {
  if (!isFixedRun(missing)) return false;
  return words.length <= missing.length + extraReplacingWords && words.some((word) => !missing.includes(word));
}

/**
 * At most this many last words of a part are judged against the paste's own ending (`endsOtherwise`), which may be of
 * any length: another predicate can take many words ("… cannot be changed once the vendor has posted transactions")…
 */
const endingRunWords = 4;
/**
 * …except in a paste with a user's remark in it (the first person, or a tool named): there at most this many more
 * words than are missing, since a remark typed on without a period ("Required field Vendor ID on all new vendors
 * coming from BILL this morning") is no other ending.
 */
const extraEndingWordsBesideRemark = 4;

/** What an unknown word weighs (a typical catalogue word weighs about 1.5 to 3); an unknown number weighs nothing. */
export const unknownWordWeight = 0.6;

/** The words an article uses: those of its messages, aliases and title, and its tools' names. */
export type ArticleVocabulary = Pick<Entry, 'phraseTokens' | 'toolTokens'>;

/**
 * The weight of the distinct `words` that the article uses and of those it doesn't (`unknownWordWeight` for a word the
 * catalogue doesn't know): whether a text is the article's own or another error's. Another tool's name (`toolNames`)
 * says where the paste comes from, not what its error is: it counts neither way.
 */
export function weighAgainstArticle(
  words: Iterable<string>,
  idf: Map<string, number>,
  { phraseTokens, toolTokens }: ArticleVocabulary,
  toolNames: Set<string>,
): { used: number; unused: number } {
  let used = 0;
  let unused = 0;
  for (const word of new Set(words)) {
    const weight = idf.get(word) ?? (/\d/.test(word) ? 0 : unknownWordWeight);
    if (phraseTokens.has(word) || toolTokens.has(word)) used += weight;
    else if (!toolNames.has(word)) unused += weight;
  }
  return { used, unused };
}

/**
 * The paste ends its sentence, line or itself where a message's last words (up to four) stand, with words of its own
 * (any number of them, or at most four more than are missing beside a user's remark) that the article never uses
 * outweighing those it does (unknown words count a little): another ending, not a cut-off paste or the user's words
 * about the same error. "… payment method "Credit Card" without an exchange rate." is
 * another ending of "… using Undeposited Fund Account.", and "Required field Vendor ID is not editable after the
 * vendor is created." of "… is missing"; "Required field Vendor ID error when syncing a new vendor from BILL." is not.
 * Only the words after the paste's last value count: a quoted value kept as words ("Check") is the paste's value, and
 * where the message has a slot right before the ending (`slotBefore`), an unquoted value may stand there.
 */
function endsOtherwise(
  missing: string[],
  tail: string[],
  slotBefore: boolean,
  terms: QueryTerms,
  article: ArticleVocabulary,
): boolean {
  const lastValue = tail.lastIndexOf(valueMark);
  if (slotBefore && lastValue < 0) return false;
  const ending = tail.slice(lastValue + 1);
  if (!isFixedRun(missing) || missing.length > endingRunWords) return false;
  const remark = terms.firstPerson || terms.namedTools.length > 0;
  if (remark && ending.length > missing.length + extraEndingWordsBesideRemark) return false;
  if (ending.some((word) => missing.includes(word)) || !ending.some((word) => terms.idf.has(word))) return false;
  const { used, unused } = weighAgainstArticle(ending, terms.idf, article, terms.toolNames);
  return unused > used;
}

/**
 * Whether the paste puts other words where a message has fixed words: the paste is then a sibling template (another
 * object, field or state), not this message. Broader than `substitutes`, which ranks siblings: this only decides
 * whether a paste holds a message. The message's words are aligned with the paste's (`alignment`), and the paste
 * is a sibling when:
 * - a run of missing words between two aligned ones stands replaced by at most two more words ("Enter a quantity on
 *   line item …" for "Enter an account number on line item …");
 * - catalogue words the message doesn't use stand between two words it has side by side: anywhere if it has no slot
 *   there ("No Expense Payment Types found" for "No Expense Types found"), outside the paste's quoted value if it has
 *   one ("Invalid Vendor Type 'Subcontractor' specified." for "Invalid Vendor '...' specified.");
 * - the first or last one or two words of a part of the message (a line, or what follows a prefix such as "INT446
 *   Export Error:") are missing and the paste has others in their place, in the same line or sentence ("Department ID
 *   is required …" for "Location ID is required …", "… bills are on hold" for "… bills are already paid"). A prefix
 *   after a colon or dash in the paste ("Export failed - …") is another part of its line, and a paste cut off inside
 *   a word (its last word begins one of the article's words, "… Transaction Defin") is not judged;
 * - up to four last words of a part are missing and the paste ends its sentence or line (any break of `breakMark`), or
 *   ends itself where its last word (stemmed) begins none of the article's words, in their place with words of its own,
 *   however many (`endsOtherwise`);
 * - the message is a wrapper, a colon before its last part of one or two words, and the paste holds it up to the
 *   colon, ends its own part there too (a line, or a prefix's colon, pipe or dash; a sentence's end is not enough),
 *   and has other words in place of that last part (`nextPartReplaced`).
 * `betweenHeldWords` says whether a run between two aligned words was replaced, or had words inserted, or a part's last
 * words before the message's slot were swapped one for one ("… for the billkey 88123" for "… for the invoicekey
 * xxxxxx": the value is held too), by words the article's messages, aliases and title never use (`phraseTokens`): the
 * test for an Intacct number before another message. `otherEnding` says whether the paste ended its sentence, line
 * or itself in place of the message's last words (`endsOtherwise`, "Enter a Bill date."), which counts against a
 * number printed before its message.
 * `cells` is the alignment's work: none when this query has already been compared with this message (the first
 * result's message is judged for `exact` and again for `likely`, and each sentence of a message judges the whole).
 */
export function replacedWords(phrase: Phrase, terms: QueryTerms, article: ArticleVocabulary): Replacement & { cells: number } {
  let judged = replacedCache.get(terms);
  if (!judged) {
    judged = new Map();
    replacedCache.set(terms, judged);
  }
  const known = judged.get(phrase);
  if (known !== undefined) return { ...known, cells: 0 };
  const { cells, ...replacement } = judgeReplaced(phrase, terms, article);
  judged.set(phrase, replacement);
  return { ...replacement, cells };
}

/**
 * Whether the paste, after holding a part of the message up to a colon (`partLast`), ends its own part too (a line, or
 * a prefix: the breaks from `breakAt` on) and then puts another text where the message's last part of one or two
 * words stands: a connector's wrapper around another error ("… trying to synchronize your workspace: Login timeout."
 * for "…: Authentication error."). The paste's text may be of any length: it is the other error's. Unlike the last
 * words of a part, which a user may rephrase, a whole part after a wrapper's colon is the error itself.
 */
function nextPartReplaced(phrase: Phrase, partLast: number, terms: QueryTerms, breakAt: number): boolean {
  const words = terms.wordsInOrder;
  const lastWord = phrase.sequence.length - 1;
  // Only a wrapper: a part that a colon ends, before the message's last part.
  if (partLast >= lastWord || !phrase.colonEnds.has(partLast) || partEnd(phrase, partLast + 1) !== lastWord) return false;
  const nextPart = phrase.sequence.slice(partLast + 1);
  if (nextPart.length > edgeRunWords || nextPart.some((word) => blankSlot.test(word))) return false;
  let start = breakAt;
  let endsPart = false;
  for (; words[start] === breakMark; start += 1) endsPart ||= terms.partBreaks.has(start);
  const end = words.indexOf(breakMark, start);
  const pastePart = withoutValues(words.slice(start, end < 0 ? undefined : end));
  return endsPart && pastePart.some((word) => !nextPart.includes(word));
}

function judgeReplaced(phrase: Phrase, terms: QueryTerms, article: ArticleVocabulary): Replacement & { cells: number } {
  const articleWords = article.phraseTokens;
  const { pairs, cells } = alignment(phrase, terms);
  const words = terms.wordsInOrder;
  const first = pairs[0];
  const last = pairs.at(-1);
  if (!first || !last) return { replaced: false, betweenHeldWords: false, otherEnding: false, cells };
  // The paste's words that stand in place of, or among, the message's fixed words between two aligned words.
  const replacing = pairs.slice(1).flatMap(([word, at], index) => {
    const [previousWord, previousAt] = pairs[index]!;
    const missing = phrase.sequence.slice(previousWord + 1, word);
    const between = words.slice(previousAt + 1, at).filter((other) => other !== breakMark);
    if (missing.length > 0) return replacedBy(missing, withoutValues(between)) ? [withoutValues(between)] : [];
    // Where the message has a slot, the paste's words may be the value, except those standing outside a value.
    const outside = phrase.slotsAfter.has(previousWord) ? outsideValues(between) : between;
    const inserted = outside.filter((other) => terms.idf.has(other) && !phrase.tokens.has(other));
    return inserted.length > 0 ? [inserted] : [];
  });
  const before = words.slice(0, first[1]);
  const head = withoutValues(before.slice(before.lastIndexOf(breakMark) + 1));
  const startMissing = phrase.sequence.slice(partStart(phrase, first[0]), first[0]);
  const after = words.slice(last[1] + 1);
  const tailEnd = after.indexOf(breakMark);
  const tailWords = tailEnd < 0 ? after : after.slice(0, tailEnd);
  const tail = withoutValues(tailWords);
  const endMissing = phrase.sequence.slice(last[0] + 1, partEnd(phrase, last[0]) + 1);
  const cutOff = tailEnd < 0 && beginsAWordOf(tail.at(-1), articleWords);
  const endReplaced = !cutOff && replacedBy(endMissing, tail);
  const otherEnding = !cutOff && endsOtherwise(endMissing, tailWords, phrase.slotsAfter.has(last[0]), terms, article);
  const edges =
    (startMissing.length <= edgeRunWords && replacedBy(startMissing, head)) ||
    (endMissing.length <= edgeRunWords && endReplaced) ||
    otherEnding ||
    (endMissing.length === 0 &&
      tailEnd >= 0 &&
      tail.length === 0 &&
      nextPartReplaced(phrase, last[0], terms, last[1] + 1 + tailEnd));
  // Words swapped one for one for a part's last words before its slot ("… for the billkey 88123" for "… for the
  // invoicekey xxxxxx") stand between two things held too: the word before them and the value after.
  const swappedBeforeSlot =
    endReplaced && phrase.slotsAfter.has(last[0] + endMissing.length) && tail.length === endMissing.length;
  const runs = swappedBeforeSlot ? [...replacing, tail] : replacing;
  const betweenHeldWords = runs.some((run) => run.some((word) => !articleWords.has(word)));
  return { replaced: replacing.length > 0 || edges, betweenHeldWords, otherEnding, cells };
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

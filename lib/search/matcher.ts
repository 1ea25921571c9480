import type { Confidence } from './confidence';
import type { ErrorDetail } from './details';
import { extractDetails } from './extract';
import { highlightRanges, type Range } from './highlight';
import {
  capQuery,
  extractCodes,
  firstPerson,
  isIntacctErrorNumber,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  printedMessages,
  stripVariableParts,
  tokenize,
  wrapperCodes,
} from './normalize';
import { namedTools } from './named-tools';
import { namesOtherSystem } from './other-systems';
import type { SearchRecord } from './records';
import { buildSearchIndex, type Entry, type Phrase } from './search-index';
import { replacedWords, scorePhrase, unknownWordWeight, weighAgainstArticle, type PhraseFit, type QueryTerms } from './score';
import { joinErrorParts, mergeResults } from './error-groups';
import { splitErrors } from './segment';

export type MatchResult = {
  slug: string;
  title: string;
  url: string;
  score: number;
  confidence: Confidence;
  matchedMessage: string;
  highlights: Range[];
};

/** One error of a paste that holds several, with its own best articles and values. */
export type ErrorGroup = { text: string; details: ErrorDetail[]; results: MatchResult[] };

export type MatchResponse = {
  query: string;
  normalized: string;
  truncated: boolean;
  details: ErrorDetail[];
  /** The articles for the whole paste, best first (for a paste with several errors, each error's best come first). */
  results: MatchResult[];
  /** The errors the paste holds, each with its results: one for a single error, several when the paste has more. */
  errors: ErrorGroup[];
};

/** What one `match` call did, counted rather than timed, so tests can prove its cost is bounded on any machine. */
export type MatchWork = {
  /** Characters of the query after capping and folding. */
  characters: number;
  /** Distinct query words looked up in the index (summed over the parts of a paste matched on their own). */
  tokens: number;
  /** Typo corrections asked of Fuse, and the characters of the words they were asked about. */
  fuzzyLookups: number;
  fuzzyCharacters: number;
  /** Posting-list items visited to build shortlists, and entries scored in full. */
  postingsVisited: number;
  entriesScored: number;
  /** Sentences of long messages compared with the query, for the results only (see `holdsMessage`). */
  clausesScored: number;
  /**
   * Cells of the tables that align messages with the query to find replaced fixed words, for the results only (see
   * `replaces` and `codeMessageMissing`).
   */
  alignmentCells: number;
  /** Parts of the paste matched on their own (the whole paste counts as one). */
  segments: number;
};

/** Narrows results to the articles of one tool (`tool` is an id from lib/tools.ts). */
export type MatchFilter = { tool?: string };

export type Matcher = {
  match: (query: unknown, limit?: number, filter?: MatchFilter) => MatchResponse;
  /** Whether the catalogue uses this (tokenized) word: redaction keeps such words. */
  isKnownWord: (token: string) => boolean;
  /** The work done by the latest `match` call. */
  lastWork: () => MatchWork;
};

/**
 * A name Intacct prints in capitals in a message, an object's or a field's ("CUSTOMER", "ARINVOICE", "CUSTREGION"): a
 * value, like a quoted name, not a word of the message.
 */
const capitalisedName = /\b[A-Z][A-Z0-9_]{3,}\b/g;
/** What a code unknown to the catalogue adds: about a rare catalogue word's weight. */
const unknownCodeWeight = 3;
/**
 * Score thresholds. `likely` was set on the tuning sets, unrelated ones included (npm run eval:search -- --tuning):
 * below 0.55, near misses in our own vocabulary outnumbered right answers. A part of a paste needs less to count as
 * an error of its own (`errorPart`), since it must also hold most of a message's skeleton.
 */
const thresholds = { likely: 0.55, errorPart: 0.45, possible: 0.2 } as const;
/** Another of an article's messages than the best-fitting holds it only with this many words: two say too little. */
const minimumMessageWords = 3;
/** Without a specific code, a confident match shares at least this many words with the phrase it matched. */
const minimumSharedWords = 2;
/**
 * A query matches an article with confidence only if it holds this much of the skeleton of one of the article's
 * messages, or of one sentence of a longer message. Sharing words with an alias is not enough: an error we don't
 * know ("Item number … does not exist. Quantity on backorder …") can share the words of our description ("not
 * enough quantity for item") without being that error, and so can a typed description of another error ("Employee
 * end date before start date" against "employee start date later than expense date").
 */
const heldMessageSkeleton = 0.6;
/** What a specific error code adds to an article's score. */
const codeBonus = 0.5;
/** A message whose skeleton the paste holds this completely, and little else, is an exact match. */
const exactSkeleton = 0.75;
const exactPrecision = 0.55;
/** Another article whose best message fits within this margin makes an exact match only likely. */
const siblingMargin = 0.12;
/** Two first results this close are siblings: the words that tell them apart decide their order. */
const siblingTie = 0.9;
/** …and this close when the first's message has a fixed word replaced by one of the second's words. */
const substitutedTie = 0.6;
/**
 * A generic wrapper article ("the transaction was rolled back") explains less than this share of a paste's weight
 * when the paste also holds an error of its own that no article knows: then it is only possible.
 */
const genericPrecision = 0.4;
/**
 * A line of a paste that no article matches, with at least this much weight the generic wrapper's words don't
 * explain ("Debits and credits are not equal" between two wrapper lines), is an error we don't know: the wrapper
 * article is then only possible. About two rare catalogue words, or five unknown words.
 */
const unexplainedLineWeight = 3;
/** How much of a message's skeleton one line of a paste must hold to count as an error of its own. */
const errorLineSkeleton = 0.6;
/** Only this many entries, those sharing the most query weight, are scored in full: it keeps 10,000 articles fast. */
const shortlistSize = 48;
/** Typo correction runs on short, typed queries only, for a few words each: Fuse's cost grows with word length. */
const typedQueryTokens = 12;
const maxCorrectionsPerQuery = 4;
/** A word this much longer than the longest catalogue word cannot be a typo of one. */
const correctionLengthMargin = 2;
/** Fuse's score for a word one letter off a five- or six-letter catalogue word ("actve") is about 0.2 to 0.25. */
const maxTypoScore = 0.25;

const noWork = (): MatchWork => ({
  characters: 0,
  tokens: 0,
  fuzzyLookups: 0,
  fuzzyCharacters: 0,
  postingsVisited: 0,
  entriesScored: 0,
  clausesScored: 0,
  alignmentCells: 0,
  segments: 0,
});

type Scored = {
  entry: Entry;
  score: number;
  /** The score without the code's bonus. */
  wordScore: number;
  best: PhraseFit;
  bestMessage?: PhraseFit;
  /** How each of the article's messages that shares a word with the query fits it. */
  messageFits: PhraseFit[];
  /** The paste names a code this article carries (other than a wrapper code). */
  specificCode: boolean;
  /** …of those, the codes no other article carries: one alone identifies the error. */
  ownCodes: string[];
};
type Ranked = { candidates: Scored[]; terms: QueryTerms };

/** The paste names a code that only this article carries. */
const hasOwnCode = (candidate: Scored) => candidate.ownCodes.length > 0;

/** A message that is a bare code ("BL02000051"): holding it is holding the code, which `codeIdentifies` judges. */
const isBareCode = (phrase: Phrase) => phrase.sequence.length > 0 && phrase.wordsBesidesCodes.length === 0;

/** What a paste says about itself as a whole, given to each of its parts: the tools it names (`namedTools`). */
type PasteContext = { filter: MatchFilter; tools: string[] };

/** Builds the matcher once per index; `match` never throws, whatever it is given. */
export function createMatcher(records: SearchRecord[]): Matcher {
  const index = buildSearchIndex(records);
  const { entries, idf, postings, spelling, toolNames } = index;
  const isKnown = (token: string) => idf.has(token);
  const weightOf = (words: string[]) => words.reduce((sum, word) => sum + (idf.get(word) ?? 0), 0);
  const codeOwners = new Map<string, number>();
  for (const entry of entries) for (const code of entry.codes) codeOwners.set(code, (codeOwners.get(code) ?? 0) + 1);
  let work = noWork();

  /** Snaps an unknown word of a typed query to the closest catalogue word, if one is close enough. */
  function correct(token: string): string | undefined {
    if (token.length < 5 || token.length > index.longestWord + correctionLengthMargin || !/^[a-z]+$/.test(token)) {
      return undefined;
    }
    if (work.fuzzyLookups >= maxCorrectionsPerQuery) return undefined;
    work.fuzzyLookups += 1;
    work.fuzzyCharacters += token.length;
    // Typos rarely change the first letter; requiring it keeps "bread" from becoming "already" ("actve" from "inactive").
    const best = spelling
      .get(token[0]!)
      ?.search(token, { limit: 1 })
      .find((found) => (found.score ?? 1) <= maxTypoScore);
    return best?.item;
  }

  /**
   * The query's catalogue words in order (typos corrected in short, typed queries) and its weight. Unknown words
   * add a little weight: they make a match less certain without excluding it. Unknown numbers add nothing.
   */
  function understand(text: string, tools: string[], mayBeTyped: boolean): QueryTerms {
    const normalized = normalizeQuery(text, isKnown);
    const capped = capQuery(text).text;
    work.tokens += normalized.tokens.length;
    const typed = mayBeTyped && normalized.tokens.length <= typedQueryTokens;
    const resolved = new Map<string, string | undefined>();
    let unknownWeight = 0;
    let typedRight = false;
    for (const token of normalized.tokens) {
      const known = isKnown(token) ? token : typed ? correct(token) : undefined;
      resolved.set(token, known);
      if (known === token) typedRight = true;
      if (!known && !/\d/.test(token)) unknownWeight += unknownWordWeight;
    }
    // An error code that no article carries names a different error: it weighs against every match like a rare word.
    // (Carried, not known as a word: the tokenizer splits "GW-0011".)
    const unknownCodes = normalized.codes.filter((code) => !codeOwners.has(code) && !wrapperCodes.has(code));
    unknownWeight += unknownCodes.length * unknownCodeWeight;
    const sequence = normalized.sequence.flatMap((token) => resolved.get(token) ?? []);
    const tokens = new Set(sequence);
    for (const code of normalized.codes) if (isKnown(code)) tokens.add(code);
    let knownWeight = 0;
    for (const token of tokens) knownWeight += idf.get(token) ?? 0;
    return {
      text: normalized.text,
      tokens,
      sequence,
      codes: normalized.codes,
      knownWeight,
      totalWeight: knownWeight + unknownWeight,
      onlyGuessed: !typedRight && normalized.codes.length === 0,
      namesUnknownCode: unknownCodes.length > 0,
      // Marks (`breakMark`, `valueMark`) are never query tokens, so they stay as they are.
      wordsInOrder: normalized.wordsWithBreaks.map((token) => resolved.get(token) ?? token),
      partBreaks: normalized.partBreaks,
      // Before folding, which turns line breaks into spaces: a code ending a line is followed by no sentence. Only a
      // paste with a code has any: the others skip the pass over their lines.
      printedMessages: normalized.codes.length > 0 ? printedMessages(text.slice(0, MAX_QUERY_LENGTH)) : new Map(),
      otherSystem: namesOtherSystem(capped),
      namedTools: tools,
      firstPerson: firstPerson.test(capped),
      idf,
      toolNames,
    };
  }

  /** The entries sharing the most query weight, found through the postings without scoring every entry. */
  function shortlist(terms: QueryTerms, filter: MatchFilter): Array<{ entry: Entry; coverage: number }> {
    const shared = new Map<number, number>();
    for (const token of terms.tokens) {
      const weight = idf.get(token) ?? 0;
      const list = postings.get(token) ?? [];
      work.postingsVisited += list.length;
      for (const position of list) shared.set(position, (shared.get(position) ?? 0) + weight);
    }
    return [...shared]
      .filter(([position]) => !filter.tool || entries[position]!.record.tools.includes(filter.tool))
      .sort((a, b) => b[1] - a[1])
      .slice(0, shortlistSize)
      .map(([position, weight]) => ({ entry: entries[position]!, coverage: weight / terms.totalWeight }));
  }

  function scoreEntry(entry: Entry, coverage: number, terms: QueryTerms): Scored {
    work.entriesScored += 1;
    let best: PhraseFit | undefined;
    let bestMessage: PhraseFit | undefined;
    const messageFits: PhraseFit[] = [];
    for (const phrase of entry.phrases) {
      const fit = scorePhrase(phrase, terms);
      if (!fit) continue;
      if (!best || fit.score > best.score) best = fit;
      if (phrase.isMessage) messageFits.push(fit);
      if (phrase.isMessage && (!bestMessage || fit.score > bestMessage.score)) bestMessage = fit;
    }
    const sharedCodes = terms.codes.filter((code) => !wrapperCodes.has(code) && entry.codes.has(code));
    const specificCode = sharedCodes.length > 0;
    const ownCodes = sharedCodes.filter((code) => codeOwners.get(code) === 1);
    // A message the paste holds nearly whole outranks any alias or title of another article.
    const wholeMessage = bestMessage && bestMessage.skeleton >= 0.8 && bestMessage.precision >= 0.5 ? 0.25 : 0;
    const wordScore = (best?.score ?? 0) * 0.8 + coverage * 0.2 + wholeMessage;
    const score = wordScore + (specificCode ? codeBonus : 0);
    const fallback: PhraseFit = {
      phrase: entry.phrases[0]!,
      score: 0,
      skeleton: 0,
      precision: 0,
      sharedWords: 0,
      substitutes: [],
    };
    return { entry, score, wordScore, best: best ?? fallback, bestMessage, messageFits, specificCode, ownCodes };
  }

  /** Query weight in words that one entry's messages, aliases or title use and the other's don't. */
  function distinguishingWeight(entry: Entry, other: Entry, terms: QueryTerms): number {
    let weight = 0;
    for (const token of terms.tokens) {
      if (entry.phraseTokens.has(token) && !other.phraseTokens.has(token)) weight += idf.get(token) ?? 0;
    }
    return weight;
  }

  /**
   * Sibling errors ("… summary frequency" for invoices and for payments) score nearly alike on shared words. When the
   * first two are that close, the one whose own words the query uses (the object, the field) goes first.
   */
  function settleSiblings(candidates: Scored[], terms: QueryTerms): Scored[] {
    const [first, second] = candidates;
    if (!first || !second) return candidates;
    // The paste is the first's message with one fixed word swapped for a word of the second's: it is the second's.
    const replacedBySecond = (first.bestMessage?.substitutes ?? []).some((word) => second.entry.phraseTokens.has(word));
    // A code only the first carries decides, unless the paste holds the second's own message and the first's with a
    // word swapped: a family's code ("BL34000061 Another Project with the given value(s) …") before one member's
    // message. (A word the catalogue doesn't know is no swap: "Another Project Task …" still reads as a project.)
    if (hasOwnCode(first) && !(replacedBySecond && holdsOwnMessage(second))) return candidates;
    if (second.score < first.score * (replacedBySecond ? substitutedTie : siblingTie)) return candidates;
    const toolSays = toolPreference(first, second, terms);
    const swap =
      replacedBySecond ||
      toolSays === 'second' ||
      (toolSays === undefined &&
        distinguishingWeight(second.entry, first.entry, terms) > distinguishingWeight(first.entry, second.entry, terms));
    return swap ? [{ ...second, score: first.score }, { ...first, score: second.score }, ...candidates.slice(2)] : candidates;
  }

  /**
   * Between two close candidates, the one for a tool the paste names ("Expensify export error …"), if only one is and
   * both share words of a message besides tools' names: an article that matches on the tool's name alone is no
   * sibling. The tool is evidence, not proof (an article's list of tools may miss one), so it only settles a tie.
   */
  function toolPreference(first: Scored, second: Scored, terms: QueryTerms): 'first' | 'second' | undefined {
    if (terms.namedTools.length === 0 || !sharesMessageWords(first, terms) || !sharesMessageWords(second, terms))
      return undefined;
    const forNamedTool = (candidate: Scored) => terms.namedTools.some((tool) => candidate.entry.record.tools.includes(tool));
    if (forNamedTool(first) === forNamedTool(second)) return undefined;
    return forNamedTool(first) ? 'first' : 'second';
  }

  /** The query holds a word of one of the article's messages that is no tool's name. */
  const sharesMessageWords = (candidate: Scored, terms: QueryTerms) =>
    candidate.messageFits.some((fit) =>
      [...fit.phrase.tokens].some(
        (word) => terms.tokens.has(word) && !terms.toolNames.has(word) && !candidate.entry.toolTokens.has(word),
      ),
    );

  /** The paste holds as much of one of the article's messages as `exact` asks, with no fixed word swapped. */
  const holdsOwnMessage = ({ bestMessage }: Scored) =>
    !!bestMessage && bestMessage.skeleton >= exactSkeleton && bestMessage.substitutes.length === 0;

  /** `mayBeTyped`: a whole query on one line, which may be typed by hand; the lines of a paste are not. */
  function rank(text: string, { filter, tools }: PasteContext, mayBeTyped = false): Ranked {
    work.segments += 1;
    const terms = understand(text, tools, mayBeTyped);
    if (terms.knownWeight === 0) return { candidates: [], terms };
    const candidates = shortlist(terms, filter)
      .map(({ entry, coverage }) => scoreEntry(entry, coverage, terms))
      .filter((candidate) => candidate.score >= thresholds.possible)
      .sort((a, b) => b.score - a.score || a.entry.record.title.localeCompare(b.entry.record.title));
    return { candidates: settleSiblings(candidates, terms), terms };
  }

  /**
   * Exact: a code only this article carries (`codeIdentifies`), or one message's skeleton nearly whole and no sibling
   * fitting as well.
   */
  function isExact(first: Scored, others: Scored[], terms: QueryTerms): boolean {
    if (codeIdentifies(first, terms)) return true;
    const fit = first.bestMessage;
    if (!fit || fit.skeleton < exactSkeleton || fit.precision < exactPrecision || fit.substitutes.length > 0) return false;
    if (replaces(fit.phrase, first.entry, terms)) return false;
    return others.every((other) => (other.bestMessage?.skeleton ?? 0) < fit.skeleton - siblingMargin);
  }

  /**
   * Likely: a high enough score, except for a guess (every catalogue word a typo correction) and for a generic
   * wrapper message next to much that it does not explain (an unknown error inside a known wrapper). A code that
   * several articles carry narrows the choice but is no evidence for one of them: the words must carry it, and one
   * shared word ("Record is locked" against "bill locked in intacct") is too little to name an error. The query must
   * hold one of the article's messages: aliases describe errors, and another error can use their words.
   */
  function isLikely(candidate: Scored, terms: QueryTerms): boolean {
    const evidence = hasOwnCode(candidate) ? candidate.score : candidate.wordScore;
    if (evidence < thresholds.likely || terms.onlyGuessed) return false;
    if (!candidate.specificCode && candidate.best.sharedWords < minimumSharedWords) return false;
    if (!holdsMessage(candidate, terms)) return false;
    return !candidate.entry.record.generic || candidate.best.precision >= genericPrecision;
  }

  /**
   * The paste holds most of one of the article's messages, or of one of their sentences, or a code only it carries
   * (`codeIdentifies`); for a generic wrapper article, its wrapper code ("BL01001973 Could not create APBILL record!")
   * is its message.
   */
  function holdsMessage(candidate: Scored, terms: QueryTerms): boolean {
    return hasOwnCode(candidate) ? codeIdentifies(candidate, terms) : holdsMessageWords(candidate, terms);
  }

  /**
   * A code only this article carries names its error, unless the paste has another message beside it
   * (`codeMessageMissing`); the code then counts only if the paste also holds one of the article's messages, by the
   * words besides its codes: the code itself can't vouch for the message printed after it ("Response control status
   * failure - PL04000055 This company's subscription has been suspended." holds "… PL04000055 This company …").
   */
  function codeIdentifies(candidate: Scored, terms: QueryTerms): boolean {
    return (
      hasOwnCode(candidate) &&
      (!codeMessageMissing(candidate, terms) || holdsMessageWords(candidate, terms, { besidesCodes: true }))
    );
  }

  /**
   * A code only this article carries stands beside another error's message, not its own:
   * - the paste prints the code before a message on its line, as systems print a code (`printedMessages`), the
   *   article quotes a source word for word (`quotesVerbatim`), and the printed message's words that the article never
   *   uses outweigh those it does (`unexplainedWordsOutweigh`): "PL04000076 This user is not allowed to sign in from
   *   IP address …" for "PL04000076 This user is in LOCKEDOUT state", "CRE-3211 Payment 'PY-0412' has already been
   *   voided.". A code its sources give bare is judged by the article's words too: integrations report DL02000001 for
   *   other failed queries (a date filter in the wrong format), so "DL02000001 Invalid filter operator 'contains'." is
   *   not the missing field the article explains. An article that only describes its messages (GW-0010's) knows no
   *   text to judge by, so its code still decides;
   * - or it is one of Intacct's numbers, and in every message of the article that the number starts or ends, the paste
   *   has words the article never uses between two words it holds (`replacedWords`, `betweenHeldWords`): in place of
   *   fixed words or among them ("BL03002128 Enter a Due date, and try again."; the number counts as a word held), or
   *   swapped one for one for the last words before the message's value ("… for the billkey 88123" for "… for the
   *   invoicekey xxxxxx"), or, when the number is printed before its message, ending the sentence or line in place of
   *   the message's last words ("BL03002128 Enter a Bill date.", `otherEnding`).
   * A user's own words beside a code ("INT907 ever since we switched entities", "BL03000215 Ramp sync failed") are no
   * printed message and say nothing against it.
   */
  function codeMessageMissing(candidate: Scored, terms: QueryTerms): boolean {
    const { entry, ownCodes } = candidate;
    const printed = ownCodes.flatMap((code) => terms.printedMessages.get(code) ?? []);
    if (entry.record.quotesVerbatim && printed.some((message) => unexplainedWordsOutweigh(entry, message))) return true;
    const numbers = ownCodes.filter(isIntacctErrorNumber);
    const carriers = entry.phrases.flatMap((phrase) => {
      const number = numbers.find((code) => phrase.sequence[0] === code || phrase.sequence.at(-1) === code);
      return phrase.isMessage && !isBareCode(phrase) && number ? [{ phrase, number }] : [];
    });
    return (
      carriers.length > 0 &&
      carriers.every(({ phrase, number }) => {
        const { betweenHeldWords, otherEnding, cells } = replacedWords(phrase, terms, entry);
        work.alignmentCells += cells;
        return betweenHeldWords || (otherEnding && terms.printedMessages.has(number));
      })
    );
  }

  /**
   * The words of a code's printed message that neither the article's messages, aliases and title nor the names of its
   * tools use (unknown words included) weigh more than those they do, and at least what a line must weigh to be an
   * error of its own (`unexplainedLineWeight`). Values (names in capitals among them), codes and other tools' names
   * are left out.
   */
  function unexplainedWordsOutweigh(entry: Entry, message: string): boolean {
    const stripped = stripVariableParts(message, isKnown);
    // A message in capitals throughout has no names to tell from its words.
    const withoutNames = /[a-z]{2}/.test(stripped) ? stripped.replace(capitalisedName, ' ') : stripped;
    const words = tokenize(withoutNames).filter((word) => extractCodes(word).length === 0);
    const { used, unused } = weighAgainstArticle(words, idf, entry, toolNames);
    return unused >= unexplainedLineWeight && unused > used;
  }

  /**
   * The paste holds most of one of the article's messages or of one of their sentences, with no fixed word replaced;
   * `besidesCodes`: most of their words besides codes, too.
   */
  function holdsMessageWords(candidate: Scored, terms: QueryTerms, { besidesCodes = false } = {}): boolean {
    const held = (fit: PhraseFit | undefined, skeleton = heldMessageSkeleton) =>
      !!fit &&
      !isBareCode(fit.phrase) &&
      fit.skeleton >= skeleton &&
      (!besidesCodes || holdsWordsBesidesCodes(fit.phrase, terms)) &&
      !replaces(fit.phrase, candidate.entry, terms);
    if (held(candidate.bestMessage)) return true;
    // Another of its messages may be held nearly whole where the best-scoring one is replaced: a connector's wrapper
    // message followed by another of the article's messages.
    const others = candidate.messageFits.filter((fit) => fit !== candidate.bestMessage);
    const sizeable = (fit: PhraseFit) => fit.phrase.sequence.length >= minimumMessageWords;
    if (others.some((fit) => sizeable(fit) && held(fit, exactSkeleton))) return true;
    if (candidate.entry.record.generic && terms.codes.some((code) => candidate.entry.codes.has(code))) return true;
    // A sentence holds its message only if the rest of the message, where the paste has it, is not another's.
    return candidate.entry.clauses.some((clause) => {
      work.clausesScored += 1;
      return held(scorePhrase(clause, terms)) && !replaces(clause.message, candidate.entry, terms);
    });
  }

  /** The query holds most of the weight of a message's words that are no codes (`heldMessageSkeleton`). */
  function holdsWordsBesidesCodes(message: Phrase, terms: QueryTerms): boolean {
    const words = message.wordsBesidesCodes;
    return weightOf(words.filter((word) => terms.tokens.has(word))) >= heldMessageSkeleton * weightOf(words);
  }

  /** Whether the query replaces fixed words of one of the entry's messages (a sibling template), counting the work. */
  function replaces(message: Phrase, entry: Entry, terms: QueryTerms): boolean {
    const { replaced, cells } = replacedWords(message, terms, entry);
    work.alignmentCells += cells;
    return replaced;
  }

  /**
   * A generic wrapper article next to an error code that no article carries: the paste holds a specific error we
   * don't know, inside a wrapper we do. The wrapper's article is then only possible, never exact or likely.
   */
  function wrapsUnknownError(candidate: Scored, terms: QueryTerms): boolean {
    return candidate.entry.record.generic && terms.namesUnknownCode;
  }

  function confidenceOf(candidates: Scored[], position: number, terms: QueryTerms): Confidence {
    const candidate = candidates[position]!;
    if (wrapsUnknownError(candidate, terms) || terms.otherSystem) return 'possible';
    const first = position === 0 && (candidate.specificCode || !terms.onlyGuessed);
    if (first && isExact(candidate, candidates.slice(1), terms)) return 'exact';
    return isLikely(candidate, terms) ? 'likely' : 'possible';
  }

  function toResults({ candidates, terms }: Ranked, limit: number): MatchResult[] {
    return candidates.slice(0, limit).map((candidate, position): MatchResult => {
      const shown = candidate.bestMessage && candidate.bestMessage.score > 0 ? candidate.bestMessage : candidate.best;
      return {
        slug: candidate.entry.record.slug,
        title: candidate.entry.record.title,
        url: candidate.entry.record.url,
        score: Math.round(candidate.score * 1000) / 1000,
        confidence: confidenceOf(candidates, position, terms),
        matchedMessage: shown.phrase.text,
        highlights: highlightRanges(shown.phrase.text, terms.tokens),
      };
    });
  }

  /**
   * A part of a paste counts as an error of its own only if it holds most of an error message, with at least two of
   * its words (or a specific code); a header such as "Sync error – Bill #1234" that merely shares a word or two with
   * an alias does not, nor does "Vendor: Riverbend Landscaping LLC" for "The vendor '...' is invalid.".
   */
  function holdsAnError({ candidates }: Ranked): boolean {
    const [first] = candidates;
    if (!first || first.score < thresholds.errorPart) return false;
    const message = first.bestMessage;
    return (
      first.specificCode || (!!message && message.skeleton >= errorLineSkeleton && message.sharedWords >= minimumSharedWords)
    );
  }
  const genericEntries = new Map(entries.filter((entry) => entry.record.generic).map((entry) => [entry.record.slug, entry]));
  const isGeneric = (results: MatchResult[]) => genericEntries.has(results[0]?.slug ?? '');

  /**
   * The errors of a paste: each part matched on its own, parts that land on the same article joined, and parts
   * that only match a generic wrapper message dropped when a specific error sits beside them.
   */
  function errorGroups(parts: string[], limit: number, context: PasteContext): { groups: ErrorGroup[]; others: QueryTerms[] } {
    const others: QueryTerms[] = [];
    const confident = parts.flatMap((text) => {
      const ranked = rank(text, context);
      if (holdsAnError(ranked)) return [{ text, results: toResults(ranked, limit) }];
      others.push(ranked.terms);
      return [];
    });
    return { groups: joinErrorParts(confident, isGeneric), others };
  }

  /** Weight of a line's words that the article's messages, aliases and title don't use (unknown words included). */
  function unexplainedWeight(entry: Entry, line: QueryTerms): number {
    return line.totalWeight - weightOf([...line.tokens].filter((token) => entry.phraseTokens.has(token)));
  }

  /**
   * A generic wrapper article can't be sure when a line of the paste beside it holds an error no article matches:
   * that line is the real error, one we don't know.
   */
  function besideUnknownError(results: MatchResult[], others: QueryTerms[]): MatchResult[] {
    return results.map((result) => {
      const entry = genericEntries.get(result.slug);
      const unknownBeside = entry && others.some((line) => unexplainedWeight(entry, line) >= unexplainedLineWeight);
      return unknownBeside ? { ...result, confidence: 'possible' } : result;
    });
  }

  function match(query: unknown, limit = 5, filter: MatchFilter = {}): MatchResponse {
    work = noWork();
    const raw = typeof query === 'string' ? query : '';
    const capped = capQuery(raw);
    work.characters = capped.text.length;
    const cap = Math.max(1, Math.min(limit, 20));
    const base = {
      query: raw.slice(0, MAX_QUERY_LENGTH),
      truncated: capped.truncated,
      details: extractDetails(raw),
    };
    // Split before folding: folding turns line breaks into spaces.
    const parts = splitErrors(raw.slice(0, MAX_QUERY_LENGTH));
    const context = { filter, tools: namedTools(capped.text) };
    const { groups, others } = parts.length > 1 ? errorGroups(parts, cap, context) : { groups: [], others: [] };
    if (groups.length >= 2) {
      const normalized = normalizeQuery(capped.text, isKnown).text;
      return { ...base, normalized, results: mergeResults(groups, cap), errors: groups };
    }
    const whole = rank(raw.slice(0, MAX_QUERY_LENGTH), context, parts.length <= 1);
    const wholeResults = toResults(whole, cap);
    const [single] = groups;
    // One error among noise lines (a header, a wrapper line): its own match beats the whole paste's, unless the
    // whole paste fits better and is not just the generic wrapper.
    const useSingle =
      single !== undefined &&
      single.results[0]?.slug !== wholeResults[0]?.slug &&
      (isGeneric(wholeResults) || (single.results[0]?.score ?? 0) >= (wholeResults[0]?.score ?? 0));
    const results = besideUnknownError(useSingle ? single.results : wholeResults, others);
    const errors = results.length > 0 ? [{ text: useSingle ? single.text : base.query, details: base.details, results }] : [];
    return { ...base, normalized: whole.terms.text, results, errors };
  }

  return { match, isKnownWord: isKnown, lastWork: () => ({ ...work }) };
}

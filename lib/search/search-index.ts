import Fuse from 'fuse.js';
import { breakMark, colonMark, extractCodes, markPartEnds, tokenize, wrapperCodes } from './normalize';
import type { SearchRecord } from './records';

/**
 * A phrase the query is compared with: an error message (a template: its fixed words in order, the slots where
 * values go already dropped by the tokenizer), an alias or a title.
 */
export type Phrase = {
  text: string;
  /** The phrase's words in order, and as a set. */
  sequence: string[];
  tokens: Set<string>;
  /** Its distinct words that are no error codes: what a paste must hold besides a code to hold the message. */
  wordsBesidesCodes: string[];
  /** Adjacent word pairs (`a b`), which a paste holding the message keeps together. */
  bigrams: string[];
  /** Indexes of the words after which the text has a slot (a placeholder, a quote, a number): values go there. */
  slotsAfter: Set<number>;
  /** Indexes of the words that end a line or a prefix ("INT446 Export Error:"): the message's parts. */
  partEnds: Set<number>;
  /** …of those, the words a colon follows: the end of a wrapper ("… synchronize your workspace:") or a label. */
  colonEnds: Set<number>;
  fieldWeight: number;
  isMessage: boolean;
  totalWeight: number;
};

/** One sentence of a message that has several, with the whole message it comes from. */
export type Clause = Phrase & { message: Phrase };

export type Entry = {
  record: SearchRecord;
  phrases: Phrase[];
  /**
   * The sentences of messages that have several: a paste often holds one of them ("Use of empty Location is
   * invalid." without "A valid Multi-Entity Location must be specified.").
   */
  clauses: Clause[];
  /** Words of the entry's messages, aliases and title: what it says the error is. */
  phraseTokens: Set<string>;
  /** Every word of the article's searchable text, for the shortlist. */
  allTokens: Set<string>;
  /** The names of the tools that report the error ("ramp", "expensify"): a user's context, not another error's words. */
  toolTokens: Set<string>;
  codes: Set<string>;
};

export type SearchIndex = {
  entries: Entry[];
  /** Inverse document frequency of every catalogue word: rare words identify an error, common ones don't. */
  idf: Map<string, number>;
  /** For each word, the indexes of the entries that use it anywhere. */
  postings: Map<string, number[]>;
  /** The names of the tools the catalogue knows that name nothing else: where a paste comes from, not its error. */
  toolNames: Set<string>;
  /**
   * Fuzzy lookup of catalogue words for typos, one index per first letter: typos rarely change the first letter, so
   * a lookup only scans the words that start with it (about a twentieth of the vocabulary).
   */
  spelling: Map<string, Fuse<string>>;
  /** The longest catalogue word: no typo correction is tried for a word much longer than it. */
  longestWord: number;
};

const fieldWeights = { message: 1, alias: 0.9, title: 0.85 } as const;
/**
 * Wrapper codes, the SDKs' prefixes ("Result status: failure for Control ID", "Response control status failure") and
 * Expensify's ("… experienced the following error trying to synchronize your workspace:") surround many real errors.
 */
const wrapperTokens = new Set([
  ...wrapperCodes,
  ...['result', 'status', 'control', 'response'],
  ...['experienc', 'follow', 'trying', 'synchronize', 'workspace'],
]);
const wrapperTokenWeight = 0.15;
/** A sentence stands for its message with a few words and a third of its weight ("Please try syncing again." does not). */
const minimumClauseWords = 3;
const minimumClauseShare = 1 / 3;

function weightOf(idf: Map<string, number>, tokens: Iterable<string>): number {
  let sum = 0;
  for (const token of tokens) sum += idf.get(token) ?? 0;
  return sum;
}

/** Adds a value to the list kept under `key`, starting the list if there is none. */
function appendTo<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export const bigram = (first: string, second: string) => `${first} ${second}`;

/**
 * Where sources put a value in a message: a placeholder ("XXXX", "[X]", "'..'", "{smart_rule}", "#########",
 * "--X--", "______"), a quoted name, or a number, except one in parentheses that does not follow another number
 * ("(1037)" may be an error code; the "13" of "1967(13)" is a line of a record).
 */
const slotPattern =
  /\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>|(?<=^|[\s(:,])['"][^'"\n]*['"]|\.{2,}|…|#+|_{2,}|--\w+--|\b(?:[xX]+|[yY]+|[A-Z])\b|(?<!(?<!\d)\()\b\d+\b/g;
/** The prefix of a value glued to its placeholder ("VEN-[XXXXXX]"): part of the value, not a fixed word. */
const gluedValuePrefix = /\b[A-Za-z]{1,5}-(?=\[)/g;
/** A placeholder that names what goes there ("{error_code}", "<invoice number>"). */
const namedPlaceholder = /^[{<]/;
/** Stands for a slot while tokenizing: the tokenizer keeps it as a word, and no text uses it. */
const slotMark = '_slot_';

type Words = Pick<Phrase, 'sequence' | 'slotsAfter' | 'partEnds' | 'colonEnds'>;

/** The phrase's words in order, and after which of them a slot stands or a line or prefix ends. */
function wordsAndMarks(text: string): Words {
  const sequence: string[] = [];
  const slotsAfter = new Set<number>();
  const partEnds = new Set<number>();
  const colonEnds = new Set<number>();
  const slotted = markPartEnds(text)
    .replace(gluedValuePrefix, '')
    // A named placeholder's name is no word of the message; an example value ("'vendor_creation'") is kept.
    .replace(slotPattern, (slot) => ` ${slotMark} ${namedPlaceholder.test(slot) ? '' : slot} ${slotMark} `);
  for (const word of tokenize(slotted)) {
    const previous = sequence.length - 1;
    if (word === slotMark) slotsAfter.add(previous);
    // A prefix made of stop words only ("Sage Intacct Sync Error |") ends no part.
    else if (word === breakMark) {
      if (previous >= 0) partEnds.add(previous);
    } else if (word === colonMark) {
      if (partEnds.has(previous)) colonEnds.add(previous);
    } else sequence.push(word);
  }
  return { sequence, slotsAfter, partEnds, colonEnds };
}

function phrase(text: string, fieldWeight: number, isMessage = false): Phrase {
  const { sequence, slotsAfter, partEnds, colonEnds } = wordsAndMarks(text);
  return {
    text,
    sequence,
    tokens: new Set(sequence),
    wordsBesidesCodes: [...new Set(sequence)].filter((word) => extractCodes(word).length === 0),
    bigrams: sequence.slice(1).map((token, index) => bigram(sequence[index]!, token)),
    slotsAfter,
    partEnds,
    colonEnds,
    fieldWeight,
    isMessage,
    totalWeight: 0,
  };
}

/** The sentences of a message that has several, each as a phrase of its own, if it says enough to stand for it. */
function clausesOf(message: Phrase, idf: Map<string, number>): Clause[] {
  const sentences = message.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (sentences.length < 2) return [];
  return sentences
    .map((sentence) => phrase(sentence, message.fieldWeight, true))
    .map((clause) => ({ ...clause, totalWeight: weightOf(idf, clause.tokens), message }))
    .filter(
      (clause) => clause.sequence.length >= minimumClauseWords && clause.totalWeight >= minimumClauseShare * message.totalWeight,
    );
}

function toEntry(record: SearchRecord): Entry {
  const everything = [record.title, record.summary, ...record.errorMessages, ...record.aliases, ...record.outline];
  const phrases = [
    ...record.errorMessages.map((text) => phrase(text, fieldWeights.message, true)),
    ...record.aliases.map((text) => phrase(text, fieldWeights.alias)),
    phrase(record.title, fieldWeights.title),
  ];
  return {
    record,
    phrases,
    clauses: [],
    phraseTokens: new Set(phrases.flatMap((candidate) => candidate.sequence)),
    allTokens: new Set([...everything.flatMap((text) => tokenize(text)), ...record.bodyCodes.flatMap((code) => tokenize(code))]),
    toolTokens: new Set(record.tools.flatMap((tool) => tokenize(tool))),
    codes: new Set([...record.errorMessages.flatMap((text) => extractCodes(text)), ...record.bodyCodes]),
  };
}

function inverseDocumentFrequencies(entries: Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const token of entry.allTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [token, count] of counts) {
    const weight = Math.log(1 + entries.length / count);
    idf.set(token, wrapperTokens.has(token) ? weight * wrapperTokenWeight : weight);
  }
  return idf;
}

/**
 * The tools' names that name nothing else: a name that a message of an article for other tools uses as a word
 * ("bill" in "Enter a Bill number") is a word of that error too.
 */
function namesOnlyOfTools(entries: Entry[]): Set<string> {
  const names = new Set(entries.flatMap((entry) => [...entry.toolTokens]));
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      if (!phrase.isMessage) continue;
      for (const word of phrase.tokens) if (!entry.toolTokens.has(word)) names.delete(word);
    }
  }
  return names;
}

export function buildSearchIndex(records: SearchRecord[]): SearchIndex {
  const entries = records.map(toEntry);
  const idf = inverseDocumentFrequencies(entries);
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const candidate of entry.phrases) candidate.totalWeight = weightOf(idf, candidate.tokens);
    entry.clauses = entry.phrases.filter((candidate) => candidate.isMessage).flatMap((message) => clausesOf(message, idf));
    for (const token of entry.allTokens) {
      appendTo(postings, token, index);
    }
  });
  const vocabulary = [...idf.keys()].filter((token) => /^[a-z]{4,}$/.test(token));
  const wordsByLetter = new Map<string, string[]>();
  for (const word of vocabulary) appendTo(wordsByLetter, word[0]!, word);
  const spelling = new Map(
    [...wordsByLetter].map(([letter, words]) => [
      letter,
      new Fuse(words, { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 }),
    ]),
  );
  const toolNames = namesOnlyOfTools(entries);
  const longestWord = Math.max(0, ...vocabulary.map((word) => word.length));
  return { entries, idf, postings, toolNames, spelling, longestWord };
}

/** Longest paste we read, before and after Unicode folding; anything after it is ignored so every query is cheap. */
export const MAX_QUERY_LENGTH = 5000;
/** Distinct words of one query that are looked up; a 5,000-character paste rarely has more than a few hundred. */
export const MAX_QUERY_TOKENS = 400;
/** Words of one query kept in order, for matching a message's words in sequence. */
export const MAX_QUERY_SEQUENCE = 800;

/** Sage Intacct's own error numbers ("BL03002128", "DL03000005"). */
const intacctNumber = '(?:BL|XL|PL|GL|DL)\\d{4,8}';

const anyCode = `(?:${intacctNumber}|UJPP\\d{4,8}|INT\\d{3}|GW-\\d{4}|CRE-\\d{4}|XMLGW_JPP\\d{4})`;

/** Intacct and integration error codes. They identify errors, so they survive normalization. */
export const codePattern = new RegExp(`\\b${anyCode}\\b`, 'gi');

const intacctNumberAlone = new RegExp(`^${intacctNumber}$`, 'i');

/**
 * Whether a code is one of Intacct's own error numbers: Intacct prints each with its message, so a user pastes them
 * together. The connectors' codes ("INT993") are often typed beside the user's own words.
 */
export const isIntacctErrorNumber = (code: string): boolean => intacctNumberAlone.test(code);

/** The lines of a paste. U+2028 too: a one-line search field keeps a pasted text's line breaks as line separators. */
export const splitLines = (text: string): string[] => text.split(/\r?\n|\r|\u2028/);

/**
 * A code as a system prints it: in capitals, then its message, a sentence ("BL03002128 Enter a Bill number", "[CRE-3211]
 * Payment … has already been voided."), not the user's own words ("BL03000215 ramp bill was already paid").
 */
const codeBeforeSentence = new RegExp(`\\b(${anyCode})\\b[\\s:"'()[\\]|-]*(?=[A-Z])`, 'g');
/** Words of someone telling what happened to them: system messages say "you". */
export const firstPerson = /\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b/;
/** What a copied message carries and a typed remark rarely does: a sentence's end, a quoted value, a number. */
const copiedMark = /[.!?'"\d[\]]/;

/** An XML tag of an API log: a name, then attributes with values only ("<Vendor ID>" is a placeholder). */
const markupTag =
  /<(\/?)([a-z][\w.:-]{0,60})(?:\s+[\w.:-]{1,60}\s*=\s*(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}'|[^\s"'<>]{1,200})){0,10}\s*(\/?)>/gi;
const closingTag = /<\/([a-z][\w.:-]{0,60})\s*>/gi;

/**
 * The text without the XML tags of an API log ("<description2>Invalid Vendor …</description2>"): glued to a message's
 * first and last words, a tag would take them away with it as one word with a digit, a record number. Closing and
 * empty tags always go; an opening tag where the text closes it too, or where it is glued to a word or another tag
 * (a paste cut off before its closing tag), so a message that names an element ("… missing <senderid> element")
 * keeps it. `closed` may name the tags closed elsewhere in the paste.
 */
function withoutMarkup(text: string, closed = closedTags(text)): string {
  if (!text.includes('<')) return text;
  return text.replace(markupTag, (tag, slash: string, name: string, empty: string, at: number, whole: string) => {
    const glued = /[\w>]/.test(whole[at - 1] ?? ' ') || /[\w<]/.test(whole[at + tag.length] ?? ' ');
    return slash || empty || glued || closed.has(name.toLowerCase()) ? ' ' : tag;
  });
}

const closedTags = (text: string) =>
  new Set(text.includes('</') ? [...text.matchAll(closingTag)].map((found) => found[1]!.toLowerCase()) : []);

/** An API log's elements stand one per line: a line that ends in a tag and the next that starts with one are one. */
const elementLineBreak = /(>)[ \t]*(?:\r?\n|\r|\u2028)[ \t]*(?=<)/g;

/**
 * Intacct's description of an error it gives no details of ("There was an error processing the request."): beside a
 * code it names no other error, so it is no printed message.
 */
const genericDescription = /\bthere was an error processing the request\b\.?/gi;

/**
 * The codes of a text that their message follows on the same line, each with that message (up to the next code): a
 * sentence (`codeBeforeSentence`) that does not speak in the first person ("INT907 Ever since we switched entities …")
 * and looks copied (`copiedMark`). Lines are folded one by one (a no-break space or a dash may stand between a code
 * and its message), so a code that ends its line is followed by nothing, unless the line ends in an XML tag and the
 * next starts with one (an API log's elements, one per line); XML tags, a support id ("DL02000001 [Support ID:
 * Hq3r@9zP~]", a value) and Intacct's generic description are left out.
 */
export function printedMessages(text: string): Map<string, string> {
  const messages = new Map<string, string>();
  const closed = closedTags(text);
  for (const line of splitLines(text.replace(elementLineBreak, '$1 '))) {
    const folded = withoutNonMessages(withoutMarkup(foldUnicode(line), closed));
    for (const found of folded.matchAll(codeBeforeSentence)) {
      const start = found.index + found[0].length;
      // `search` ignores the pattern's global flag: the message ends where the next code starts.
      const next = folded.slice(start).search(codePattern);
      const message = folded.slice(start, next < 0 ? undefined : start + next);
      if (!firstPerson.test(message) && copiedMark.test(message) && !messages.has(found[1]!)) {
        messages.set(found[1]!, message);
      }
    }
  }
  return messages;
}

/** Codes that only wrap the real error (Intacct appends them to many different failures). */
export const wrapperCodes = new Set(['BL01001973', 'XL03000009']);

const emailPattern = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
const urlPattern = /\bhttps?:\/\/\S{1,500}/gi;

/** A support id has no spaces: one without its closing bracket must not take the message after it away. */
const supportIdPattern = /\[support id:\s*[^\]\s]{0,200}\]?/gi;

/** What stands beside a message and is no part of one: a support id, Intacct's generic description. */
const nonMessagePatterns: RegExp[] = [supportIdPattern, genericDescription];
const withoutNonMessages = (text: string) => nonMessagePatterns.reduce((rest, pattern) => rest.replace(pattern, ' '), text);

const variablePartPatterns: RegExp[] = [
  ...nonMessagePatterns,
  emailPattern,
  urlPattern,
  /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\b/gi,
  /[$€£]\s?\d[\d,]{0,15}(?:\.\d{1,4})?/g,
];

/** A zero amount ("a $0 expense") names a kind of error, unlike other amounts, which are per-record values. */
const zeroAmount = /[$€£]\s?0(?:\.0{1,2})?(?![\d.,]*\d)/g;

const stopWords = new Set(
  'a an and are as at be been but by can could do does for from has have how i if in into is it its me my no not of on or our please so that the their then there these this to was we were what when where which why will with you your'
    .split(' ')
    .concat(['error', 'errors', 'sync', 'sage', 'intacct', 'issue', 'problem', 'help', 'fix', 'get', 'getting'])
    // Filler verbs of typed descriptions ("bill says …"): they name no error.
    .concat(['says', 'said', 'saying', 'shows', 'showing', 'keeps', 'got'])
    // What is left of a contraction once the apostrophe splits it ("won't" → "won").
    .concat(['won', 'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'couldn', 'wouldn', 'hasn', 'haven']),
);

export type NormalizedQuery = {
  /** Lower-case text with codes kept and per-user values removed, for display and fuzzy matching. */
  text: string;
  /** Distinct words, and all words in order. */
  tokens: string[];
  sequence: string[];
  /**
   * The words in order, with `breakMark` where a line, a sentence, a prefix or a table column ends, and `valueMark`
   * where a quoted name was removed (or on both sides of one kept: "'On Hold'").
   */
  wordsWithBreaks: string[];
  /** Where in `wordsWithBreaks` a break ends a part (a line, or a prefix: "…workspace:"), not just a sentence. */
  partBreaks: Set<number>;
  codes: string[];
  truncated: boolean;
};

/** Unicode quotes, dashes and spaces become their ASCII forms so pasted and typed text compare equal. */
export function foldUnicode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200D\uFEFF]/g, ' ');
}

export function extractCodes(text: string): string[] {
  return [...new Set((text.match(codePattern) ?? []).map((code) => code.toUpperCase()))];
}

/** The text without e-mail addresses, links and quoted names: what names a value, not the paste's subject. */
export const withoutNamedValues = (text: string): string =>
  text.replace(emailPattern, ' ').replace(urlPattern, ' ').replace(quotedPattern, '$1 ');

/** HTTP statuses that name an error: a refused sign-in (401), and the gateway busy or down (429, 5xx). */
const httpStatusPattern = /^(?:401|429|50[0-4]|52[0-9])$/;

/**
 * Intacct answers some errors with a bare number in parentheses after the message: "… (1037)". A number in
 * parentheses right after another ("1967(13)": expense report 1967, line 13) points to a record instead.
 */
const parenthesisedNumber = /(?<!\d)\((\d{2,6})\)/g;
const parenthesisedToken = /^paren\d{2,6}$/;

/** Numbers that identify an error rather than a record: error codes, gateway HTTP statuses, numbers in parentheses. */
function isSignalNumber(word: string): boolean {
  return extractCodes(word).length > 0 || httpStatusPattern.test(word) || parenthesisedToken.test(word);
}

/** Placeholders that sources write where a value goes ("The term name XXXX is invalid"): slots, not words. */
const placeholderPattern = /^x{2,}$/;

/** Words users type for what the catalogue names otherwise (Intacct calls projects "jobs" in places). */
const synonyms: Record<string, string[]> = {
  job: ['project'],
  jobs: ['project'],
  coa: ['chart', 'account'],
  credentials: ['login', 'password'],
  wrong: ['incorrect'],
  timeout: ['tim', 'out'],
  inactivated: ['inactive'],
  deactivated: ['inactive'],
  // Accountants' shorthand.
  dept: ['department'],
  depts: ['department'],
  acct: ['account'],
  accts: ['account'],
  cc: ['credit', 'card'],
  pmt: ['payment'],
  pmts: ['payment'],
  pymt: ['payment'],
  supplier: ['vendor'],
  suppliers: ['vendor'],
  mandatory: ['requir'],
  retired: ['inactive'],
  archived: ['inactive'],
  pw: ['password'],
  pwd: ['password'],
  creds: ['login', 'password'],
  perms: ['permission'],
  config: ['configuration'],
  si: [],
};

/** Light suffix stripping so "syncing", "synced" and "syncs" meet at "sync". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Words that carry meaning: no stop words, no numbers or record ids, stemmed. Codes are kept whole. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // BILL's old name "Bill.com" is BILL, not the words "bill" and "com".
  const words = text
    .replace(parenthesisedNumber, ' paren$1 ')
    .replace(/\bbill\.com\b/gi, 'bill')
    // A lone "#" is typed for "number" ("the bill # is mandatory"); one before an id goes with the id.
    .replace(/(?<=^|\s)#(?=\s|$)/g, 'number')
    .toLowerCase()
    .split(/[^a-z0-9_]+/);
  for (const word of words) {
    if (word.length < 2 || stopWords.has(word) || placeholderPattern.test(word)) continue;
    if (/\d/.test(word)) {
      if (parenthesisedToken.test(word)) tokens.push(word);
      else if (isSignalNumber(word)) tokens.push(word.toUpperCase());
      continue;
    }
    tokens.push(...(synonyms[word] ?? [stem(word)]));
  }
  return tokens;
}

/** A quote opens after a space or bracket and closes before one, so the apostrophe in "isn't" is not a quote. */
const quotedPattern = /(^|[\s(\[:,])['"]([^'"\n]{1,80})['"](?=$|[\s).,;:!?\]])/g;

/** Stands where a quoted value was, in `NormalizedQuery.wordsWithBreaks`. */
export const valueMark = '_value_';

/**
 * Removes what varies per user (ids, dates, amounts, emails, quoted names), keeping case. Quoted text survives only
 * when every word in it is one the catalogue uses ("On Hold", "User specified"). `markValues` puts `valueMark` where
 * a quoted name was removed, and on both sides of one kept.
 */
export function stripVariableParts(
  raw: string,
  isKnownWord: (token: string) => boolean,
  { markValues = false }: { markValues?: boolean } = {},
): string {
  const gap = markValues ? ` ${valueMark} ` : ' ';
  let text = foldUnicode(raw).replace(zeroAmount, ' zero dollar ');
  for (const pattern of variablePartPatterns) text = text.replace(pattern, ' ');
  return text
    .replace(quotedPattern, (_match, before: string, inner: string) => {
      const words = tokenize(inner);
      if (words.length === 0 || !words.every(isKnownWord)) return `${before}${gap}`;
      // Kept, its words still stand apart as a value where values are marked.
      return markValues ? `${before}${gap}${inner}${gap}` : `${before}${inner}`;
    })
    .replace(/[^\s"'(),;:]+/g, (word, offset: number, whole: string) => {
      const inParentheses =
        whole[offset - 1] === '(' &&
        !/\d/.test(whole[offset - 2] ?? '') &&
        whole[offset + word.length] === ')' &&
        /^\d{2,6}$/.test(word);
      return /\d/.test(word) && !inParentheses && !isSignalNumber(word) ? ' ' : word;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paste folded to ASCII forms and capped at MAX_QUERY_LENGTH. The cap applies again after folding: NFKC turns
 * some single characters into several (U+3389 becomes "kcal"), which would otherwise slip past it.
 */
export function capQuery(raw: unknown): { text: string; truncated: boolean } {
  const input = typeof raw === 'string' ? raw : '';
  const folded = foldUnicode(input.slice(0, MAX_QUERY_LENGTH));
  return {
    text: folded.slice(0, MAX_QUERY_LENGTH),
    truncated: input.length > MAX_QUERY_LENGTH || folded.length > MAX_QUERY_LENGTH,
  };
}

/** Stands for the end of a line or sentence, or a prefix's separator, in `NormalizedQuery.wordsWithBreaks`. */
export const breakMark = '_break_';
/**
 * What ends a message in a paste: a line break, a sentence's end, a colon, a dash between spaces, a pipe, and what
 * separates the columns of a copied table row (a tab, a run of spaces).
 */
const breakPattern = /\r?\n|[.!?:;|](?=\s|$)|\s[-\u2013\u2014]\s|\t| {2,}/g;

/** What ends a part of a message: a line, or a prefix ("INT446 Export Error:", "Sage Intacct Sync Error |"). */
const partEndPattern = /\r?\n|[:|](?=\s|$)|\s[-\u2013\u2014]\s|\t/g;

/** Stands for a break that ends a part while the query is tokenized; `breakMark` replaces it afterwards. */
const partMark = '_part_';
/** Whether one match of `breakPattern` also ends a part (`partEndPattern`). */
const partEndAlone = new RegExp(`^(?:${partEndPattern.source})$`);
const endsPart = (end: string) => partEndAlone.test(end);

/** The text with `breakMark` after each end of a line, sentence, prefix or table column (`partMark` after a part's). */
const markBreaks = (text: string) => text.replace(breakPattern, (end) => `${end} ${endsPart(end) ? partMark : breakMark} `);
/** Follows `breakMark` where a colon ends the part, in `markPartEnds`: a wrapper's or a label's end. */
export const colonMark = '_colon_';
/** The text with `breakMark` after each end of a line or prefix only (and `colonMark` after a colon's). */
export const markPartEnds = (text: string) =>
  text.replace(partEndPattern, (end) => `${end} ${breakMark} ${end === ':' ? colonMark : ''} `);

/** The query as the matcher reads it: capped, stripped of per-user values, lower-cased and tokenized (distinct words, capped). */
export function normalizeQuery(raw: unknown, isKnownWord: (token: string) => boolean = () => false): NormalizedQuery {
  const capped = capQuery(raw);
  const text = stripVariableParts(withoutMarkup(capped.text), isKnownWord).toLowerCase();
  const sequence = tokenize(text).slice(0, MAX_QUERY_SEQUENCE);
  const tokens = [...new Set(sequence)].slice(0, MAX_QUERY_TOKENS);
  const marked = typeof raw === 'string' ? markBreaks(withoutMarkup(raw.slice(0, MAX_QUERY_LENGTH))) : '';
  const stripped = stripVariableParts(capQuery(marked).text, isKnownWord, { markValues: true });
  const marks = tokenize(stripped.toLowerCase()).slice(0, MAX_QUERY_SEQUENCE);
  const partBreaks = new Set(marks.flatMap((word, at) => (word === partMark ? [at] : [])));
  const wordsWithBreaks = marks.map((word) => (word === partMark ? breakMark : word));
  const codes = extractCodes(capped.text);
  return { text, tokens, sequence, wordsWithBreaks, partBreaks, codes, truncated: capped.truncated };
}

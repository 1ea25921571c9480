import type { Article } from './content/parse';
import { extractCodes } from './search/normalize';

/** Families of codes, in the order the code index lists them. */
export const codeFamilies = {
  intacct: 'Sage Intacct API codes (BL, DL, PL, XL, GL)',
  gateway: 'Sage Intacct gateway codes (GW-)',
  expensify: 'Expensify codes (INT)',
  http: 'HTTP status codes from the gateway',
} as const;

export type CodeFamily = keyof typeof codeFamilies;

/** One code and an article that explains it, with the error text that shows it. */
export type CodeEntry = { code: string; family: CodeFamily; slug: string; title: string; message: string };

/** HTTP statuses named in a text ("HTTP 502, 503 or 504", "status code: 401"). */
const httpStatusList = /\b(?:HTTP|status code:?)\s+(\d{3}(?:\s*(?:,|or|and)\s*\d{3})*)/gi;

function httpStatuses(text: string): string[] {
  return [...text.matchAll(httpStatusList)].flatMap((found) => found[1]?.match(/\d{3}/g) ?? []);
}

function familyOf(code: string): CodeFamily {
  if (/^\d{3}$/.test(code)) return 'http';
  if (code.startsWith('GW-')) return 'gateway';
  if (code.startsWith('INT')) return 'expensify';
  return 'intacct';
}

/** The id a code's row carries, so `/codes#INT149` links to it. */
export const codeAnchor = (code: string) => (/^\d/.test(code) ? `HTTP-${code}` : code);

const codesIn = (text: string) => [...extractCodes(text), ...httpStatuses(text)];

/**
 * Every code an article shows, with the article: first the codes of its error texts (with that text); then codes the
 * body of a specific (not generic) article explains that no article's error text carries (with the article's
 * summary), so a passing mention of another article's code never lists this one. Sorted by family, then code.
 */
export function buildCodeIndex(articles: Article[]): CodeEntry[] {
  const entries = new Map<string, CodeEntry>();
  const add = (article: Article, code: string, message: string) => {
    const key = `${code} ${article.slug}`;
    if (!entries.has(key)) entries.set(key, { code, family: familyOf(code), slug: article.slug, title: article.title, message });
  };
  for (const article of articles) {
    for (const message of article.errorMessages) for (const code of codesIn(message.text)) add(article, code, message.text);
  }
  const inErrorTexts = new Set([...entries.values()].map((entry) => entry.code));
  // A generic wrapper article names the codes of errors it wraps as examples of what to look for, not as errors it
  // explains: listing them would send a reader (and the matcher) to an article that has no fix for them.
  for (const article of articles.filter((candidate) => !candidate.generic)) {
    for (const code of codesIn(article.body)) if (!inErrorTexts.has(code)) add(article, code, article.summary);
  }
  const familyOrder = Object.keys(codeFamilies);
  return [...entries.values()].sort(
    (a, b) =>
      familyOrder.indexOf(a.family) - familyOrder.indexOf(b.family) ||
      a.code.localeCompare(b.code) ||
      a.title.localeCompare(b.title),
  );
}

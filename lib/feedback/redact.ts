import { extractCodes, MAX_QUERY_LENGTH, stripVariableParts, tokenize } from '@/lib/search/normalize';

/** What a probable name is replaced with. */
export const redactedName = '[name]';

/** Longest unmatched search we keep: enough to recognise an error, too short to hold a pasted log. */
export const MAX_RECORDED_QUERY = 200;

/**
 * What may be stored of a search that found nothing: record numbers, amounts, dates, emails, support ids and
 * quoted values go (as for matching), and so does any capitalised word the catalogue doesn't use, since those are
 * usually vendor, customer or people's names. The raw paste is never kept.
 */
export function redactQuery(raw: string, isKnownWord: (token: string) => boolean): string {
  const stripped = stripVariableParts(raw.slice(0, MAX_QUERY_LENGTH), isKnownWord);
  return stripped
    .split(' ')
    .map((word) => {
      const letters = word.replace(/[^A-Za-z_]/g, '');
      const looksLikeName = /^[A-Z]/.test(letters) && extractCodes(word).length === 0 && !tokenize(letters).every(isKnownWord);
      return looksLikeName ? redactedName : word;
    })
    .join(' ')
    .replace(/(?:\[name\]\s*)+/g, `${redactedName} `)
    .trim()
    .toLowerCase()
    .slice(0, MAX_RECORDED_QUERY);
}

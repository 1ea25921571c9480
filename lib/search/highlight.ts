import { tokenize } from './normalize';

/** A half-open [start, end) character range to highlight. */
export type Range = [number, number];

/** Ranges of the words in `text` that match one of the query's tokens. */
export function highlightRanges(text: string, queryTokens: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (const word of text.matchAll(/[A-Za-z0-9_]+/g)) {
    const [token] = tokenize(word[0]);
    if (token && queryTokens.has(token)) ranges.push([word.index, word.index + word[0].length]);
  }
  return ranges;
}

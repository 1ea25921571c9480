import { codePattern, extractCodes, wrapperCodes } from './normalize';

/** At most this many parts of one paste are matched on their own; the rest stays with the last part. */
export const MAX_SEGMENTS = 12;

/** Splits one line before each specific error code after the first, so "INT149 … INT093 …" becomes two parts. */
function splitAtCodes(line: string): string[] {
  // Specific error codes (not wrappers) start a new error when a line holds several.
  const starts = [...line.matchAll(codePattern)]
    .filter((found) => !wrapperCodes.has(found[0].toUpperCase()))
    .map((found) => found.index);
  const distinct = new Set(extractCodes(line).filter((code) => !wrapperCodes.has(code)));
  if (distinct.size < 2) return [line];
  return starts.map((start, index) => line.slice(index === 0 ? 0 : start, starts[index + 1] ?? line.length));
}

/**
 * Lines without the blank ones, each line that ends in a colon or a pipe joined to the next: it introduces it
 * ("… trying to synchronize your workspace:", then the error), so the two are one error.
 */
function joinIntroductions(lines: string[]): string[] {
  const joined: string[] = [];
  let introduction = '';
  for (const line of lines.map((text) => text.trim()).filter((text) => text !== '')) {
    const text = introduction ? `${introduction}\n${line}` : line;
    introduction = /[:|]$/.test(line) ? text : '';
    if (!introduction) joined.push(text);
  }
  return introduction ? [...joined, introduction] : joined;
}

/**
 * The parts of a paste that may each be a separate error: its lines (a line ending in a colon with the next), and
 * within a line each specific error code. Blank lines go; parts past MAX_SEGMENTS are joined to the last one, so the
 * work stays bounded.
 */
export function splitErrors(text: string): string[] {
  // U+2028 too: a one-line search field keeps a pasted text's line breaks as line separators.
  const parts = joinIntroductions(text.split(/\r?\n|\r|\u2028/))
    .flatMap(splitAtCodes)
    .map((part) => part.trim())
    .filter((part) => /[A-Za-z]{2}/.test(part));
  if (parts.length <= MAX_SEGMENTS) return parts;
  return [...parts.slice(0, MAX_SEGMENTS - 1), parts.slice(MAX_SEGMENTS - 1).join('\n')];
}

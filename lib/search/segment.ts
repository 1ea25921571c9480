import { codePattern, splitLines, wrapperCodes } from './normalize';

/** At most this many parts of one paste are matched on their own; the rest stays with the last part. */
export const MAX_SEGMENTS = 12;

/** What the SDKs put between the errors they join on one line ("… specified. - XL03000009 The entire …"). */
const joinedErrorSeparator = /[-|\u2013\u2014]\s*$/;
/** The end of a message before a wrapper code: a sentence's end or a closing bracket ("… [Support ID: …] BL01001973"). */
const messageEnd = /[.!?\]]\s*$/;

/**
 * Splits one line where a further error starts, so "INT149 … INT093 …" becomes two parts: at each specific error code
 * after the first when the line holds two or more, at a wrapper code that follows another code after a dash or pipe,
 * as the SDKs join errors ("BL01001973 Invalid Vendor 'V1' specified. - XL03000009 The entire transaction …"), and at
 * a wrapper code after a message's end ("The location 'TX' is invalid. [Support ID: …] BL01001973 Currently, we
 * can't create the transaction"). A wrapper code elsewhere belongs to the text around it.
 */
function splitAtCodes(line: string): string[] {
  const found = [...line.matchAll(codePattern)];
  const isWrapper = (code: RegExpExecArray) => wrapperCodes.has(code[0].toUpperCase());
  const specific = new Set(found.filter((code) => !isWrapper(code)).map((code) => code[0].toUpperCase()));
  const firstSpecific = found.findIndex((code) => !isWrapper(code));
  const startsError = (code: RegExpExecArray, index: number) => {
    if (!isWrapper(code)) return specific.size >= 2 && index > firstSpecific;
    const before = line.slice(0, code.index);
    return (index > 0 && joinedErrorSeparator.test(before)) || messageEnd.test(before);
  };
  const cuts = found.filter(startsError).map((code) => code.index);
  return [0, ...cuts].map((start, index, starts) => line.slice(start, starts[index + 1] ?? line.length));
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
  const parts = joinIntroductions(splitLines(text))
    .flatMap(splitAtCodes)
    .map((part) => part.trim())
    .filter((part) => /[A-Za-z]{2}/.test(part));
  if (parts.length <= MAX_SEGMENTS) return parts;
  return [...parts.slice(0, MAX_SEGMENTS - 1), parts.slice(MAX_SEGMENTS - 1).join('\n')];
}

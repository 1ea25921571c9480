import { extractCodes } from './normalize';

/**
 * Words people use when they describe an error in their own words, and which error messages rarely use: first
 * person, questions, and conversational verbs and contractions.
 */
const ownWordsMarkers =
  /\b(?:i|i'm|im|we|we're|our|my|me|us|cant|wont|doesnt|didnt|isnt|dont|can't|won't|doesn't|didn't|isn't|don't|how|why|keeps?|says?|saying|tried|trying)\b/i;

/** A tool's prefix before a message that starts with a capital ("Post revenue failed: Posting date …"). */
const prefixedMessage = /^[^:\n]{1,40}:\s*["']?[A-Z]/;

/** A message's last sentence ends with a full stop or an exclamation mark; typed descriptions rarely do. */
const endsLikeASentence = /[.!]["')\]]?$/;

/**
 * Whether a one-line query reads as a description in the user's own words rather than a pasted message. It does
 * if it uses first-person or conversational words or asks a question; otherwise it does unless it shows a mark of
 * a message: an error code, a tool's prefix, or a closing full stop or exclamation mark. Casing is no guide: phones
 * capitalise what people type. A described error may match an article's aliases with confidence; a pasted message
 * must hold one of the article's messages to match it with confidence.
 */
export function readsAsOwnWords(text: string): boolean {
  const trimmed = text.trim();
  if (ownWordsMarkers.test(trimmed) || trimmed.includes('?')) return true;
  return extractCodes(trimmed).length === 0 && !prefixedMessage.test(trimmed) && !endsLikeASentence.test(trimmed);
}

import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { redactedName, redactQuery } from './redact';
import { getFeedbackStore } from './server';

/** Stores a search only if nothing matched it confidently; returns what was stored, redacted. */
export function recordSearchMiss(query: string): string | undefined {
  const matcher = getCatalogueMatcher();
  // The browser may already have redacted names to "[name]": that placeholder must not match "term name".
  const words = query.replaceAll(redactedName, ' ');
  if (matcher.match(words).results.some((result) => result.confidence !== 'possible')) return undefined;
  const redacted = redactQuery(query, matcher.isKnownWord);
  if (!redacted) return undefined;
  getFeedbackStore().saveSearchMiss(redacted, new Date());
  return redacted;
}

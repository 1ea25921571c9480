import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { searchMissLimiter } from '@/lib/security/request-limits';
import { redactedName, redactQuery } from './redact';
import { getFeedbackStore } from './server';

/**
 * Stores a search only if nothing matched it confidently, and at most SYNCFIX_SEARCH_MISS_LIMIT a minute per client;
 * returns what was stored, redacted.
 */
export function recordSearchMiss(query: string, client: string): string | undefined {
  const matcher = getCatalogueMatcher();
  // The browser may already have redacted names to "[name]": that placeholder must not match "term name".
  const words = query.replaceAll(redactedName, ' ');
  if (matcher.match(words).results.some((result) => result.confidence !== 'possible')) return undefined;
  const redacted = redactQuery(query, matcher.isKnownWord);
  if (!redacted || !searchMissLimiter().check(client).allowed) return undefined;
  getFeedbackStore().saveSearchMiss(redacted, new Date());
  return redacted;
}

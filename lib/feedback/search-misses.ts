import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { isConfident } from '@/lib/search/confidence';
import { searchMissLimit } from '@/lib/security/request-limits';
import { redactedName, redactQuery } from './redact';
import type { FeedbackStore } from './store';

/**
 * Stores a search only if nothing matched it confidently, and at most SYNCFIX_SEARCH_MISS_LIMIT a minute per client;
 * returns what was stored, redacted.
 */
export async function recordSearchMiss(store: FeedbackStore, query: string, client: string): Promise<string | undefined> {
  const matcher = getCatalogueMatcher();
  // The browser may already have redacted names to "[name]": that placeholder must not match "term name".
  const words = query.replaceAll(redactedName, ' ');
  if (matcher.match(words).results.some(isConfident)) return undefined;
  const redacted = redactQuery(query, matcher.isKnownWord);
  if (!redacted) return undefined;
  const at = new Date();
  if (!(await store.countRequest(searchMissLimit(), client, at)).allowed) return undefined;
  await store.saveSearchMiss(redacted, at);
  return redacted;
}

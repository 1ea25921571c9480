import { useEffect } from 'react';
import { isConfident } from '@/lib/search/confidence';
import { searchLogOptedOut } from './search-log-notice';
import { loadMatcher } from './load-matcher';
import type { SearchState } from './use-search';

/**
 * Once a search has settled on no exact or likely match, sends it, redacted in the browser first, so maintainers
 * learn which errors are missing. Opted-out readers send nothing.
 */
export function useSearchMissReport(query: string, state: SearchState, settleMs = 1500) {
  const settledWithoutMatch =
    state.status === 'ready' && state.response.query === query && !state.response.results.some(isConfident);

  useEffect(() => {
    if (!settledWithoutMatch || !query.trim() || searchLogOptedOut()) return;
    const timer = window.setTimeout(async () => {
      const [{ redactQuery }, matcher] = await Promise.all([import('@/lib/feedback/redact'), loadMatcher()]);
      const redacted = redactQuery(query, matcher.isKnownWord);
      if (!redacted) return;
      await fetch('/api/search-miss', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: redacted }),
      }).catch(() => undefined);
    }, settleMs);
    return () => window.clearTimeout(timer);
  }, [settledWithoutMatch, query, settleMs]);
}

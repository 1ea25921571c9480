import { useEffect, useState } from 'react';
import type { MatchResponse } from '@/lib/search/matcher';
import { loadMatcher } from './load-matcher';

export type SearchState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; response: MatchResponse };

type Answer = { query: string; response?: MatchResponse };

/**
 * Matches `query` in the browser after a short pause in typing. While a newer query is pending, the previous
 * results stay on screen rather than flickering away.
 */
export function useSearch(query: string, limit = 5, tool = '', delayMs = 120): SearchState {
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      loadMatcher().then(
        (matcher) => !cancelled && setAnswer({ query, response: matcher.match(query, limit, { tool }) }),
        () => !cancelled && setAnswer({ query }),
      );
    }, delayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, limit, tool, delayMs]);

  if (!query.trim()) return { status: 'idle' };
  if (answer?.response) return { status: 'ready', response: answer.response };
  if (answer?.query === query) return { status: 'error' };
  return { status: 'loading' };
}

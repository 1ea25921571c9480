import type { Matcher } from '@/lib/search/matcher';
import type { SearchRecord } from '@/lib/search/records';

let pending: Promise<Matcher> | undefined;

/**
 * Fetches the index and the matcher code on first use only, so pages load no search code until someone searches.
 * A failed load is forgotten, so the next keystroke retries.
 */
export function loadMatcher(): Promise<Matcher> {
  pending ??= Promise.all([
    fetch('/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchRecord[]>;
    }),
    import('@/lib/search/matcher'),
  ]).then(([records, { createMatcher }]) => createMatcher(records));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

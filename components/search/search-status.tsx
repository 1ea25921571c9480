import { isConfident } from '@/lib/search/confidence';
import type { SearchState } from './use-search';

/** One line for screen readers and sighted users alike: loading, failed, or how many results. */
export function searchStatusText(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return 'Searching…';
    case 'error':
      return 'Search could not load. Check your connection, or press Enter to search on the server.';
    case 'ready': {
      const count = state.response.results.length;
      if (count === 0) return 'No article matches yet. Try the full error text, including any code.';
      if (state.response.errors.length > 1) return `Your paste holds ${state.response.errors.length} errors`;
      if (!state.response.results.some(isConfident)) {
        return 'No article quotes your exact error. Check the article’s error text against yours.';
      }
      return `${count} ${count === 1 ? 'article matches' : 'articles match'}`;
    }
  }
}

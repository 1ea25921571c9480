import { detailsToSearchParams, type ErrorDetail } from '@/lib/search/details';
import type { MatchResult } from '@/lib/search/matcher';
import { ConfidenceBadge } from './confidence-badge';
import { HighlightedText } from './highlighted-text';

type ResultListProps = { results: MatchResult[]; details: ErrorDetail[] };

/** Carries the values found in the user's error to the article, which can then say "in your case…". */
export function resultHref(result: MatchResult, details: ErrorDetail[]): string {
  const params = detailsToSearchParams(details).toString();
  return params ? `${result.url}?${params}` : result.url;
}

export function ResultList({ results, details }: ResultListProps) {
  return (
    <ol className="space-y-3" data-testid="search-results">
      {results.map((result) => (
        <li key={result.slug}>
          <a
            href={resultHref(result, details)}
            className="block rounded-lg border border-slate-200 p-4 hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700"
          >
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-semibold text-teal-800 dark:text-teal-300">{result.title}</span>
              <ConfidenceBadge confidence={result.confidence} />
            </span>
            <span className="mt-1 block font-mono text-xs text-slate-700 dark:text-slate-300">
              <HighlightedText text={result.matchedMessage} ranges={result.highlights} />
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}

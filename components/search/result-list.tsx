import { detailsToSearchParams, type ErrorDetail } from '@/lib/search/details';
import type { MatchResult } from '@/lib/search/matcher';
import { ResultSummary } from './result-summary';

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
            <ResultSummary result={result} />
          </a>
        </li>
      ))}
    </ol>
  );
}

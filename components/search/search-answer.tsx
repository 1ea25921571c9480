import type { MatchResponse } from '@/lib/search/matcher';
import { ErrorDetails } from './error-details';
import { ResultList } from './result-list';

/** How many articles each error of a multi-error paste lists. */
const resultsPerError = 3;

/** The start of one error's text, enough to recognise it. */
export function errorExcerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 140)}…` : line;
}

/**
 * What a search found: for a single error, its articles and the values it names; for a paste holding several
 * errors, one group per error, each with its own best articles and values.
 */
type SearchAnswerProps = {
  response: MatchResponse;
  headingLevel?: 2 | 3;
  /** Say "Your paste holds N errors" (off where a heading already says it). */
  announce?: boolean;
};

export function SearchAnswer({ response, headingLevel = 3, announce = true }: SearchAnswerProps) {
  if (response.errors.length < 2) {
    return (
      <>
        <ErrorDetails details={response.details} />
        <div className="mt-3">
          <ResultList results={response.results} details={response.details} />
        </div>
      </>
    );
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div data-testid="error-groups">
      {announce ? (
        <p className="font-semibold">Your paste holds {response.errors.length} errors. Here is the fix for each.</p>
      ) : null}
      <ol className="mt-3 space-y-6">
        {response.errors.map((group, index) => (
          <li key={index} data-testid="error-group">
            <section aria-labelledby={`error-group-${index}`}>
              <Heading id={`error-group-${index}`} className="text-sm font-semibold">
                Error {index + 1}: <q className="font-mono font-normal break-words">{errorExcerpt(group.text)}</q>
              </Heading>
              <ErrorDetails details={group.details} />
              <div className="mt-2">
                <ResultList results={group.results.slice(0, resultsPerError)} details={group.details} />
              </div>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}

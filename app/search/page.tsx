import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { NoMatch } from '@/components/search/no-match';
import { ErrorDetails } from '@/components/search/error-details';
import { PasteBox } from '@/components/search/paste-box';
import { SearchLogNotice } from '@/components/search/search-log-notice';
import { ResultList } from '@/components/search/result-list';
import { getArticles } from '@/lib/content';
import { searchLogOptOutCookie } from '@/lib/feedback/search-log';
import { recordSearchMiss } from '@/lib/feedback/search-misses';
import { getCatalogueMatcher } from '@/lib/search/catalogue';

type PageProps = { searchParams: Promise<{ q?: string | string[] }> };

export const metadata: Metadata = {
  title: 'Search',
  description: 'Paste a Sage Intacct sync error and find the article that fixes it.',
  alternates: { canonical: '/search' },
};

export default async function SearchPage({ searchParams }: PageProps) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const response = query.trim() ? getCatalogueMatcher().match(query, 5) : undefined;
  const confident = response?.results.some((result) => result.confidence !== 'possible') ?? false;
  if (response && !confident && (await cookies()).get(searchLogOptOutCookie)?.value !== '1') recordSearchMiss(query);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Find the fix for your error</h1>
      <PasteBox defaultValue={query} />
      <div className="mx-auto max-w-3xl">
        <SearchLogNotice />
      </div>
      {response ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-lg font-semibold">
            {confident
              ? `${response.results.length} ${response.results.length === 1 ? 'article matches' : 'articles match'} your error`
              : 'No article matches your error'}
          </h2>
          {response.truncated ? (
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
              Only the first 5,000 characters of your text were searched.
            </p>
          ) : null}
          <ErrorDetails details={response.details} />
          {confident ? null : <NoMatch articles={getArticles()} />}
          {!confident && response.results.length > 0 ? (
            <h3 className="mt-6 font-semibold">Possible matches, less likely</h3>
          ) : null}
          <div className="mt-4">
            <ResultList results={response.results} details={response.details} />
          </div>
        </section>
      ) : null}
    </div>
  );
}

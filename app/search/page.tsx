import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { NoMatch } from '@/components/search/no-match';
import { PasteBox } from '@/components/search/paste-box';
import { SearchLogNotice } from '@/components/search/search-log-notice';
import { SearchAnswer } from '@/components/search/search-answer';
import { getArticles } from '@/lib/content';
import { searchLogOptOutCookie } from '@/lib/feedback/search-log';
import { recordSearchMiss } from '@/lib/feedback/search-misses';
import { getFeedbackStore } from '@/lib/feedback/server';
import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { isConfident } from '@/lib/search/confidence';
import type { MatchResponse } from '@/lib/search/matcher';
import { isToolId, tools } from '@/lib/tools';
import { clientKey } from '@/lib/security/request-limits';
import { isOwnNavigation } from '@/lib/security/same-origin';

type PageProps = { searchParams: Promise<{ q?: string | string[]; tool?: string | string[] }> };

export const metadata: Metadata = {
  title: 'Search',
  description: 'Paste a Sage Intacct sync error and find the article that fixes it.',
  alternates: { canonical: '/search' },
};

export default async function SearchPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const query = first(params.q) ?? '';
  const requestedTool = first(params.tool) ?? '';
  const tool = isToolId(requestedTool) ? requestedTool : undefined;
  const response = query.trim() ? getCatalogueMatcher().match(query, 5, { tool }) : undefined;
  const confident = response?.results.some(isConfident) ?? false;
  if (response && !confident) await recordMiss(query);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Find the fix for your error</h1>
      <PasteBox defaultValue={query} tool={tool} />
      {requestedTool && !tool ? (
        <p className="mx-auto mt-2 max-w-3xl text-sm text-amber-800 dark:text-amber-300">
          There is no tool called “{requestedTool.slice(0, 40)}”, so results from every tool are shown.
        </p>
      ) : null}
      {tool ? (
        <p className="mx-auto mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Showing only errors from {tools[tool]}.{' '}
          <a href={`/search?q=${encodeURIComponent(query)}`} className="text-link">
            Show every tool
          </a>
        </p>
      ) : null}
      <div className="mx-auto max-w-3xl">
        <SearchLogNotice />
      </div>
      {response ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-lg font-semibold">
            {resultsHeading(response, confident)}
          </h2>
          {response.truncated ? (
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
              Only the first 5,000 characters of your text were searched.
            </p>
          ) : null}
          {!confident && response.results.length > 0 ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="possible-note">
              These articles share words with your search. Before you follow a fix, check that the error shown at the top of the
              article is the one you see.
            </p>
          ) : null}
          <div className="mt-4">
            <SearchAnswer response={response} announce={false} />
          </div>
          {confident ? null : <NoMatch articles={getArticles()} />}
        </section>
      ) : null}
    </div>
  );
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function resultsHeading(response: MatchResponse, confident: boolean): string {
  if (!confident) return response.results.length > 0 ? 'No article quotes your exact error' : 'No article matches your error';
  if (response.errors.length > 1) return `Your paste holds ${response.errors.length} errors: here is the fix for each`;
  const count = response.results.length;
  return `${count} ${count === 1 ? 'article matches' : 'articles match'} your error`;
}

/** Records an unmatched search from the reader's own navigation only: an image or frame on another site never writes. */
async function recordMiss(query: string) {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  if (jar.get(searchLogOptOutCookie)?.value === '1' || !isOwnNavigation(incoming)) return;
  // A search must answer even when the feedback store is down: the miss is only logged then.
  try {
    await recordSearchMiss(await getFeedbackStore(), query, clientKey(incoming));
  } catch (error) {
    console.error(`Search miss not recorded: ${(error as Error).message}`);
  }
}

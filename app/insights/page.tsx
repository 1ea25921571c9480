import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ArticleVotes } from '@/components/insights/article-votes';
import { TrendChart } from '@/components/insights/trend-chart';
import { UnmatchedSearches } from '@/components/insights/unmatched-searches';
import { getArticles } from '@/lib/content';
import { disabledMessage, insightsAccess } from '@/lib/feedback/insights-access';
import { currentInsights } from '@/lib/feedback/server';

export const metadata: Metadata = { title: 'Insights', robots: { index: false, follow: false } };

// Access depends on the request (cookie or token) and the server's environment, never on the build.
export const dynamic = 'force-dynamic';

/** Maintainers only: which fixes work, where readers get stuck, and which errors we lack. */
export default async function InsightsPage() {
  const access = await insightsAccess();
  if (access === 'denied') redirect('/insights/sign-in');
  if (access === 'disabled') {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight">Insights are turned off</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{disabledMessage}</p>
      </div>
    );
  }
  const insights = await currentInsights();
  const titles = Object.fromEntries(getArticles().map((article) => [article.slug, article.title]));
  return (
    <div className="mx-auto max-w-5xl space-y-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Insights</h1>
        <a href="/api/insights/export" className="text-link font-medium" download>
          Export as CSV
        </a>
      </div>
      <TrendChart trend={insights.trend} />
      <ArticleVotes articles={insights.articles} titles={titles} />
      <UnmatchedSearches misses={insights.misses} />
    </div>
  );
}

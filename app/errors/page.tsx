import type { Metadata } from 'next';
import { ArticleGroups } from '@/components/catalogue/article-groups';
import { getArticles } from '@/lib/content';

export const metadata: Metadata = {
  title: 'All errors',
  description: 'Every Sage Intacct sync error SyncFix covers, grouped by what it is about.',
  alternates: { canonical: '/errors' },
};

/** The whole catalogue. It grows with every article, so it lives here rather than on the home page. */
export default function AllErrorsPage() {
  const articles = getArticles();
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">All errors</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Each card shows the error as your tool reports it. Paste yours in the search box to jump straight to its fix.
      </p>
      <ArticleGroups articles={articles} heading={`${articles.length} errors, by topic`} withIndex />
    </div>
  );
}

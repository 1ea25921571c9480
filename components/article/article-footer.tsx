import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/site';

type ArticleFooterProps = { related: Article[]; article: Article };

export function ArticleFooter({ related, article }: ArticleFooterProps) {
  return (
    <div className="mt-10 space-y-8 border-t border-slate-200 pt-8 dark:border-slate-700">
      {related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related" className="text-lg font-semibold">
            Related errors
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {related.map((other) => (
              <li key={other.slug}>
                <a href={articlePath(other.slug)} className="related-card">
                  {other.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-semibold">
          Sources
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {article.sources.map((source) =>
            source.url ? (
              <li key={source.title}>
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="text-link">
                  {source.title}
                </a>
              </li>
            ) : (
              <li key={source.title}>{source.title}</li>
            ),
          )}
        </ul>
      </section>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Last updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>.{' '}
        <span className="print-hidden">
          Not your error?{' '}
          <a href="/troubleshoot" className="text-link">
            Answer a few questions
          </a>{' '}
          or{' '}
          <a href="/search" className="text-link">
            search for yours
          </a>
          .
        </span>
      </p>
    </div>
  );
}

function formatDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
}

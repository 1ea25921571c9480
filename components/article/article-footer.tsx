import type { Article } from '@/lib/content';
import { articlePath, sourceAnchor } from '@/lib/site';

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
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {article.sources.map((source) => (
            <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-20">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="text-link">
                  {source.title}
                </a>
              ) : (
                <>
                  {source.title} <span className="text-slate-600 dark:text-slate-400">(not online: {source.reason})</span>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Last updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>. Checked against sources on{' '}
        <time dateTime={article.reviewed}>{formatDate(article.reviewed)}</time>.{' '}
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

import type { ArticleInsight } from '@/lib/feedback/store';

type ArticleVotesProps = { articles: ArticleInsight[]; titles: Record<string, string> };

export function ArticleVotes({ articles, titles }: ArticleVotesProps) {
  return (
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading" className="text-lg font-semibold">
        Did the fix work?
      </h2>
      {articles.length === 0 ? (
        <p className="mt-2 text-sm">No votes yet.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="article-votes">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-4">
                  Article
                </th>
                <th scope="col" className="py-2 pr-4">
                  Yes
                </th>
                <th scope="col" className="py-2 pr-4">
                  No
                </th>
                <th scope="col" className="py-2 pr-4">
                  Fix rate
                </th>
                <th scope="col" className="py-2">
                  Stuck on (most first)
                </th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.slug} className="border-b border-slate-200 align-top dark:border-slate-700">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <a href={`/errors/${article.slug}`} className="text-link">
                      {titles[article.slug] ?? article.slug}
                    </a>
                  </th>
                  <td className="py-2 pr-4">{article.yes}</td>
                  <td className="py-2 pr-4">{article.no}</td>
                  <td className="py-2 pr-4">{article.fixRate === null ? '–' : `${Math.round(article.fixRate * 100)}%`}</td>
                  <td className="py-2">
                    {article.stuckSteps.map((stuck) => `${stuck.step} (${stuck.count})`).join(', ') || '–'}
                    {article.comments.length > 0 ? (
                      <ul className="mt-1 list-disc pl-4 text-slate-700 dark:text-slate-300">
                        {article.comments.slice(0, 5).map((comment, index) => (
                          <li key={index}>{comment}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

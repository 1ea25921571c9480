import { categories, categoryIds } from '@/lib/categories';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/site';

/** Every article, grouped by category in the order `categories` declares. */
export function Catalogue({ articles }: { articles: Article[] }) {
  const groups = categoryIds
    .map((id) => ({ id, label: categories[id], articles: articles.filter((article) => article.category === id) }))
    .filter((group) => group.articles.length > 0);

  return (
    <section id="catalogue" aria-labelledby="catalogue-heading" className="mt-14">
      <h2 id="catalogue-heading" className="text-xl font-semibold">
        All {articles.length} errors we cover
      </h2>
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-heading`} className="mt-8">
          <h3
            id={`${group.id}-heading`}
            className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
          >
            {group.label}
          </h3>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {group.articles.map((article) => (
              <li key={article.slug}>
                <a
                  href={articlePath(article.slug)}
                  className="block h-full rounded-lg border border-slate-200 p-4 transition-colors hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700"
                >
                  <span className="font-semibold text-teal-800 dark:text-teal-300">{article.title}</span>
                  <span className="mt-2 line-clamp-2 block font-mono text-xs text-slate-700 dark:text-slate-300">
                    {article.errorMessages[0]?.text}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

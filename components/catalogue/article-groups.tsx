import { categories, categoryIds } from '@/lib/categories';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/site';

type ArticleGroupsProps = { articles: Article[]; heading: string; id?: string; withIndex?: boolean };

/** Articles grouped by category in the order `categories` declares, optionally with an index of the groups first. */
export function ArticleGroups({ articles, heading, id = 'catalogue', withIndex = false }: ArticleGroupsProps) {
  const groups = categoryIds
    .map((category) => ({
      id: category,
      label: categories[category],
      articles: articles.filter((article) => article.category === category),
    }))
    .filter((group) => group.articles.length > 0);

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-14">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      {withIndex ? (
        <nav aria-label="Categories" className="mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {groups.map((group) => (
              <li key={group.id}>
                <a href={`#${group.id}`} className="category-chip">
                  {group.label} <span className="text-slate-600 dark:text-slate-400">({group.articles.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-heading`} className="mt-8 scroll-mt-20">
          <h3
            id={`${group.id}-heading`}
            className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
          >
            {group.label} <span className="font-normal">({group.articles.length})</span>
          </h3>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {group.articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** A card shows the first exact error text, or the summary when the catalogue knows only a description. */
function ArticleCard({ article }: { article: Article }) {
  const exact = article.errorMessages.find((message) => message.verbatim);
  return (
    <a
      href={articlePath(article.slug)}
      className="block h-full rounded-lg border border-slate-200 p-4 transition-colors hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700"
    >
      <span className="font-semibold text-teal-800 dark:text-teal-300">{article.title}</span>
      {exact ? (
        <span className="mt-2 line-clamp-2 block font-mono text-xs text-slate-700 dark:text-slate-300">{exact.text}</span>
      ) : (
        <span className="mt-2 line-clamp-2 block text-xs text-slate-700 dark:text-slate-300">{article.summary}</span>
      )}
    </a>
  );
}

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
          <h3 id={`${group.id}-heading`} className="group-heading">
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

/**
 * A card shows the first exact error text, or the summary when the catalogue knows only a description. Its styles
 * live in CSS (`.article-card`): each card is in the HTML and again in the inline React payload, so every class name
 * here would be paid twice per article.
 */
function ArticleCard({ article }: { article: Article }) {
  const exact = article.errorMessages.find((message) => message.verbatim);
  return (
    <a href={articlePath(article.slug)} className="article-card">
      <span>{article.title}</span>
      {exact ? <samp>{exact.text}</samp> : <span>{article.summary}</span>}
    </a>
  );
}

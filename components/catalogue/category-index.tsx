import { categories, categoryIds } from '@/lib/categories';
import type { Article } from '@/lib/content';

/**
 * The home page's way into the catalogue: one link per category to its section of /errors, with a count. Its size
 * depends on the number of categories, not articles, so the home page costs the same however large the catalogue.
 */
export function CategoryIndex({ articles }: { articles: Article[] }) {
  const counts = new Map(categoryIds.map((category) => [category, 0]));
  for (const article of articles) counts.set(article.category, (counts.get(article.category) ?? 0) + 1);
  return (
    <section id="catalogue" aria-labelledby="catalogue-heading" className="mt-14">
      <h2 id="catalogue-heading" className="text-xl font-semibold">
        Browse {articles.length} errors by topic
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {categoryIds
          .filter((category) => (counts.get(category) ?? 0) > 0)
          .map((category) => (
            <li key={category}>
              <a href={`/errors#${category}`} className="article-card">
                <span>{categories[category]}</span>
                <span>
                  {counts.get(category)} {counts.get(category) === 1 ? 'error' : 'errors'}
                </span>
              </a>
            </li>
          ))}
      </ul>
      <p className="mt-6">
        <a href="/errors" className="text-link font-medium">
          See all {articles.length} errors on one page
        </a>
      </p>
    </section>
  );
}

import { categories, categoryIds } from './categories';
import type { Article } from './content';

export const catalogueMarkers = { start: '<!-- catalogue:start -->', end: '<!-- catalogue:end -->' } as const;

/** The README's catalogue section, generated from the articles so it never drifts from content/. */
export function renderCatalogueMarkdown(articles: Article[]): string {
  const sections = categoryIds.flatMap((id) => {
    const inCategory = articles.filter((article) => article.category === id);
    if (inCategory.length === 0) return [];
    const rows = inCategory.map(
      (article) => `| [${article.title}](content/errors/${article.slug}.mdx) | \`${article.slug}\` | ${article.steps.length} |`,
    );
    return [`### ${categories[id]}`, '', '| Article | Slug | Steps |', '| --- | --- | --- |', ...rows, ''];
  });
  return [catalogueMarkers.start, `${articles.length} articles.`, '', ...sections, catalogueMarkers.end].join('\n');
}

/** Replaces the generated section of `readme`; throws if the markers are missing. */
export function replaceCatalogueSection(readme: string, section: string): string {
  const start = readme.indexOf(catalogueMarkers.start);
  const end = readme.indexOf(catalogueMarkers.end);
  if (start < 0 || end < start) throw new Error('README.md lacks the catalogue markers');
  return readme.slice(0, start) + section + readme.slice(end + catalogueMarkers.end.length);
}

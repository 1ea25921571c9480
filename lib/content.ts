import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from './content/parse';
import { validateCatalogue } from './content/validate';

export type { Article, ArticleHeading, ArticleStep } from './content/parse';

/** The one place that reads content/: every article, parsed and validated, in title order. */
export function loadArticles(directory = path.join(process.cwd(), 'content', 'errors')): Article[] {
  // The directory is a parameter (tests pass fixtures), so keep the bundler from tracing the whole project.
  const files = readdirSync(/*turbopackIgnore: true*/ directory)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const articles = files.map((name) => {
    const file = path.join(/*turbopackIgnore: true*/ directory, name);
    return parseArticle(path.relative(process.cwd(), file), readFileSync(file, 'utf8'));
  });
  return validateCatalogue(articles).sort((a, b) => a.title.localeCompare(b.title));
}

let cached: Article[] | undefined;

export function getArticles(): Article[] {
  cached ??= loadArticles();
  return cached;
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/site';

/** What search knows about one article: plain JSON, built at build time and shipped to the browser on demand. */
export type SearchRecord = {
  slug: string;
  title: string;
  url: string;
  category: string;
  summary: string;
  errorMessages: string[];
  aliases: string[];
  /** Section headings and step titles. */
  outline: string[];
};

export function toSearchRecord(article: Article): SearchRecord {
  return {
    slug: article.slug,
    title: article.title,
    url: articlePath(article.slug),
    category: article.category,
    summary: article.summary,
    errorMessages: article.errorMessages,
    aliases: article.aliases,
    outline: [...article.headings.map((heading) => heading.text), ...article.steps.map((step) => step.title)],
  };
}

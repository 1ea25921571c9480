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
  /** The article explains a wrapper message that surrounds other errors: a specific error in the same paste wins. */
  generic: boolean;
};

export function toSearchRecord(article: Article): SearchRecord {
  return {
    slug: article.slug,
    title: article.title,
    url: articlePath(article.slug),
    category: article.category,
    summary: article.summary,
    errorMessages: article.errorMessages.map((message) => message.text),
    aliases: article.aliases,
    outline: [...article.headings.map((heading) => heading.text), ...article.steps.map((step) => step.title)],
    generic: article.generic,
  };
}

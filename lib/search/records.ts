import { buildCodeIndex } from '@/lib/codes';
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
  /** Error codes the article explains in its body that no article's error text carries (see lib/codes.ts). */
  bodyCodes: string[];
  /** Ids of the tools that report this error (lib/tools.ts). */
  tools: string[];
  /** The article explains a wrapper message that surrounds other errors: a specific error in the same paste wins. */
  generic: boolean;
  /**
   * The article quotes a source word for word, a message or a bare code ("DL02000001"): then the words printed after
   * one of its codes can be judged. An article that only describes its messages (GW-0010's) cannot tell.
   */
  quotesVerbatim: boolean;
};

export function toSearchRecord(article: Article, { bodyCodes = [] }: { bodyCodes?: string[] } = {}): SearchRecord {
  return {
    slug: article.slug,
    title: article.title,
    url: articlePath(article.slug),
    category: article.category,
    summary: article.summary,
    errorMessages: article.errorMessages.map((message) => message.text),
    aliases: article.aliases,
    outline: [...article.headings.map((heading) => heading.text), ...article.steps.map((step) => step.title)],
    bodyCodes,
    tools: article.appliesTo.tools,
    generic: article.generic,
    quotesVerbatim: article.errorMessages.some((message) => message.verbatim),
  };
}

/** The search records of a catalogue, each with the codes only its body explains. */
export function toSearchRecords(articles: Article[]): SearchRecord[] {
  const index = buildCodeIndex(articles);
  return articles.map((article) =>
    toSearchRecord(article, {
      bodyCodes: index
        .filter(
          (entry) => entry.slug === article.slug && !article.errorMessages.some((message) => message.text.includes(entry.code)),
        )
        .map((entry) => entry.code),
    }),
  );
}

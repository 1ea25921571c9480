import type { Article } from '@/lib/content';
import { articlePath, site } from '@/lib/site';

/**
 * TechArticle plus HowTo (the fix steps, each with its deep link) for search engines and assistants. Kept lean:
 * React also sends it in the page's inline payload, which counts toward the JavaScript budget.
 */
export function ArticleJsonLd({ article }: { article: Article }) {
  const url = `${site.url}${articlePath(article.slug)}`;
  const data = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        headline: article.title,
        description: article.summary,
        url,
        dateModified: article.updated,
        publisher: { '@type': 'Organization', name: site.name },
      },
      {
        '@type': 'HowTo',
        name: `Fix: ${article.title}`,
        step: article.steps.map((step) => ({ '@type': 'HowToStep', name: step.title, url: `${url}#${step.id}` })),
      },
    ],
  };
  // JSON-LD is data, not script; escaping "<" keeps any text from closing the tag early.
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replaceAll('<', '\\u003c') }} />
  );
}

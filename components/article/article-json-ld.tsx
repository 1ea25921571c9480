import type { Article } from '@/lib/content';
import { articlePath, site } from '@/lib/site';

/** TechArticle plus HowTo (the fix steps, each with its deep link) for search engines and assistants. */
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
        about: article.errorMessages,
        publisher: { '@type': 'Organization', name: site.name },
      },
      {
        '@type': 'HowTo',
        name: `Fix: ${article.title}`,
        description: article.summary,
        step: article.steps.map((step, index) => ({ '@type': 'HowToStep', position: index + 1, name: step.title, url: `${url}#${step.id}` })),
      },
    ],
  };
  // JSON-LD is data, not script; escaping "<" keeps any text from closing the tag early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replaceAll('<', '\\u003c') }} />;
}

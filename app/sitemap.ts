import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content';
import { articlePath, site } from '@/lib/site';

/** Each article with its real last-updated date; the other pages change with the newest article. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = articles
    .map((article) => article.updated)
    .sort()
    .at(-1);
  return [
    { url: `${site.url}/`, lastModified: newest },
    { url: `${site.url}/troubleshoot`, lastModified: newest },
    ...articles.map((article) => ({ url: `${site.url}${articlePath(article.slug)}`, lastModified: article.updated })),
  ];
}

import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content';
import { articlePath, site, toolPath } from '@/lib/site';
import { toolIds } from '@/lib/tools';

/** Each article with its real last-updated date; the other pages change with the newest article. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = articles
    .map((article) => article.updated)
    .sort()
    .at(-1);
  return [
    { url: `${site.url}/`, lastModified: newest },
    { url: `${site.url}/errors`, lastModified: newest },
    { url: `${site.url}/troubleshoot`, lastModified: newest },
    { url: `${site.url}/codes`, lastModified: newest },
    { url: `${site.url}/tools`, lastModified: newest },
    ...toolIds.map((tool) => ({ url: `${site.url}${toolPath(tool)}`, lastModified: newest })),
    ...articles.map((article) => ({ url: `${site.url}${articlePath(article.slug)}`, lastModified: article.updated })),
  ];
}

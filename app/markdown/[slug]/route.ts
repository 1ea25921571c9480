import { getArticle, getArticles, getRelatedArticles } from '@/lib/content';
import { articleToMarkdown } from '@/lib/content/markdown';
import { articlePath, site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

/** Served at /errors/<slug>.md (see the rewrite in next.config.mjs). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return new Response('No such article.\n', { status: 404 });
  const markdown = articleToMarkdown(article, `${site.url}${articlePath(slug)}`, getRelatedArticles(slug));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

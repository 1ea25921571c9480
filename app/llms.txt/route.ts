import { categories, categoryIds } from '@/lib/categories';
import { getArticles } from '@/lib/content';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** An index for AI assistants (llmstxt.org): every article's Markdown version, grouped by category. */
export function GET() {
  const articles = getArticles();
  const sections = categoryIds.flatMap((id) => {
    const inCategory = articles.filter((article) => article.category === id);
    if (inCategory.length === 0) return [];
    return [
      `## ${categories[id]}`,
      '',
      ...inCategory.map((article) => `- [${article.title}](${site.url}/errors/${article.slug}.md): ${article.summary}`),
      '',
    ];
  });
  const text = [
    `# ${site.name}`,
    '',
    `> ${site.description}`,
    '',
    `Search any error text: ${site.url}/api/match?q=<error text>`,
    '',
    ...sections,
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

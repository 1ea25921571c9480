import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { ArticleGroups } from '@/components/catalogue/article-groups';
import { ToolFacts } from '@/components/tools/tool-facts';
import { PasteBox } from '@/components/search/paste-box';
import { getArticles, getToolProfiles } from '@/lib/content';
import { toolPath } from '@/lib/site';
import { isToolId, toolIds, tools } from '@/lib/tools';

type PageProps = { params: Promise<{ tool: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return toolIds.map((tool) => ({ tool }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { tool } = await params;
  if (!isToolId(tool)) return {};
  return {
    title: `${tools[tool]} and Sage Intacct errors`,
    description: `The Sage Intacct sync errors ${tools[tool]} reports, with the fix for each.`,
    alternates: { canonical: toolPath(tool) },
  };
}

export default async function ToolPage({ params }: PageProps) {
  const { tool } = await params;
  if (!isToolId(tool)) notFound();
  const profile = getToolProfiles()[tool];
  const articles = getArticles().filter((article) => article.appliesTo.tools.includes(tool));
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs
        trail={[
          { href: '/', label: 'Home' },
          { href: '/tools', label: 'Tools' },
        ]}
        current={tools[tool]}
      />
      <h1 className="mt-4 text-2xl font-bold tracking-tight">{tools[tool]} and Sage Intacct</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{profile.about}</p>
      <ToolFacts profile={profile} />
      <PasteBox tool={tool} />
      <ArticleGroups articles={articles} heading={`The ${articles.length} errors ${tools[tool]} reports`} id="tool-errors" />
    </div>
  );
}

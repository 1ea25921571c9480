import type { Metadata } from 'next';
import { getArticles } from '@/lib/content';
import { toolPath } from '@/lib/site';
import { toolIds, tools } from '@/lib/tools';

export const metadata: Metadata = {
  title: 'Tools',
  description: 'Sage Intacct sync errors by the tool that reports them: BILL, Expensify, Fyle, Ramp, Nexonia and more.',
  alternates: { canonical: '/tools' },
};

export default function ToolsPage() {
  const articles = getArticles();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-bold tracking-tight">Errors by tool</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Pick the tool that shows the error.</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {toolIds.map((tool) => (
          <li key={tool}>
            <a href={toolPath(tool)} className="related-card">
              {tools[tool]}
              <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">
                {articles.filter((article) => article.appliesTo.tools.includes(tool)).length} errors
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

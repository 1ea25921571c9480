import type { Article } from '@/lib/content';
import { articlePath, site, toolPath } from '@/lib/site';
import { tools } from '@/lib/tools';

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="mt-4">
      <p className="hidden text-sm print:block">{`${site.url}${articlePath(article.slug)}`}</p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{article.title}</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{article.summary}</p>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <div className="flex gap-1">
          <dt className="font-medium">Seen in:</dt>
          <dd>
            {article.appliesTo.tools.map((tool, index) => (
              <span key={tool}>
                {index > 0 ? ', ' : ''}
                <a href={toolPath(tool)} className="text-link">
                  {tools[tool]}
                </a>
              </span>
            ))}{' '}
            with Sage Intacct
          </dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-medium">Setups:</dt>
          <dd>{article.appliesTo.setups.map((setup) => setup.replace('-', ' ')).join(', ')}</dd>
        </div>
      </dl>
    </header>
  );
}

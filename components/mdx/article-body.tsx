import { evaluate } from '@mdx-js/mdx';
import type { ComponentProps } from 'react';
import * as runtime from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/site';
import { mdxComponents } from '@/mdx-components';
import { Step } from './step';
import { Steps } from './steps';

type ArticleBodyProps = { article: Article; redirects: Record<string, string>; related?: Article };

type AuthorProps<T extends (props: never) => unknown> = Pick<Parameters<T>[0], 'id' | 'title' | 'setup' | 'source' | 'children'>;

/** Compiles an article body at build time (pages are prerendered, so this never runs per request). */
export async function ArticleBody({ article, redirects, related }: ArticleBodyProps) {
  const { default: Content } = await evaluate(article.body, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug],
  });
  const checklist = {
    slug: article.slug,
    steps: article.steps.map(({ id, setups }) => ({ id, setups })),
    setupIds: (article.setups ?? []).map((setup) => setup.id),
  };
  const setupOptions = article.setups ?? [];
  const relatedLink = related ? { href: articlePath(related.slug), title: related.title } : undefined;

  return (
    <div className="prose max-w-none prose-slate dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-teal-700 dark:prose-a:text-teal-300 prose-code:before:content-none prose-code:after:content-none">
      <Content
        components={{
          ...mdxComponents,
          Steps: ({ children }: Pick<ComponentProps<typeof Steps>, 'children'>) => (
            <Steps article={checklist} setupOptions={setupOptions} redirects={redirects} related={relatedLink}>
              {children}
            </Steps>
          ),
          Step: (props: AuthorProps<typeof Step>) => (
            <Step {...props} article={checklist} setupOptions={setupOptions} sources={article.sources} />
          ),
        }}
      />
    </div>
  );
}

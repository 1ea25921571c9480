import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { ComponentProps } from 'react';
import type { SetupOption } from '@/lib/content/schema';
import { mdxComponents } from '@/mdx-components';
import { Step } from './step';

type ArticleBodyProps = { source: string; setups: SetupOption[] };

/** Compiles an article body at build time (pages are prerendered, so this never runs per request). */
export async function ArticleBody({ source, setups }: ArticleBodyProps) {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug],
  });
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-teal-700 dark:prose-a:text-teal-300">
      <Content
        components={{
          ...mdxComponents,
          Step: (props: ComponentProps<typeof Step>) => <Step {...props} setupOptions={setups} />,
        }}
      />
    </div>
  );
}

import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/callout';
import { MdxLink } from '@/components/mdx/mdx-link';

/** Elements every article can use; `<Steps>` and `<Step>` are bound to their article in `ArticleBody`. */
export const mdxComponents = { a: MdxLink, Callout } satisfies MDXComponents;

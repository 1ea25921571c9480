import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/callout';
import { MdxLink } from '@/components/mdx/mdx-link';
import { Step } from '@/components/mdx/step';
import { Steps } from '@/components/mdx/steps';

export const mdxComponents = { a: MdxLink, Callout, Step, Steps } satisfies MDXComponents;

import matter from 'gray-matter';
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Heading, Link, Nodes, Root } from 'mdast';
import { ContentError } from './errors';
import { frontmatterSchema, type Frontmatter } from './schema';

export type ArticleStep = {
  id: string;
  title: string;
  setups: string[];
  /** Ids of the article's sources this step rests on (the `source` attribute). */
  sources: string[];
  /** Whether the step names a menu path (`A › B`), which must rest on a source. */
  namesMenuPath: boolean;
};
export type ArticleHeading = { id: string; text: string; depth: number };

export type Article = Frontmatter & {
  slug: string;
  file: string;
  body: string;
  steps: ArticleStep[];
  headings: ArticleHeading[];
  /** Internal links (`/…` or `#…`) in the body, checked against the catalogue. */
  links: string[];
};

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' }>;

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

function stringAttribute(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) {
      return typeof attribute.value === 'string' ? attribute.value : undefined;
    }
  }
  return undefined;
}

function requireAttribute(file: string, element: JsxElement, name: string, index: number): string {
  const value = stringAttribute(element, name);
  if (!value) throw new ContentError(file, `steps[${index}].${name}`, `<Step> needs a string "${name}" attribute`);
  return value;
}

function collectSteps(file: string, tree: Root): ArticleStep[] {
  const steps: ArticleStep[] = [];
  let blocks = 0;
  visit(tree, 'mdxJsxFlowElement', (element: JsxElement) => {
    if (element.name === 'Steps') blocks += 1;
    if (element.name !== 'Step') return;
    const index = steps.length;
    steps.push({
      id: requireAttribute(file, element, 'id', index),
      title: requireAttribute(file, element, 'title', index),
      setups: (stringAttribute(element, 'setup') ?? '').split(/\s+/).filter(Boolean),
      sources: (stringAttribute(element, 'source') ?? '').split(/\s+/).filter(Boolean),
      namesMenuPath: textOf(element).includes('›'),
    });
  });
  // One checklist per article: progress, sharing and numbering all assume it.
  if (blocks !== 1) throw new ContentError(file, 'body', `the fix needs exactly one <Steps> block, found ${blocks}`);
  return steps;
}

/** Heading ids follow github-slugger, the same rule rehype-slug applies when the page renders. */
function collectHeadings(tree: Root): ArticleHeading[] {
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    const text = textOf(heading);
    headings.push({ id: slugger.slug(text), text, depth: heading.depth });
  });
  return headings;
}

function collectInternalLinks(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'link', (link: Link) => {
    if (link.url.startsWith('/') || link.url.startsWith('#')) links.push(link.url);
  });
  return links;
}

function parseFrontmatter(file: string, data: Record<string, unknown>): Frontmatter {
  // YAML turns unquoted dates into Date objects; the schema expects the ISO day.
  const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
  const result = frontmatterSchema.safeParse({ ...data, updated: isoDay(data.updated), reviewed: isoDay(data.reviewed) });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || '(frontmatter)';
  throw new ContentError(file, field, issue?.message ?? 'invalid frontmatter');
}

function parseBody(file: string, body: string): Root {
  try {
    return mdxParser.parse(body);
  } catch (error) {
    throw new ContentError(file, 'body', error instanceof Error ? error.message : String(error));
  }
}

/** Parses one article file; `file` is the path shown in error messages. */
export function parseArticle(file: string, source: string): Article {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const { data, content } = matter(source);
  const frontmatter = parseFrontmatter(file, data);
  const tree = parseBody(file, content);
  return {
    ...frontmatter,
    slug,
    file,
    body: content,
    steps: collectSteps(file, tree),
    headings: collectHeadings(tree),
    links: collectInternalLinks(tree),
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from './content/parse';
import { checkPublishedSteps, parseStepRegistry, type StepRegistry } from './content/step-registry';
import { validateCatalogue } from './content/validate';
import { ContentError } from './content/errors';
import { toolProfilesSchema, type ToolProfiles } from './content/tool-profiles';
import { parseTree, validateTree, type Tree } from './troubleshooter/tree';

export type { Article, ArticleHeading, ArticleStep } from './content/parse';

/** The one place that reads content/: every article, parsed and validated, in title order. */
export function loadArticles(directory = path.join(process.cwd(), 'content', 'errors')): Article[] {
  // The directory is a parameter (tests pass fixtures), so keep the bundler from tracing the whole project.
  const files = readdirSync(/*turbopackIgnore: true*/ directory)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const articles = files.map((name) => {
    const file = path.join(/*turbopackIgnore: true*/ directory, name);
    return parseArticle(path.relative(process.cwd(), file), readFileSync(file, 'utf8'));
  });
  return validateCatalogue(articles).sort((a, b) => a.title.localeCompare(b.title));
}

export function loadStepRegistry(): StepRegistry {
  return parseStepRegistry(readFileSync(path.join(process.cwd(), 'content', 'step-ids.json'), 'utf8'));
}

let cached: Article[] | undefined;
let registry: StepRegistry | undefined;

/** The shipped articles; also checks that no published step link has broken. */
export function getArticles(): Article[] {
  if (!cached) {
    const articles = loadArticles();
    registry = loadStepRegistry();
    checkPublishedSteps(articles, registry);
    cached = articles;
  }
  return cached;
}

/** Retired step ids of one article and the steps they now point to. */
export function getStepRedirects(slug: string): Record<string, string> {
  getArticles();
  return registry?.redirects[slug] ?? {};
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** Related articles both ways: those this one declares, then those that declare it. */
export function getRelatedArticles(slug: string): Article[] {
  const articles = getArticles();
  const declared = getArticle(slug)?.related ?? [];
  const incoming = articles.filter((other) => other.related.includes(slug)).map((other) => other.slug);
  return [...new Set([...declared, ...incoming])].flatMap((related) => getArticle(related) ?? []);
}

let troubleshooter: Tree | undefined;

/** The troubleshooter's question tree, checked against the articles it leads to. */
export function getTroubleshooter(): Tree {
  troubleshooter ??= validateTree(
    parseTree(JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'troubleshooter.json'), 'utf8'))),
    getArticles(),
  );
  return troubleshooter;
}

let toolProfiles: ToolProfiles | undefined;

/** What each tool calls its sync user and where its sync settings live, each fact with its source. */
export function getToolProfiles(): ToolProfiles {
  if (!toolProfiles) {
    const file = 'content/tools.json';
    const result = toolProfilesSchema.safeParse(JSON.parse(readFileSync(path.join(process.cwd(), file), 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ContentError(file, issue?.path.join('.') || '(root)', issue?.message ?? 'invalid');
    }
    toolProfiles = result.data;
  }
  return toolProfiles;
}

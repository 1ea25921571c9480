import { ContentError } from './errors';
import type { Article } from './parse';
import { toolIds } from '@/lib/tools';

/** Pages outside content/ that articles may link to. */
const sitePaths = new Set(['/', '/search', '/troubleshoot', '/codes', '/tools', ...toolIds.map((tool) => `/tools/${tool}`)]);

function anchorsOf(article: Article): Set<string> {
  return new Set([...article.headings.map((heading) => heading.id), ...article.steps.map((step) => step.id)]);
}

function checkUniqueSlugs(articles: Article[]) {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const other = seen.get(article.slug);
    if (other) throw new ContentError(article.file, 'slug', `"${article.slug}" is also used by ${other}`);
    seen.set(article.slug, article.file);
  }
}

function checkSteps(article: Article) {
  if (article.steps.length === 0) throw new ContentError(article.file, 'steps', 'the fix needs at least one <Step>');
  const declaredSetups = new Set((article.setups ?? []).map((setup) => setup.id));
  const headingIds = new Set(article.headings.map((heading) => heading.id));
  const seen = new Set<string>();
  article.steps.forEach((step, index) => {
    const field = `steps[${index}].id`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(step.id)) throw new ContentError(article.file, field, `"${step.id}" must be kebab-case`);
    if (seen.has(step.id)) throw new ContentError(article.file, field, `duplicate step id "${step.id}"`);
    if (headingIds.has(step.id)) throw new ContentError(article.file, field, `"${step.id}" clashes with a heading id`);
    seen.add(step.id);
    for (const setup of step.setups) {
      if (!declaredSetups.has(setup)) {
        throw new ContentError(article.file, `steps[${index}].setup`, `"${setup}" is not declared in frontmatter setups`);
      }
    }
  });
}

/** Every error text and every step that cites a source must name one the article lists; menu paths must cite one. */
function checkProvenance(article: Article) {
  const sourceIds = new Set<string>();
  article.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) throw new ContentError(article.file, `sources[${index}].id`, `duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  });
  article.errorMessages.forEach((message, index) => {
    if (!sourceIds.has(message.source)) {
      throw new ContentError(article.file, `errorMessages[${index}].source`, `no entry of sources has the id "${message.source}"`);
    }
  });
  article.steps.forEach((step, index) => {
    const field = `steps[${index}].source`;
    for (const id of step.sources) {
      if (!sourceIds.has(id)) throw new ContentError(article.file, field, `no entry of sources has the id "${id}"`);
    }
    if (step.namesMenuPath && step.sources.length === 0) {
      throw new ContentError(article.file, field, `step "${step.id}" names a menu path (›) but cites no source`);
    }
  });
}

function checkRelated(article: Article, bySlug: Map<string, Article>) {
  article.related.forEach((slug, index) => {
    const field = `related[${index}]`;
    if (slug === article.slug) throw new ContentError(article.file, field, 'an article cannot be related to itself');
    if (!bySlug.has(slug)) throw new ContentError(article.file, field, `no article has the slug "${slug}"`);
  });
}

function checkLink(article: Article, link: string, bySlug: Map<string, Article>) {
  const [path = '', anchor] = link.split('#', 2);
  const fail = (detail: string) => {
    throw new ContentError(article.file, `link ${link}`, detail);
  };
  if (path === '') {
    if (!anchor || !anchorsOf(article).has(anchor)) fail('no heading or step in this article has that id');
    return;
  }
  const errorPath = /^\/errors\/([^/?]+)$/.exec(path);
  if (!errorPath) {
    if (!sitePaths.has(path.split('?')[0] ?? '')) fail('no such page');
    return;
  }
  const target = bySlug.get(errorPath[1] ?? '');
  if (!target) return fail(`no article has the slug "${errorPath[1]}"`);
  if (anchor && !anchorsOf(target).has(anchor)) fail(`${target.file} has no heading or step "${anchor}"`);
}

/** Cross-article checks; throws the first problem found, naming the file and field. */
export function validateCatalogue(articles: Article[]): Article[] {
  checkUniqueSlugs(articles);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const article of articles) {
    checkSteps(article);
    checkProvenance(article);
    checkRelated(article, bySlug);
    for (const link of article.links) checkLink(article, link, bySlug);
  }
  return articles;
}

import { z } from 'zod';
import { ContentError } from './errors';
import type { Article } from './parse';

/**
 * Every step id ever published, and where retired ones now point. People share step links, so an id may only
 * disappear with a redirect to a step that exists.
 */
export const stepRegistrySchema = z
  .object({
    published: z.record(z.string(), z.array(z.string())),
    redirects: z.record(z.string(), z.record(z.string(), z.string())),
  })
  .strict();

export type StepRegistry = z.infer<typeof stepRegistrySchema>;

export const stepRegistryFile = 'content/step-ids.json';

export function parseStepRegistry(json: string): StepRegistry {
  const result = stepRegistrySchema.safeParse(JSON.parse(json));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(stepRegistryFile, issue?.path.join('.') || '(root)', issue?.message ?? 'invalid');
  }
  return result.data;
}

/** Fails when a published step id vanished without a redirect, or a redirect points nowhere. */
export function checkPublishedSteps(articles: Article[], registry: StepRegistry): void {
  const bySlug = new Map(articles.map((article) => [article.slug, new Set(article.steps.map((step) => step.id))]));
  for (const [slug, ids] of Object.entries(registry.published)) {
    const current = bySlug.get(slug);
    if (!current) throw new ContentError(stepRegistryFile, `published.${slug}`, 'this published article no longer exists');
    for (const id of ids) {
      if (current.has(id)) continue;
      const target = registry.redirects[slug]?.[id];
      if (!target) {
        throw new ContentError(stepRegistryFile, `published.${slug}`, `step "${id}" was published but is gone: add a redirect under redirects.${slug}`);
      }
      if (!current.has(target)) throw new ContentError(stepRegistryFile, `redirects.${slug}.${id}`, `points to "${target}", which does not exist`);
    }
  }
}

/** Steps that exist but were never registered: `npm run steps:publish` adds them. */
export function unpublishedSteps(articles: Article[], registry: StepRegistry): string[] {
  return articles.flatMap((article) =>
    article.steps.filter((step) => !registry.published[article.slug]?.includes(step.id)).map((step) => `${article.slug}#${step.id}`),
  );
}

export function withCurrentSteps(articles: Article[], registry: StepRegistry): StepRegistry {
  const published = { ...registry.published };
  for (const article of articles) {
    const known = published[article.slug] ?? [];
    published[article.slug] = [...known, ...article.steps.map((step) => step.id).filter((id) => !known.includes(id))];
  }
  return { ...registry, published: Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b))) };
}

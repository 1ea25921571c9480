import { z } from 'zod';
import type { Article } from '@/lib/content';

export const MAX_BODY_BYTES = 8 * 1024;

export const voteSchema = z
  .object({
    slug: z.string().min(1).max(100),
    helpful: z.boolean(),
    stuckStep: z.string().min(1).max(100).optional(),
    comment: z.string().trim().max(1000, 'must be 1,000 characters or fewer').optional(),
    /** Chosen by the browser, so a reader can change their vote. */
    voteId: z.uuid().optional(),
  })
  .strict();

export const searchMissSchema = z.object({ query: z.string().trim().min(1).max(5000) }).strict();

export type VoteRequest = z.infer<typeof voteSchema>;

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid request';
}

export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'The body must be JSON.' };
  }
}

/** Checks the shape, then that the article and step exist. */
export function validateVote(input: unknown, articles: Article[]): Result<VoteRequest> {
  const parsed = voteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describe(parsed.error) };
  const article = articles.find((candidate) => candidate.slug === parsed.data.slug);
  if (!article) return { ok: false, error: `slug: no article "${parsed.data.slug.slice(0, 100)}"` };
  const { stuckStep } = parsed.data;
  if (stuckStep && !article.steps.some((step) => step.id === stuckStep))
    return { ok: false, error: `stuckStep: no step "${stuckStep}" in ${article.slug}` };
  if (stuckStep && parsed.data.helpful) return { ok: false, error: 'stuckStep: only a "not helpful" vote can name a step' };
  return { ok: true, value: parsed.data };
}

export function validateSearchMiss(input: unknown): Result<{ query: string }> {
  const parsed = searchMissSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describe(parsed.error) };
}

/** HTML forms post strings; this turns a form into the JSON shape the API validates. */
export function formToVote(form: URLSearchParams): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return value !== null && value.trim() !== '' ? value : undefined;
  };
  const helpful = text('helpful');
  return {
    slug: text('slug'),
    helpful: helpful === 'true' ? true : helpful === 'false' ? false : helpful,
    stuckStep: text('stuckStep'),
    comment: text('comment'),
  };
}

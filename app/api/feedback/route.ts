import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { getArticles } from '@/lib/content';
import { rateLimited, readBodyCapped, withFeedbackStore } from '@/lib/feedback/http';
import { jsonError } from '@/lib/security/responses';
import type { FeedbackStore } from '@/lib/feedback/store';
import { formToVote, MAX_BODY_BYTES, parseJson, validateVote, type VoteRequest } from '@/lib/feedback/validate';
import { seeOther, secureCookies } from '@/lib/security/responses';
import { crossSiteRefusal, isJsonRequest } from '@/lib/security/same-origin';

const voterCookie = 'syncfix_voter';

/** Where a form post returns to: the article, with the outcome for the page to show. */
function backToArticle(slug: string, outcome: 'thanks' | 'error') {
  return seeOther(`/errors/${slug}#feedback-${outcome}`);
}

function save(store: FeedbackStore, vote: VoteRequest, voteId: string) {
  return store.saveVote(
    { voteId, slug: vote.slug, helpful: vote.helpful, stuckStep: vote.stuckStep, comment: vote.comment || undefined },
    new Date(),
  );
}

/**
 * POST /api/feedback: "Did this fix your sync?" as JSON `{ slug, helpful, stuckStep?, comment?, voteId? }`, or as
 * the article's plain HTML form. Sending the same voteId again (or, for forms, from the same browser) changes the vote.
 */
export async function POST(request: Request) {
  return crossSiteRefusal(request.headers) ?? withFeedbackStore((store) => handleVote(request, store));
}

async function handleVote(request: Request, store: FeedbackStore): Promise<Response> {
  const limited = await rateLimited(request, store);
  if (limited) return limited;
  const isForm = (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
  if (!isForm && !isJsonRequest(request.headers)) {
    return jsonError(415, 'Send the vote as JSON with "Content-Type: application/json", or from the article\'s form.');
  }
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (body === undefined) return jsonError(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`);

  if (isForm) {
    const input = formToVote(new URLSearchParams(body));
    const result = validateVote(input, getArticles());
    const slug =
      typeof input.slug === 'string' && getArticles().some((article) => article.slug === input.slug) ? input.slug : undefined;
    if (!result.ok) return slug ? backToArticle(slug, 'error') : jsonError(400, result.error);
    const voter = (await cookies()).get(voterCookie)?.value ?? randomUUID();
    try {
      await save(store, result.value, `${voter}/${result.value.slug}`);
    } catch (error) {
      console.error(`Vote not saved: ${(error as Error).message}`);
      return backToArticle(result.value.slug, 'error');
    }
    const response = backToArticle(result.value.slug, 'thanks');
    response.cookies.set(voterCookie, voter, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies(request),
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
    });
    return response;
  }

  const parsed = parseJson(body);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const result = validateVote(parsed.value, getArticles());
  if (!result.ok) return jsonError(400, result.error);
  const voteId = result.value.voteId ?? randomUUID();
  await save(store, result.value, voteId);
  return Response.json({ ok: true, voteId }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}

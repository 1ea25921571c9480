import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getArticles } from '@/lib/content';
import { jsonError, rateLimited, readBodyCapped } from '@/lib/feedback/http';
import { getFeedbackStore } from '@/lib/feedback/server';
import { formToVote, MAX_BODY_BYTES, parseJson, validateVote, type VoteRequest } from '@/lib/feedback/validate';

const voterCookie = 'syncfix_voter';

/** Where a form post returns to: the article, with the outcome for the page to show. */
function backToArticle(request: Request, slug: string, outcome: 'thanks' | 'error') {
  return NextResponse.redirect(new URL(`/errors/${slug}#feedback-${outcome}`, request.url), 303);
}

function save(vote: VoteRequest, voteId: string) {
  getFeedbackStore().saveVote(
    { voteId, slug: vote.slug, helpful: vote.helpful, stuckStep: vote.stuckStep, comment: vote.comment || undefined },
    new Date(),
  );
}

/**
 * POST /api/feedback: "Did this fix your sync?" as JSON `{ slug, helpful, stuckStep?, comment?, voteId? }`, or as
 * the article's plain HTML form. Sending the same voteId again (or, for forms, from the same browser) changes the vote.
 */
export async function POST(request: Request) {
  const limited = rateLimited(request);
  if (limited) return limited;
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (body === undefined) return jsonError(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  const isForm = (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded');

  if (isForm) {
    const input = formToVote(new URLSearchParams(body));
    const result = validateVote(input, getArticles());
    const slug =
      typeof input.slug === 'string' && getArticles().some((article) => article.slug === input.slug) ? input.slug : undefined;
    if (!result.ok) return slug ? backToArticle(request, slug, 'error') : jsonError(400, result.error);
    const voter = (await cookies()).get(voterCookie)?.value ?? randomUUID();
    save(result.value, `${voter}/${result.value.slug}`);
    const response = backToArticle(request, result.value.slug, 'thanks');
    response.cookies.set(voterCookie, voter, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 });
    return response;
  }

  const parsed = parseJson(body);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const result = validateVote(parsed.value, getArticles());
  if (!result.ok) return jsonError(400, result.error);
  const voteId = result.value.voteId ?? randomUUID();
  save(result.value, voteId);
  return Response.json({ ok: true, voteId }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}

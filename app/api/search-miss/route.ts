import { cookies } from 'next/headers';
import { rateLimited, readBodyCapped, withFeedbackStore } from '@/lib/feedback/http';
import type { FeedbackStore } from '@/lib/feedback/store';
import { jsonError } from '@/lib/security/responses';
import { searchLogOptOutCookie } from '@/lib/feedback/search-log';
import { recordSearchMiss } from '@/lib/feedback/search-misses';
import { MAX_BODY_BYTES, parseJson, validateSearchMiss } from '@/lib/feedback/validate';
import { clientKey } from '@/lib/security/request-limits';
import { crossSiteRefusal, isJsonRequest } from '@/lib/security/same-origin';

/**
 * POST /api/search-miss `{ "query" }`: records a search that found no exact or likely article, redacted. The server
 * checks the match itself and redacts again, whatever the client sent; an opted-out browser is never recorded.
 */
export async function POST(request: Request) {
  return crossSiteRefusal(request.headers) ?? withFeedbackStore((store) => handleSearchMiss(request, store));
}

async function handleSearchMiss(request: Request, store: FeedbackStore): Promise<Response> {
  const limited = await rateLimited(request, store);
  if (limited) return limited;
  if (!isJsonRequest(request.headers)) return jsonError(415, 'Send the search as JSON with "Content-Type: application/json".');
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (body === undefined) return jsonError(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  const parsed = parseJson(body);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const result = validateSearchMiss(parsed.value);
  if (!result.ok) return jsonError(400, result.error);
  const optedOut = (await cookies()).get(searchLogOptOutCookie)?.value === '1';
  const recorded = optedOut ? undefined : await recordSearchMiss(store, result.value.query, clientKey(request.headers));
  return Response.json(
    { recorded: recorded !== undefined, ...(recorded ? { stored: recorded } : {}) },
    { status: recorded ? 201 : 200, headers: { 'Cache-Control': 'no-store' } },
  );
}

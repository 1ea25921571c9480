import { clientKey, tooManyRequestsJson, writeLimit } from '@/lib/security/request-limits';
import { jsonError } from '@/lib/security/responses';
import { getFeedbackStore } from './server';
import type { FeedbackStore } from './store';

/** Reads at most `maxBytes` of the body; `undefined` when it is larger, so a huge body never fills memory. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return undefined;
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Answers a rate-limited client, or returns undefined to go on. */
export async function rateLimited(request: Request, store: FeedbackStore): Promise<Response | undefined> {
  const { allowed, retryAfterSeconds } = await store.countRequest(writeLimit(), clientKey(request.headers), new Date());
  return allowed ? undefined : tooManyRequestsJson(retryAfterSeconds);
}

/**
 * Runs a write with the feedback store. If the store cannot be reached or fails, the client gets 503 and is told
 * nothing was saved: it never hears "saved" for a write that was not committed.
 */
export async function withFeedbackStore(write: (store: FeedbackStore) => Promise<Response>): Promise<Response> {
  try {
    return await write(await getFeedbackStore());
  } catch (error) {
    console.error(`Feedback store failed: ${(error as Error).message}`);
    return jsonError(503, 'This could not be saved right now. Nothing was stored; please try again in a minute.', {
      'Retry-After': '30',
    });
  }
}

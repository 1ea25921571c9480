import { createRateLimiter } from './rate-limit';

/** One limiter per server process for all feedback endpoints: SYNCFIX_RATE_LIMIT requests a minute per client. */
export const feedbackRateLimiter = createRateLimiter({ limit: Number(process.env.SYNCFIX_RATE_LIMIT ?? 30), windowMs: 60_000 });

/** The client's address as the proxy in front reports it; used in memory for rate limiting only, never stored. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip') || 'direct';
}

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

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
export function rateLimited(request: Request): Response | undefined {
  const { allowed, retryAfterSeconds } = feedbackRateLimiter.check(clientKey(request));
  if (allowed) return undefined;
  return jsonError(429, `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    'Retry-After': String(retryAfterSeconds),
  });
}

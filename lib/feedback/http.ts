import { clientKey, tooManyRequestsJson, writeLimiter } from '@/lib/security/request-limits';

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
  const { allowed, retryAfterSeconds } = writeLimiter().check(clientKey(request.headers));
  return allowed ? undefined : tooManyRequestsJson(retryAfterSeconds);
}

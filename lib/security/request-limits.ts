import { sharedRateLimiter } from '@/lib/feedback/rate-limit';
import type { RequestLimit } from '@/lib/feedback/store';
import { clientAddressHeader } from './client-address.mjs';
import { jsonError } from './responses';

const perMinute = (variable: string | undefined, fallback: number) => {
  const value = Number(variable ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/**
 * Writes (votes, search misses, insights sign-in): SYNCFIX_RATE_LIMIT requests a minute per client. Counted by the
 * feedback store: in memory with SQLite, in the database (one limit for every server) with PostgreSQL.
 */
export const writeLimit = (): RequestLimit => ({
  name: 'writes',
  limit: perMinute(process.env.SYNCFIX_RATE_LIMIT, 30),
  windowMs: 60_000,
});

/** Unmatched searches stored: SYNCFIX_SEARCH_MISS_LIMIT a minute per client (one by default); counted like writes. */
export const searchMissLimit = (): RequestLimit => ({
  name: 'search-misses',
  limit: perMinute(process.env.SYNCFIX_SEARCH_MISS_LIMIT, 1),
  windowMs: 60_000,
});

/**
 * Server-side search (/api/match, /search with a query): SYNCFIX_SEARCH_RATE_LIMIT a minute per client, counted in
 * each server's memory. It protects that server's one thread; why it is not shared is in the README.
 */
export const searchLimiter = () =>
  sharedRateLimiter('search', { limit: perMinute(process.env.SYNCFIX_SEARCH_RATE_LIMIT, 60), windowMs: 60_000 });

/**
 * The client key scripts/server.mjs put on the request (the socket address, or the trusted proxy hop). Without it
 * (a server started some other way) every client shares one key: limits then err on the strict side.
 */
export function clientKey(headers: Headers): string {
  return headers.get(clientAddressHeader) ?? 'unknown';
}

export function tooManyRequestsJson(retryAfterSeconds: number): Response {
  return jsonError(429, `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    'Retry-After': String(retryAfterSeconds),
  });
}

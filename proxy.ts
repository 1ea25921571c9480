import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, scriptSourcesFor, type ScriptHashes } from '@/lib/security/csp';
import { clientKey, searchLimiter, tooManyRequestsJson } from '@/lib/security/request-limits';

const development = process.env.NODE_ENV === 'development';

/** Written after the build by scripts/csp-hashes.mjs; ignored in development, where pages are not prerendered. */
function loadScriptHashes(): ScriptHashes | undefined {
  if (development) return undefined;
  try {
    return JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8')) as ScriptHashes;
  } catch {
    console.warn("No .next/csp-hashes.json: scripts fall back to 'unsafe-inline'. Build with `npm run build`.");
    return undefined;
  }
}

const hashes = loadScriptHashes();
/** Policies of prerendered pages never change after the build, so each is built once. */
const staticPolicies = new Map<string, string>();

/** Server-side searches: the JSON API, and the search page when it has a query to run. */
function isServerSearch(request: NextRequest): boolean {
  const { pathname, searchParams } = request.nextUrl;
  return pathname === '/api/match' || (pathname === '/search' && (searchParams.get('q') ?? '').trim() !== '');
}

/** A search past the client's limit gets 429 with Retry-After, before any matching runs. */
function searchRefusal(request: NextRequest): Response | undefined {
  if (!isServerSearch(request)) return undefined;
  const { allowed, retryAfterSeconds } = searchLimiter().check(clientKey(request.headers));
  if (allowed) return undefined;
  if (request.nextUrl.pathname.startsWith('/api/')) return tooManyRequestsJson(retryAfterSeconds);
  const message = `You have searched a lot in a short time. Please wait ${retryAfterSeconds} seconds, then try again.`;
  return new Response(
    `<!doctype html><html lang="en"><title>Too many searches - SyncFix</title><meta name="viewport" content="width=device-width"><main style="font:16px/1.5 system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>Too many searches</h1><p>${message}</p><p><a href="/">Back to SyncFix</a></p></main></html>`,
    {
      status: 429,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': String(retryAfterSeconds),
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
    },
  );
}

/**
 * Refuses searches past the client's rate limit, then sets each page's Content-Security-Policy: hashes for
 * prerendered pages, a fresh nonce for the rest.
 */
export function proxy(request: NextRequest) {
  const refused = searchRefusal(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const cached = staticPolicies.get(pathname);
  if (cached) return withPolicy(NextResponse.next(), cached);

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const { sources, usesNonce } = scriptSourcesFor(pathname, hashes, nonce);
  const policy = contentSecurityPolicy({ scriptSources: sources, dev: development });
  if (!usesNonce) {
    if (hashes?.[pathname]) staticPolicies.set(pathname, policy);
    return withPolicy(NextResponse.next(), policy);
  }
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function withPolicy(response: NextResponse, policy: string) {
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** Pages (not static assets) and the search API; the other JSON APIs get their fixed policy from next.config.mjs. */
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|api/).*)' }, { source: '/api/match' }],
};

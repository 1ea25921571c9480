import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, scriptSourcesFor, type ScriptHashes } from '@/lib/security/csp';

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

/** Sets each response's Content-Security-Policy: hashes for prerendered pages, a fresh nonce for the rest. */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

/** Everything but static assets and the JSON APIs (whose fixed policy is set in next.config.mjs). */
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|api/).*)' }],
};

/**
 * The Content-Security-Policy for one response. Scripts run only from this origin plus the exact inline scripts a
 * page carries: by hash for prerendered pages, by a per-request nonce for pages rendered on demand. No
 * 'unsafe-inline' and no 'unsafe-eval' for scripts (development alone adds eval, which React's dev tools need).
 */
export function contentSecurityPolicy({ scriptSources, dev = false }: { scriptSources: string[]; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}${dev ? " 'unsafe-eval'" : ''}`.trim(),
    // Style attributes from React and Tailwind need inline styles; scripts are what the policy guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Path → the sha256 sources of its prerendered inline scripts, as written by scripts/csp-hashes.mjs. */
export type ScriptHashes = Record<string, string[]>;

export const notFoundPath = '/_not-found';

/**
 * The script sources for a request: a static page's hashes, or a nonce (plus the 404 page's hashes). Without a
 * hash list (`next dev`, or a build that skipped the hashing step) it falls back to 'unsafe-inline' so pages work.
 */
export function scriptSourcesFor(
  pathname: string,
  hashes: ScriptHashes | undefined,
  nonce: string,
): { sources: string[]; usesNonce: boolean } {
  if (!hashes) return { sources: ["'unsafe-inline'"], usesNonce: false };
  const normalized = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const pageHashes = hashes[normalized];
  if (pageHashes) return { sources: pageHashes.map((hash) => `'${hash}'`), usesNonce: false };
  return { sources: [`'nonce-${nonce}'`, ...(hashes[notFoundPath] ?? []).map((hash) => `'${hash}'`)], usesNonce: true };
}

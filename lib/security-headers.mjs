/**
 * Security headers for every route, shared by next.config.mjs and the tests. The Content-Security-Policy is set
 * per response in proxy.ts, because prerendered pages and pages rendered on demand allow their scripts differently.
 */
export function securityHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ];
}

/** JSON APIs render no HTML, so their policy allows nothing at all; pages get theirs from proxy.ts. */
export const apiContentSecurityPolicy = "default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

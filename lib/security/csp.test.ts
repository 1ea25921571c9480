import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptSourcesFor } from './csp';

const hashes = { '/': ['sha256-home'], '/errors/x': ['sha256-a', 'sha256-b'], '/_not-found': ['sha256-404'] };

describe('content security policy', () => {
  it('allows a prerendered page exactly its hashed inline scripts', () => {
    expect(scriptSourcesFor('/errors/x', hashes, 'n')).toEqual({ sources: ["'sha256-a'", "'sha256-b'"], usesNonce: false });
    expect(scriptSourcesFor('/errors/x/', hashes, 'n').sources).toEqual(["'sha256-a'", "'sha256-b'"]);
  });

  it('gives pages rendered on demand a nonce, plus the 404 page hashes', () => {
    expect(scriptSourcesFor('/search', hashes, 'abc')).toEqual({ sources: ["'nonce-abc'", "'sha256-404'"], usesNonce: true });
  });

  it("falls back to 'unsafe-inline' only when there is no hash list", () => {
    expect(scriptSourcesFor('/', undefined, 'n')).toEqual({ sources: ["'unsafe-inline'"], usesNonce: false });
  });

  it('never allows eval outside development, and locks down objects, base and framing', () => {
    const policy = contentSecurityPolicy({ scriptSources: ["'sha256-a'"] });
    expect(policy).toContain("script-src 'self' 'sha256-a'");
    expect(policy).not.toContain('unsafe-eval');
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(policy).toContain(directive);
    expect(contentSecurityPolicy({ scriptSources: [], dev: true })).toContain("'unsafe-eval'");
  });
});

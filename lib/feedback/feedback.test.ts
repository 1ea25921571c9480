import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content';
import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { isAuthorized, secretsMatch, sessionValue } from './auth';
import { insightsToCsv } from './csv';
import { createRateLimiter } from './rate-limit';
import { redactQuery } from './redact';
import { storeHealth } from './health';
import { formToVote, parseJson, validateSearchMiss, validateVote } from './validate';

const articles = getArticles();
const isKnownWord = getCatalogueMatcher().isKnownWord;

describe('validateVote', () => {
  it('accepts a vote on a real article and step', () => {
    expect(
      validateVote({ slug: 'smart-rule-violation', helpful: false, stuckStep: 'sync-again', comment: ' still fails ' }, articles),
    ).toEqual({
      ok: true,
      value: { slug: 'smart-rule-violation', helpful: false, stuckStep: 'sync-again', comment: 'still fails' },
    });
  });

  it('names what is wrong', () => {
    const cases: Array<[unknown, string]> = [
      [{ slug: 'ghost', helpful: true }, 'slug: no article "ghost"'],
      [{ slug: 'smart-rule-violation', helpful: 'yes' }, 'helpful:'],
      [{ slug: 'smart-rule-violation', helpful: false, stuckStep: 'nope' }, 'stuckStep: no step "nope"'],
      [{ slug: 'smart-rule-violation', helpful: true, stuckStep: 'sync-again' }, 'stuckStep: only a "not helpful" vote'],
      [{ slug: 'smart-rule-violation', helpful: false, comment: 'x'.repeat(1001) }, 'comment: must be 1,000 characters or fewer'],
      [{ slug: 'smart-rule-violation', helpful: true, extra: 1 }, 'body:'],
      [{ slug: 'smart-rule-violation', helpful: true, voteId: 'not-a-uuid' }, 'voteId:'],
      [null, 'body:'],
    ];
    for (const [input, message] of cases) {
      const result = validateVote(input, articles);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(message);
    }
  });

  it('reads HTML form posts', () => {
    const form = new URLSearchParams({ slug: 'smart-rule-violation', helpful: 'false', stuckStep: 'sync-again', comment: '' });
    expect(validateVote(formToVote(form), articles)).toMatchObject({
      ok: true,
      value: { helpful: false, stuckStep: 'sync-again' },
    });
    expect(validateVote(formToVote(new URLSearchParams({ slug: 'smart-rule-violation', helpful: 'maybe' })), articles).ok).toBe(
      false,
    );
  });

  it('rejects malformed JSON and empty searches', () => {
    expect(parseJson('{oops')).toEqual({ ok: false, error: 'The body must be JSON.' });
    expect(validateSearchMiss({ query: '   ' }).ok).toBe(false);
    expect(validateSearchMiss({ query: 'x', more: 1 }).ok).toBe(false);
  });
});

describe('redactQuery', () => {
  it('removes numbers, emails, amounts, support ids, quoted values and names', () => {
    const redacted = redactQuery(
      "Vendor payment for Globex Holdings failed: invoice INV-2044 of $1,200.50 for jane@acme.com on 11/30/2025 'ACME-01' [Support ID: abc123]",
      isKnownWord,
    );
    for (const secret of ['globex', 'holdings', '2044', '1,200', 'jane', 'acme', '11/30', 'abc123'])
      expect(redacted).not.toContain(secret);
    expect(redacted).toContain('vendor payment for [name] failed');
  });

  it('keeps catalogue words and error codes, lower-cased and capped', () => {
    expect(redactQuery('Enable foreign currency transactions BL01001973', isKnownWord)).toMatch(
      /foreign currency transactions bl01001973$/,
    );
    expect(redactQuery('word '.repeat(500), isKnownWord).length).toBeLessThanOrEqual(200);
  });
});

describe('rate limiter', () => {
  it('allows the limit per window, then asks to retry, per key', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.check('b').allowed).toBe(true);
    now = 30_000;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now = 60_000;
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('holds at most maxKeys clients however many arrive, and keeps counting the recent ones', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100, now: () => now });
    limiter.check('regular');
    for (let index = 0; index < 50_000; index += 1) {
      limiter.check(`spoofed-${index}`);
      if (index % 50 === 0) expect(limiter.check('regular').allowed).toBe(false);
      expect(limiter.size()).toBeLessThanOrEqual(100);
      now += 1;
    }
  });

  it('drops windows that have ended', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 5, windowMs: 1_000, now: () => now });
    for (let index = 0; index < 20; index += 1) limiter.check(`client-${index}`);
    now = 5_000;
    for (let index = 0; index < 5; index += 1) limiter.check('late');
    expect(limiter.size()).toBe(1);
  });
});

describe('insights access', () => {
  it('compares secrets of any length without throwing', () => {
    expect(secretsMatch('token', 'token')).toBe(true);
    expect(secretsMatch('token', 'a much longer token')).toBe(false);
  });

  it('accepts the bearer token or the session cookie, nothing else', () => {
    expect(isAuthorized({ authorization: 'Bearer s3cret' }, 's3cret')).toBe(true);
    expect(isAuthorized({ authorization: 'Bearer wrong' }, 's3cret')).toBe(false);
    const signedIn = Date.UTC(2026, 10, 26, 8);
    expect(isAuthorized({ cookie: sessionValue('s3cret', signedIn) }, 's3cret', signedIn + 60_000)).toBe(true);
    expect(isAuthorized({ cookie: 's3cret' }, 's3cret')).toBe(false);
    expect(isAuthorized({ authorization: 'Bearer s3cret' }, undefined)).toBe(false);
  });

  it('expires a session 12 hours after sign-in, and refuses a forged issue time', () => {
    const signedIn = Date.UTC(2026, 10, 26, 8);
    const cookie = sessionValue('s3cret', signedIn);
    const at = (hours: number) => signedIn + hours * 3_600_000;
    expect(isAuthorized({ cookie }, 's3cret', at(11.9))).toBe(true);
    expect(isAuthorized({ cookie }, 's3cret', at(12.1))).toBe(false);
    expect(isAuthorized({ cookie }, 's3cret', at(-1))).toBe(false);
    const forged = cookie.replace(String(signedIn), String(at(11)));
    expect(isAuthorized({ cookie: forged }, 's3cret', at(13))).toBe(false);
  });
});

describe('insightsToCsv', () => {
  it('quotes cells and neutralises spreadsheet formulas', () => {
    const csv = insightsToCsv({
      articles: [{ slug: 'a', yes: 1, no: 1, fixRate: 0.5, stuckSteps: [{ step: 's', count: 1 }], comments: [] }],
      misses: [{ query: '=cmd|"calc"', count: 2, lastSeen: '2026-11-26T00:00:00.000Z' }],
      trend: [],
    });
    expect(csv.split('\r\n')[1]).toBe('"article","a","1","1","0.5","s (1)","",""');
    expect(csv).toContain(`"'=cmd|""calc"""`);
  });
});

describe('storeHealth', () => {
  it('asks the store at most once a second, sharing the answer with every caller in between', async () => {
    let checks = 0;
    const check = async () => {
      checks += 1;
      return 'postgres';
    };
    const start = 1_000_000_000;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => storeHealth(check, start + index * 10)));
    expect(checks).toBe(1);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    await storeHealth(check, start + 1000);
    expect(checks).toBe(2);
  });

  it('reports a store that cannot be reached as not ok', async () => {
    const answer = await storeHealth(() => Promise.reject(new Error('connection refused')), 2_000_000_000);
    expect(answer).toEqual({ ok: false });
  });
});

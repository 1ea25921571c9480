import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const sessionCookie = 'syncfix_insights';
/** How long an insights sign-in lasts; the server checks it, whatever the cookie's own expiry says. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** The maintainers' token, or undefined when insights are turned off. */
export function insightsToken(): string | undefined {
  const token = process.env.SYNCFIX_INSIGHTS_TOKEN?.trim();
  return token ? token : undefined;
}

/** Constant-time comparison: both sides are hashed first so their lengths always match. */
export function secretsMatch(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The session cookie: its issue time and a keyed hash of the token and that time, never the token itself. */
export function sessionValue(token: string, issuedAt: number): string {
  const signature = createHmac('sha256', token).update(`syncfix insights session ${issuedAt}`).digest('hex');
  return `${issuedAt}.${signature}`;
}

function sessionIsValid(cookie: string, token: string, now: number): boolean {
  const issuedAt = Number(cookie.split('.', 1)[0]);
  if (!Number.isSafeInteger(issuedAt) || issuedAt > now || now - issuedAt > sessionLifetimeMs) return false;
  return secretsMatch(cookie, sessionValue(token, issuedAt));
}

/** Accepts an unexpired session cookie (browser) or `Authorization: Bearer <token>` (scripts). */
export function isAuthorized(
  credentials: { cookie?: string; authorization?: string | null },
  token: string | undefined,
  now = Date.now(),
): boolean {
  if (!token) return false;
  const bearer = credentials.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) return secretsMatch(bearer, token);
  return credentials.cookie ? sessionIsValid(credentials.cookie, token, now) : false;
}

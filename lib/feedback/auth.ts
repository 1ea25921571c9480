import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const sessionCookie = 'syncfix_insights';

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

/** The session cookie holds a keyed hash of the token, never the token itself. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('syncfix insights session').digest('hex');
}

/** Accepts the session cookie (browser) or `Authorization: Bearer <token>` (scripts). */
export function isAuthorized(
  credentials: { cookie?: string; authorization?: string | null },
  token: string | undefined,
): boolean {
  if (!token) return false;
  const bearer = credentials.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) return secretsMatch(bearer, token);
  return credentials.cookie ? secretsMatch(credentials.cookie, sessionValue(token)) : false;
}

import { cookies, headers } from 'next/headers';
import { insightsToken, isAuthorized, sessionCookie } from './auth';
import { jsonError } from '@/lib/security/responses';

export type InsightsAccess = 'disabled' | 'denied' | 'granted';

/** Whether this request may see insights: turned off, refused, or allowed (cookie session or bearer token). */
export async function insightsAccess(): Promise<InsightsAccess> {
  const token = insightsToken();
  if (!token) return 'disabled';
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  return isAuthorized({ cookie: jar.get(sessionCookie)?.value, authorization: incoming.get('authorization') }, token)
    ? 'granted'
    : 'denied';
}

export const disabledMessage =
  'Insights are turned off. Set SYNCFIX_INSIGHTS_TOKEN to a long random secret and restart the server to turn them on.';

/** For the insights APIs: the error response to send, or undefined when access is granted. */
export async function insightsApiRefusal(): Promise<Response | undefined> {
  const access = await insightsAccess();
  if (access === 'disabled') return jsonError(403, disabledMessage);
  if (access === 'denied') {
    return jsonError(401, 'Sign in at /insights/sign-in or send Authorization: Bearer <token>.', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return undefined;
}

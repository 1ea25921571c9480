import { cookies, headers } from 'next/headers';
import { insightsToken, isAuthorized, sessionCookie } from './auth';

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

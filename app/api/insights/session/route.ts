import { insightsToken, secretsMatch, sessionCookie, sessionLifetimeMs, sessionValue } from '@/lib/feedback/auth';
import { rateLimited, readBodyCapped, withFeedbackStore } from '@/lib/feedback/http';
import { seeOther, secureCookies } from '@/lib/security/responses';
import { crossSiteRefusal } from '@/lib/security/same-origin';
import type { FeedbackStore } from '@/lib/feedback/store';

/** POST /api/insights/session: the sign-in form. A right token sets a 12-hour, http-only session cookie. */
export async function POST(request: Request) {
  return crossSiteRefusal(request.headers) ?? withFeedbackStore((store) => signIn(request, store));
}

async function signIn(request: Request, store: FeedbackStore): Promise<Response> {
  const limited = await rateLimited(request, store);
  if (limited) return limited;
  const token = insightsToken();
  if (!token) return seeOther('/insights');
  const body = (await readBodyCapped(request, 4096)) ?? '';
  const given = new URLSearchParams(body).get('token') ?? '';
  if (!secretsMatch(given, token)) return seeOther('/insights/sign-in?error=1');
  const response = seeOther('/insights');
  response.cookies.set(sessionCookie, sessionValue(token, Date.now()), {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies(request),
    path: '/',
    maxAge: sessionLifetimeMs / 1000,
  });
  return response;
}

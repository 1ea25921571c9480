import { insightsToken, secretsMatch, sessionCookie, sessionLifetimeMs, sessionValue } from '@/lib/feedback/auth';
import { rateLimited, readBodyCapped } from '@/lib/feedback/http';
import { seeOther, secureCookies } from '@/lib/security/responses';
import { crossSiteRefusal } from '@/lib/security/same-origin';

/** POST /api/insights/session: the sign-in form. A right token sets a 12-hour, http-only session cookie. */
export async function POST(request: Request) {
  const refused = crossSiteRefusal(request.headers) ?? rateLimited(request);
  if (refused) return refused;
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

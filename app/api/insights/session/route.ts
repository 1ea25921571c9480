import { NextResponse } from 'next/server';
import { insightsToken, secretsMatch, sessionCookie, sessionValue } from '@/lib/feedback/auth';
import { rateLimited, readBodyCapped } from '@/lib/feedback/http';

const redirect = (request: Request, path: string) => NextResponse.redirect(new URL(path, request.url), 303);

/** POST /api/insights/session: the sign-in form. A right token sets an 8-hour, http-only session cookie. */
export async function POST(request: Request) {
  const limited = rateLimited(request);
  if (limited) return limited;
  const token = insightsToken();
  if (!token) return redirect(request, '/insights');
  const body = (await readBodyCapped(request, 4096)) ?? '';
  const given = new URLSearchParams(body).get('token') ?? '';
  if (!secretsMatch(given, token)) return redirect(request, '/insights/sign-in?error=1');
  const response = redirect(request, '/insights');
  const secure = new URL(request.url).protocol === 'https:';
  response.cookies.set(sessionCookie, sessionValue(token), {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: 8 * 60 * 60,
  });
  return response;
}

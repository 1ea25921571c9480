import { NextResponse } from 'next/server';

/** Every API error: a JSON `{ error }` that no cache keeps. */
export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * A 303 to a path on this site with a relative Location, so it stays right behind any proxy or host name
 * (an absolute URL built from the request would name the server's own address).
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}

/**
 * Whether cookies carry `Secure`: always in production and over HTTPS. SYNCFIX_INSECURE_COOKIES=1 turns it off for
 * testing a production build over plain HTTP on another host name (browsers accept Secure cookies on localhost).
 */
export function secureCookies(request: Request, environment: string | undefined = process.env.NODE_ENV): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return environment === 'production' && process.env.SYNCFIX_INSECURE_COOKIES !== '1';
}

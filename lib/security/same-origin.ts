import { trustedProxyHops } from './client-address.mjs';
import { jsonError } from './responses';

/** Hosts our own pages are served from: the request's Host, the configured SITE_URL, and a trusted proxy's. */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get('host');
  if (host) hosts.add(host.toLowerCase());
  if (process.env.SITE_URL) hosts.add(new URL(process.env.SITE_URL).host.toLowerCase());
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwardedHost && trustedProxyHops() > 0) hosts.add(forwardedHost.toLowerCase());
  return hosts;
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Why a request must be refused as coming from another site, or undefined when it may go on. Browsers say where a
 * request comes from (Sec-Fetch-Site, Origin); a request with neither is a script or an old browser, which cannot
 * carry a reader's cookies from another site, so it is allowed.
 */
export function crossSiteReason(headers: Headers): string | undefined {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return `Sec-Fetch-Site is "${fetchSite}"`;
  const origin = headers.get('origin');
  if (origin === null) return undefined;
  const host = originHost(origin);
  return host && ownHosts(headers).has(host) ? undefined : `Origin ${origin.slice(0, 100)} is not this site`;
}

/** A 403 that says plainly why, for the JSON and form endpoints alike. */
export function crossSiteRefusal(headers: Headers): Response | undefined {
  const reason = crossSiteReason(headers);
  if (!reason) return undefined;
  return jsonError(403, `This request came from another site (${reason}). Send it from SyncFix's own pages.`);
}

/** Whether a GET is the reader's own navigation (typed, bookmarked or from our pages), not an image or frame elsewhere. */
export function isOwnNavigation(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  const destination = headers.get('sec-fetch-dest');
  return (!fetchSite || fetchSite === 'same-origin' || fetchSite === 'none') && (!destination || destination === 'document');
}

/** Whether the body is declared as JSON (`application/json`, with or without a charset). */
export function isJsonRequest(headers: Headers): boolean {
  return /^application\/json\s*(;|$)/i.test(headers.get('content-type') ?? '');
}

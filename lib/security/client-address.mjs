/** The request header the server sets to the client address it trusts; any value a client sends is replaced. */
export const clientAddressHeader = 'x-syncfix-client';

/** How many reverse proxies in front of the server append to X-Forwarded-For: SYNCFIX_TRUSTED_PROXIES, 0 by default. */
export function trustedProxyHops(value = process.env.SYNCFIX_TRUSTED_PROXIES) {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client address to rate-limit by. With no trusted proxy it is the socket's address: whatever a client writes in
 * X-Forwarded-For is ignored. With N trusted proxies it is the address N hops from the right of the chain
 * (X-Forwarded-For entries, then the socket), which the outermost trusted proxy wrote; entries further left are
 * the client's own claims and are never used. Only the last 32 entries are read, so a huge header costs nothing.
 */
export function clientAddress({ socketAddress, forwardedFor, hops }) {
  const socket = socketAddress || 'unknown';
  if (hops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = header
    .slice(-2048)
    .split(',')
    .slice(-32)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const addresses = [...chain, socket];
  return addresses[Math.max(0, addresses.length - 1 - hops)] ?? socket;
}

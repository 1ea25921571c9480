import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyHops } from './client-address.mjs';

describe('clientAddress', () => {
  it('uses the socket address and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress({ socketAddress: '203.0.113.7', forwardedFor: '198.51.100.1', hops: 0 })).toBe('203.0.113.7');
  });

  it('takes the address the trusted proxy appended, not what the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    const forwardedFor = '1.1.1.1, 198.51.100.20';
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor, hops: 1 })).toBe('198.51.100.20');
    expect(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: `${forwardedFor}, 10.0.0.2`, hops: 2 })).toBe(
      '198.51.100.20',
    );
  });

  it('falls back to the furthest address it has when the chain is shorter than the trusted hops', () => {
    expect(clientAddress({ socketAddress: '10.0.0.2', hops: 1 })).toBe('10.0.0.2');
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: '198.51.100.20', hops: 3 })).toBe('198.51.100.20');
  });

  it('reads only the end of a huge header', () => {
    const forwardedFor = `${'9.9.9.9, '.repeat(100_000)}198.51.100.20`;
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor, hops: 1 })).toBe('198.51.100.20');
  });
});

describe('trustedProxyHops', () => {
  it('accepts small whole numbers and treats anything else as no trusted proxy', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    for (const bad of ['-1', '1.5', 'yes', '99']) expect(trustedProxyHops(bad)).toBe(0);
  });
});

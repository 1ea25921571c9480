export const clientAddressHeader: string;
export function trustedProxyHops(value?: string): number;
export function clientAddress(input: { socketAddress?: string; forwardedFor?: string | string[]; hops: number }): string;

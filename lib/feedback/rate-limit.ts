/** A fixed-window limit per client key, kept in memory only (keys are never stored). */
export function createRateLimiter({
  limit,
  windowMs,
  now = () => Date.now(),
}: {
  limit: number;
  windowMs: number;
  now?: () => number;
}) {
  const windows = new Map<string, { start: number; count: number }>();

  function prune(at: number) {
    if (windows.size < 10_000) return;
    for (const [key, window] of windows) if (at - window.start >= windowMs) windows.delete(key);
  }

  return {
    /** Counts one request; `retryAfterSeconds` says how long to wait once the limit is reached. */
    check(key: string): { allowed: boolean; retryAfterSeconds: number } {
      const at = now();
      prune(at);
      const window = windows.get(key);
      if (!window || at - window.start >= windowMs) {
        windows.set(key, { start: at, count: 1 });
        return { allowed: true, retryAfterSeconds: 0 };
      }
      window.count += 1;
      const retryAfterSeconds = Math.ceil((window.start + windowMs - at) / 1000);
      return { allowed: window.count <= limit, retryAfterSeconds: window.count <= limit ? 0 : retryAfterSeconds };
    },
  };
}

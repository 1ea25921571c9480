export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one request for `key` (at `at`, default now); `retryAfterSeconds` says how long to wait once over. */
  check: (key: string, at?: number) => RateLimitDecision;
  /** How many client keys are held: never more than `maxKeys`. */
  size: () => number;
};

/** At most this many stale windows are dropped per check, so no check ever walks the whole map. */
const maxEvictionsPerCheck = 4;

/**
 * A fixed-window limit per client key, in memory only (keys are never stored). The map is kept in least-recently-used
 * order and capped at `maxKeys`: each check does a constant amount of work however many clients there are. A client
 * evicted under pressure only loses its count, which errs towards letting a real reader through.
 */
export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
  now = () => Date.now(),
}: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();

  function evict(at: number) {
    let evicted = 0;
    for (const [key, window] of windows) {
      const full = windows.size > maxKeys;
      if (evicted >= maxEvictionsPerCheck || (!full && at - window.start < windowMs)) break;
      windows.delete(key);
      evicted += 1;
    }
  }

  function check(key: string, at = now()): RateLimitDecision {
    const current = windows.get(key);
    const window = current && at - current.start < windowMs ? current : { start: at, count: 0 };
    window.count += 1;
    // Re-inserting moves the key to the end: the map's first entries are the least recently seen.
    windows.delete(key);
    windows.set(key, window);
    evict(at);
    if (window.count <= limit) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - at) / 1000)) };
  }

  return { check, size: () => windows.size };
}

type LimiterOptions = Parameters<typeof createRateLimiter>[0];
/** Limiters by name: each name's limiter is created on first use and then shared by every caller. */
export type LimiterRegistry = Map<string, RateLimiter>;

export function limiterIn(registry: LimiterRegistry, name: string, options: LimiterOptions): RateLimiter {
  let limiter = registry.get(name);
  if (!limiter) {
    limiter = createRateLimiter(options);
    registry.set(name, limiter);
  }
  return limiter;
}

const registryKey = Symbol.for('syncfix.rate-limiters');

/**
 * One limiter per name for the whole process. Route handlers and the proxy are bundled separately, so a plain module
 * variable could exist once per bundle; the registry on globalThis makes every caller count against the same limit.
 */
export function sharedRateLimiter(name: string, options: LimiterOptions): RateLimiter {
  const holder = globalThis as typeof globalThis & { [registryKey]?: LimiterRegistry };
  return limiterIn((holder[registryKey] ??= new Map()), name, options);
}

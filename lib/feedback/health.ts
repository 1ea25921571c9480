export type StoreHealth = { ok: true; store: string } | { ok: false };

/** A check's answer is reused for this long, so a flood of health requests costs the database one query a second. */
const reuseMs = 1000;

type Cached = { at: number; result: Promise<StoreHealth> };
const holderKey = Symbol.for('syncfix.store-health');
type Holder = typeof globalThis & { [holderKey]?: Cached };

/**
 * Runs `check` (which resolves to the store's kind or rejects) at most once a second per server: callers within a
 * second of a check, and those arriving while it runs, share its answer.
 */
export function storeHealth(check: () => Promise<string>, now = Date.now()): Promise<StoreHealth> {
  const holder = globalThis as Holder;
  const cached = holder[holderKey];
  if (cached && now - cached.at < reuseMs) return cached.result;
  const result = check().then(
    (store): StoreHealth => ({ ok: true, store }),
    (error: unknown): StoreHealth => {
      console.error(`Health check failed: ${(error as Error).message}`);
      return { ok: false };
    },
  );
  holder[holderKey] = { at: now, result };
  return result;
}

import path from 'node:path';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { FeedbackStore, Insights } from './store';

type StoreSetting = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };

/** PostgreSQL when DATABASE_URL is set; otherwise SQLite at $SYNCFIX_DB_PATH (default data/syncfix.db). */
export function storeSetting(env: NodeJS.ProcessEnv = process.env): StoreSetting {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  // Falling back to SQLite here would split the feedback of a multi-server setup without anyone noticing.
  if (url) throw new Error('DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database).');
  return { kind: 'sqlite', file: env.SYNCFIX_DB_PATH ?? path.join(process.cwd(), 'data', 'syncfix.db') };
}

async function openConfiguredStore(): Promise<FeedbackStore> {
  const setting = storeSetting();
  if (setting.kind === 'sqlite') return openSqliteStore(setting.file);
  const poolSize = Number(process.env.SYNCFIX_DB_POOL_SIZE ?? 10);
  return openPostgresStore({ connectionString: setting.url, poolSize: poolSize > 0 ? poolSize : 10 });
}

// Route handlers and the proxy are bundled separately: one store per process, kept on globalThis, not per bundle.
const holderKey = Symbol.for('syncfix.feedback-store');
type Holder = typeof globalThis & { [holderKey]?: Promise<FeedbackStore> };

/** The server's feedback store, opened on first use. If opening fails (database down), the next call tries again. */
export function getFeedbackStore(): Promise<FeedbackStore> {
  const holder = globalThis as Holder;
  holder[holderKey] ??= openConfiguredStore().catch((error: unknown) => {
    holder[holderKey] = undefined;
    throw error;
  });
  return holder[holderKey];
}

/** The maintainers' figures as of now, from the shared store: the same on every server. */
export async function currentInsights(): Promise<Insights> {
  return (await getFeedbackStore()).insights(new Date());
}

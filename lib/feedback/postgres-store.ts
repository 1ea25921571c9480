import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { buildInsights, commentLimit, missLimit, trendStart, type InsightRows } from './insights-rows';
import { migratePostgres } from './postgres-migrations';
import type { RateLimitDecision } from './rate-limit';
import type { FeedbackStore, Insights, RequestLimit, Vote } from './store';

/** Every this many request counts, a server removes up to `staleRowsPerSweep` counts of past windows. */
const sweepEvery = 256;
const staleRowsPerSweep = 1000;

const clientHash = (client: string) => createHash('sha256').update(client).digest('hex').slice(0, 32);

const dayColumn = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

const queries = {
  upsertVote: `INSERT INTO votes (vote_id, slug, helpful, stuck_step, comment, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (vote_id) DO UPDATE SET slug = $2, helpful = $3, stuck_step = $4, comment = $5, updated_at = $6`,
  insertMiss: 'INSERT INTO search_misses (query, created_at) VALUES ($1, $2)',
  totals: `SELECT slug, COUNT(*) FILTER (WHERE helpful)::int AS yes, COUNT(*) FILTER (WHERE NOT helpful)::int AS no
     FROM votes GROUP BY slug`,
  stuckSteps: `SELECT slug, stuck_step AS step, COUNT(*)::int AS count FROM votes WHERE stuck_step IS NOT NULL
     GROUP BY slug, stuck_step ORDER BY count DESC, stuck_step COLLATE "C"`,
  comments: `SELECT slug, comment FROM votes WHERE comment IS NOT NULL AND comment <> ''
     ORDER BY updated_at DESC, vote_id COLLATE "C" LIMIT ${commentLimit}`,
  misses: `SELECT query, COUNT(*)::int AS count, MAX(created_at) AS "lastSeen" FROM search_misses
     GROUP BY query ORDER BY count DESC, "lastSeen" DESC, query COLLATE "C" LIMIT ${missLimit}`,
  votesByDay: `SELECT ${dayColumn('updated_at')} AS day, COUNT(*) FILTER (WHERE helpful)::int AS yes,
     COUNT(*) FILTER (WHERE NOT helpful)::int AS no FROM votes WHERE updated_at >= $1 GROUP BY day`,
  missesByDay: `SELECT ${dayColumn('created_at')} AS day, COUNT(*)::int AS misses FROM search_misses
     WHERE created_at >= $1 GROUP BY day`,
  // One round trip per check: a new window starts at 1 hit, the current one counts up. Windows are aligned to the
  // clock, so every server agrees on them; a server whose clock lags counts into the newer window.
  countRequest: `INSERT INTO request_counts (limit_name, client_hash, window_start, hits) VALUES ($1, $2, $3, 1)
     ON CONFLICT (limit_name, client_hash) DO UPDATE SET
       hits = CASE WHEN EXCLUDED.window_start <= request_counts.window_start THEN request_counts.hits + 1 ELSE 1 END,
       window_start = GREATEST(request_counts.window_start, EXCLUDED.window_start)
     RETURNING hits, window_start::float8 AS "windowStart"`,
  sweep: `DELETE FROM request_counts WHERE ctid IN (
     SELECT ctid FROM request_counts WHERE limit_name = $1 AND window_start < $2 LIMIT ${staleRowsPerSweep})`,
};

export type PostgresStoreOptions = { connectionString: string; poolSize?: number };

/** Opens the pool and migrates the schema (once, even when several servers start together). */
export async function openPostgresStore({ connectionString, poolSize = 10 }: PostgresStoreOptions): Promise<FeedbackStore> {
  const pool = new Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 5000,
    application_name: 'syncfix',
  });
  // A connection dropped while idle (database restart, network) must not crash the server: the pool replaces it.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  try {
    await migratePostgres(client);
  } finally {
    client.release();
  }

  let countsSinceSweep = 0;
  async function sweepStaleCounts(name: string, windowStart: number) {
    countsSinceSweep = 0;
    await pool.query(queries.sweep, [name, windowStart]);
  }

  async function rows<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await pool.query(text, values)).rows as T[];
  }

  return {
    kind: 'postgres',
    async saveVote(vote: Vote, at: Date) {
      await pool.query(queries.upsertVote, [
        vote.voteId,
        vote.slug,
        vote.helpful,
        vote.stuckStep ?? null,
        vote.comment ?? null,
        at,
      ]);
    },
    async saveSearchMiss(query: string, at: Date) {
      await pool.query(queries.insertMiss, [query, at]);
    },
    async insights(now: Date): Promise<Insights> {
      const since = trendStart(now);
      const [totals, stuckSteps, comments, misses, votesByDay, missesByDay] = await Promise.all([
        rows<InsightRows['totals'][number]>(queries.totals),
        rows<InsightRows['stuckSteps'][number]>(queries.stuckSteps),
        rows<InsightRows['comments'][number]>(queries.comments),
        rows<{ query: string; count: number; lastSeen: Date }>(queries.misses),
        rows<InsightRows['votesByDay'][number]>(queries.votesByDay, [since]),
        rows<InsightRows['missesByDay'][number]>(queries.missesByDay, [since]),
      ]);
      return buildInsights(
        {
          totals,
          stuckSteps,
          comments,
          misses: misses.map((miss) => ({ ...miss, lastSeen: miss.lastSeen.toISOString() })),
          votesByDay,
          missesByDay,
        },
        now,
      );
    },
    async countRequest(limit: RequestLimit, client: string, at: Date): Promise<RateLimitDecision> {
      const windowStart = Math.floor(at.getTime() / limit.windowMs) * limit.windowMs;
      const [row] = await rows<{ hits: number; windowStart: number }>(queries.countRequest, [
        limit.name,
        clientHash(client),
        windowStart,
      ]);
      countsSinceSweep += 1;
      if (countsSinceSweep >= sweepEvery) await sweepStaleCounts(limit.name, windowStart);
      if (row!.hits <= limit.limit) return { allowed: true, retryAfterSeconds: 0 };
      const retryAfterMs = row!.windowStart + limit.windowMs - at.getTime();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

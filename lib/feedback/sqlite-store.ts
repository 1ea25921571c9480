import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { limiterIn, type LimiterRegistry } from './rate-limit';
import { buildInsights, commentLimit, missLimit, trendStart, type InsightRows } from './insights-rows';
import type { FeedbackStore, Insights, RequestLimit, Vote } from './store';

/** Each entry moves the schema one version up; `PRAGMA user_version` records how far a file has come. */
const migrations = [
  `CREATE TABLE votes (
     vote_id TEXT PRIMARY KEY,
     slug TEXT NOT NULL,
     helpful INTEGER NOT NULL,
     stuck_step TEXT,
     comment TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX votes_by_slug ON votes (slug);
   CREATE TABLE search_misses (
     id INTEGER PRIMARY KEY,
     query TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX misses_by_query ON search_misses (query);`,
];

function migrate(db: Database.Database) {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let next = version; next < migrations.length; next += 1) {
    db.transaction(() => {
      db.exec(migrations[next]!);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

export function openSqliteStore(file: string): FeedbackStore {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Every acknowledged vote must survive a crash: sync each commit.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const upsertVote = db.prepare(
    `INSERT INTO votes (vote_id, slug, helpful, stuck_step, comment, created_at, updated_at)
     VALUES (@voteId, @slug, @helpful, @stuckStep, @comment, @at, @at)
     ON CONFLICT (vote_id) DO UPDATE SET slug = @slug, helpful = @helpful, stuck_step = @stuckStep, comment = @comment, updated_at = @at`,
  );
  const insertMiss = db.prepare('INSERT INTO search_misses (query, created_at) VALUES (?, ?)');
  const voteTotals = db.prepare('SELECT slug, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM votes GROUP BY slug');
  const stuckSteps = db.prepare(
    'SELECT slug, stuck_step AS step, COUNT(*) AS count FROM votes WHERE stuck_step IS NOT NULL GROUP BY slug, stuck_step ORDER BY count DESC, step',
  );
  const comments = db.prepare(
    `SELECT slug, comment FROM votes WHERE comment IS NOT NULL AND comment != '' ORDER BY updated_at DESC, vote_id LIMIT ${commentLimit}`,
  );
  const topMisses = db.prepare(
    `SELECT query, COUNT(*) AS count, MAX(created_at) AS lastSeen FROM search_misses GROUP BY query ORDER BY count DESC, lastSeen DESC, query LIMIT ${missLimit}`,
  );
  const votesByDay = db.prepare(
    'SELECT substr(updated_at, 1, 10) AS day, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM votes WHERE updated_at >= ? GROUP BY day',
  );
  const missesByDay = db.prepare(
    'SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS misses FROM search_misses WHERE created_at >= ? GROUP BY day',
  );

  // One server only: request limits are counted in memory, one limiter per limit name.
  const limiters: LimiterRegistry = new Map();

  // better-sqlite3 is synchronous: each method has committed (synchronous = FULL) by the time its promise exists.
  return {
    kind: 'sqlite',
    async saveVote(vote: Vote, at: Date) {
      upsertVote.run({
        ...vote,
        helpful: vote.helpful ? 1 : 0,
        stuckStep: vote.stuckStep ?? null,
        comment: vote.comment ?? null,
        at: at.toISOString(),
      });
    },
    async saveSearchMiss(query: string, at: Date) {
      insertMiss.run(query, at.toISOString());
    },
    async insights(now: Date): Promise<Insights> {
      const since = trendStart(now).toISOString();
      return buildInsights(
        {
          totals: voteTotals.all() as InsightRows['totals'],
          stuckSteps: stuckSteps.all() as InsightRows['stuckSteps'],
          comments: comments.all() as InsightRows['comments'],
          misses: topMisses.all() as InsightRows['misses'],
          votesByDay: votesByDay.all(since) as InsightRows['votesByDay'],
          missesByDay: missesByDay.all(since) as InsightRows['missesByDay'],
        },
        now,
      );
    },
    async countRequest({ name, limit, windowMs }: RequestLimit, client: string, at: Date) {
      return limiterIn(limiters, name, { limit, windowMs }).check(client, at.getTime());
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}

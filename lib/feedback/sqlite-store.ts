import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleInsight, FeedbackStore, Insights, Vote } from './store';

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

const day = (date: Date) => date.toISOString().slice(0, 10);

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
    "SELECT slug, comment FROM votes WHERE comment IS NOT NULL AND comment != '' ORDER BY updated_at DESC LIMIT 200",
  );
  const topMisses = db.prepare(
    'SELECT query, COUNT(*) AS count, MAX(created_at) AS lastSeen FROM search_misses GROUP BY query ORDER BY count DESC, lastSeen DESC LIMIT 50',
  );
  const votesByDay = db.prepare(
    'SELECT substr(updated_at, 1, 10) AS day, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM votes WHERE updated_at >= ? GROUP BY day',
  );
  const missesByDay = db.prepare(
    'SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS misses FROM search_misses WHERE created_at >= ? GROUP BY day',
  );

  function articleInsights(): ArticleInsight[] {
    const bySlug = new Map<string, ArticleInsight>();
    for (const row of voteTotals.all() as Array<{ slug: string; yes: number; no: number }>) {
      const total = row.yes + row.no;
      bySlug.set(row.slug, {
        slug: row.slug,
        yes: row.yes,
        no: row.no,
        fixRate: total ? row.yes / total : null,
        stuckSteps: [],
        comments: [],
      });
    }
    for (const row of stuckSteps.all() as Array<{ slug: string; step: string; count: number }>)
      bySlug.get(row.slug)?.stuckSteps.push({ step: row.step, count: row.count });
    for (const row of comments.all() as Array<{ slug: string; comment: string }>)
      bySlug.get(row.slug)?.comments.push(row.comment);
    return [...bySlug.values()].sort((a, b) => b.no - a.no || b.yes - a.yes);
  }

  function trend(now: Date): Insights['trend'] {
    const days = Array.from({ length: 30 }, (_, index) => day(new Date(now.getTime() - (29 - index) * 86_400_000)));
    const since = `${days[0]}T00:00:00.000Z`;
    const votes = new Map(
      (votesByDay.all(since) as Array<{ day: string; yes: number; no: number }>).map((row) => [row.day, row]),
    );
    const misses = new Map(
      (missesByDay.all(since) as Array<{ day: string; misses: number }>).map((row) => [row.day, row.misses]),
    );
    return days.map((key) => ({
      day: key,
      yes: votes.get(key)?.yes ?? 0,
      no: votes.get(key)?.no ?? 0,
      misses: misses.get(key) ?? 0,
    }));
  }

  return {
    saveVote(vote: Vote, at: Date) {
      upsertVote.run({
        ...vote,
        helpful: vote.helpful ? 1 : 0,
        stuckStep: vote.stuckStep ?? null,
        comment: vote.comment ?? null,
        at: at.toISOString(),
      });
    },
    saveSearchMiss(query: string, at: Date) {
      insertMiss.run(query, at.toISOString());
    },
    insights(now: Date): Insights {
      return { articles: articleInsights(), misses: topMisses.all() as Insights['misses'], trend: trend(now) };
    },
    close() {
      db.close();
    },
  };
}

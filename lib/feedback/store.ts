/** A reader's answer to "Did this fix your sync?"; a later vote with the same id replaces it. */
export type Vote = { voteId: string; slug: string; helpful: boolean; stuckStep?: string; comment?: string };

export type ArticleInsight = {
  slug: string;
  yes: number;
  no: number;
  /** Share of votes that said the fix worked, or null with no votes. */
  fixRate: number | null;
  stuckSteps: Array<{ step: string; count: number }>;
  comments: string[];
};

export type Insights = {
  articles: ArticleInsight[];
  misses: Array<{ query: string; count: number; lastSeen: string }>;
  /** One entry per day for the last 30 days, oldest first. */
  trend: Array<{ day: string; yes: number; no: number; misses: number }>;
};

/**
 * Where feedback lives. The SQLite implementation serves one server; a PostgreSQL one (same three methods, a
 * connection pool instead of a file) would let several servers share it. See the README.
 */
export interface FeedbackStore {
  saveVote(vote: Vote, at: Date): void;
  saveSearchMiss(query: string, at: Date): void;
  insights(now: Date): Insights;
  close(): void;
}

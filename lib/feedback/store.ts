import type { RateLimitDecision } from './rate-limit';

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

/** A per-client limit on one kind of request: at most `limit` in each window of `windowMs`. */
export type RequestLimit = { name: string; limit: number; windowMs: number };

/**
 * Where feedback lives: SQLite for one server (the default), PostgreSQL for several. Every method resolves only
 * once its write is committed, so a reader told "saved" can rely on it.
 */
export interface FeedbackStore {
  readonly kind: 'sqlite' | 'postgres';
  saveVote(vote: Vote, at: Date): Promise<void>;
  saveSearchMiss(query: string, at: Date): Promise<void>;
  insights(now: Date): Promise<Insights>;
  /**
   * Counts one request by `client` against `limit`. In memory per server with SQLite; in the database with
   * PostgreSQL, so that every server counts against the same limit.
   */
  countRequest(limit: RequestLimit, client: string, at: Date): Promise<RateLimitDecision>;
  /** Resolves when the store answers a trivial query; rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

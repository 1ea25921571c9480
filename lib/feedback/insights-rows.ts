import type { ArticleInsight, Insights } from './store';

/** The rows every store reads for insights; `buildInsights` turns them into the figures the pages show. */
export type InsightRows = {
  totals: Array<{ slug: string; yes: number; no: number }>;
  stuckSteps: Array<{ slug: string; step: string; count: number }>;
  comments: Array<{ slug: string; comment: string }>;
  misses: Insights['misses'];
  votesByDay: Array<{ day: string; yes: number; no: number }>;
  missesByDay: Array<{ day: string; misses: number }>;
};

export const trendDays = 30;
/** How many recent comments and frequent misses insights show. */
export const commentLimit = 200;
export const missLimit = 50;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The first instant the trend covers: midnight UTC, `trendDays - 1` days before `now`. */
export function trendStart(now: Date): Date {
  return new Date(`${dayOf(new Date(now.getTime() - (trendDays - 1) * 86_400_000))}T00:00:00.000Z`);
}

function articleInsights(rows: InsightRows): ArticleInsight[] {
  const bySlug = new Map<string, ArticleInsight>();
  for (const row of rows.totals) {
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
  for (const row of rows.stuckSteps) bySlug.get(row.slug)?.stuckSteps.push({ step: row.step, count: row.count });
  for (const row of rows.comments) bySlug.get(row.slug)?.comments.push(row.comment);
  return [...bySlug.values()].sort((a, b) => b.no - a.no || b.yes - a.yes || (a.slug < b.slug ? -1 : 1));
}

function trend(rows: InsightRows, now: Date): Insights['trend'] {
  const start = trendStart(now).getTime();
  const days = Array.from({ length: trendDays }, (_, index) => dayOf(new Date(start + index * 86_400_000)));
  const votes = new Map(rows.votesByDay.map((row) => [row.day, row]));
  const misses = new Map(rows.missesByDay.map((row) => [row.day, row.misses]));
  return days.map((day) => ({
    day,
    yes: votes.get(day)?.yes ?? 0,
    no: votes.get(day)?.no ?? 0,
    misses: misses.get(day) ?? 0,
  }));
}

export function buildInsights(rows: InsightRows, now: Date): Insights {
  return { articles: articleInsights(rows), misses: rows.misses, trend: trend(rows, now) };
}

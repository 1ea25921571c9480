import type { Insights } from './store';

/** One cell: quoted, with quotes doubled, and formula-leading characters neutralised for spreadsheets. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Insights as CSV: one row per article, then one row per unmatched search. */
export function insightsToCsv(insights: Insights): string {
  const rows: Array<Array<string | number | null>> = [
    ['kind', 'slug or query', 'yes', 'no', 'fix rate', 'top stuck step', 'count', 'last seen'],
  ];
  for (const article of insights.articles) {
    const top = article.stuckSteps[0];
    rows.push([
      'article',
      article.slug,
      article.yes,
      article.no,
      article.fixRate === null ? null : Math.round(article.fixRate * 100) / 100,
      top ? `${top.step} (${top.count})` : null,
      null,
      null,
    ]);
  }
  for (const miss of insights.misses)
    rows.push(['unmatched search', miss.query, null, null, null, null, miss.count, miss.lastSeen]);
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

import type { Insights } from '@/lib/feedback/store';

type TrendChartProps = { trend: Insights['trend'] };

/** Votes and unmatched searches per day over 30 days, as stacked bars; the table below carries the same data. */
export function TrendChart({ trend }: TrendChartProps) {
  const highest = Math.max(1, ...trend.map((day) => day.yes + day.no + day.misses));
  const barWidth = 16;
  const height = 120;
  const total = trend.reduce((sum, day) => ({ yes: sum.yes + day.yes, no: sum.no + day.no, misses: sum.misses + day.misses }), {
    yes: 0,
    no: 0,
    misses: 0,
  });
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading" className="text-lg font-semibold">
        Last 30 days
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {total.yes} fixed, {total.no} not fixed, {total.misses} unmatched searches.
      </p>
      <svg
        role="img"
        aria-label={`Daily votes and unmatched searches: ${total.yes} fixed, ${total.no} not fixed, ${total.misses} unmatched`}
        viewBox={`0 0 ${trend.length * barWidth} ${height}`}
        className="mt-3 h-32 w-full max-w-3xl"
      >
        {trend.map((day, index) => {
          const scale = (count: number) => (count / highest) * (height - 4);
          const segments = [
            { count: day.yes, className: 'fill-emerald-600' },
            { count: day.no, className: 'fill-red-600' },
            { count: day.misses, className: 'fill-slate-400' },
          ];
          let top = height;
          return (
            <g key={day.day}>
              <title>{`${day.day}: ${day.yes} fixed, ${day.no} not fixed, ${day.misses} unmatched`}</title>
              {segments.map((segment) => {
                top -= scale(segment.count);
                return (
                  <rect
                    key={segment.className}
                    x={index * barWidth + 2}
                    y={top}
                    width={barWidth - 4}
                    height={scale(segment.count)}
                    className={segment.className}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Green: fixed · red: not fixed · grey: unmatched searches.</p>
    </section>
  );
}

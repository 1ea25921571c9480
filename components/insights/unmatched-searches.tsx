import type { Insights } from '@/lib/feedback/store';

export function UnmatchedSearches({ misses }: { misses: Insights['misses'] }) {
  return (
    <section aria-labelledby="misses-heading">
      <h2 id="misses-heading" className="text-lg font-semibold">
        Searches that found nothing
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Numbers, names, emails and amounts were removed before saving.
      </p>
      {misses.length === 0 ? (
        <p className="mt-2 text-sm">None yet.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm" data-testid="unmatched-searches">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-2 pr-4">
                Search
              </th>
              <th scope="col" className="py-2 pr-4">
                Times
              </th>
              <th scope="col" className="py-2">
                Last seen
              </th>
            </tr>
          </thead>
          <tbody>
            {misses.map((miss) => (
              <tr key={miss.query} className="border-b border-slate-200 dark:border-slate-700">
                <td className="py-2 pr-4 font-mono text-xs">{miss.query}</td>
                <td className="py-2 pr-4">{miss.count}</td>
                <td className="py-2">{miss.lastSeen.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

'use client';

import { useSyncExternalStore } from 'react';
import { detailLabels, detailsFromSearchParams, type ErrorDetail } from '@/lib/search/details';

const subscribe = () => () => undefined;
const readSearch = () => window.location.search;
const serverSearch = () => '';

function sentence(details: ErrorDetail[]): string {
  const rule = details.find((detail) => detail.kind === 'smart-rule');
  if (rule) return `In your case, the rule is ${rule.value}.`;
  return 'In your case, the error names:';
}

/**
 * Values found in the user's pasted error arrive as query parameters (`?smart-rule=vendor_creation`) and are shown
 * here, as text. The page itself stays static: the parameters are read in the browser.
 */
export function YourError() {
  const search = useSyncExternalStore(subscribe, readSearch, serverSearch);
  const details = detailsFromSearchParams(new URLSearchParams(search));
  if (details.length === 0) return null;
  return (
    <section
      aria-label="Your error"
      data-testid="your-error"
      className="my-4 rounded-lg border border-teal-600/40 bg-teal-50 p-4 text-sm dark:bg-teal-950/40"
    >
      <p className="font-semibold">{sentence(details)}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {details.map((detail) => (
          <li
            key={detail.kind}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          >
            {detailLabels[detail.kind]}: <strong>{detail.value}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

'use client';

import { useSyncExternalStore } from 'react';
import { searchLogOptOutCookie as cookieName } from '@/lib/feedback/search-log';
const listeners = new Set<() => void>();

export function searchLogOptedOut(): boolean {
  return document.cookie.split('; ').includes(`${cookieName}=1`);
}

function setOptOut(optOut: boolean) {
  document.cookie = `${cookieName}=${optOut ? '1' : ''}; path=/; max-age=${optOut ? 60 * 60 * 24 * 365 : 0}; samesite=lax`;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Says what is kept of searches that find nothing, with a remembered opt-out (a cookie the server honours too). */
export function SearchLogNotice() {
  const optedOut = useSyncExternalStore(subscribe, searchLogOptedOut, () => false);
  return (
    <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="search-log-notice">
      {optedOut
        ? 'Your searches are not kept. '
        : 'When nothing matches, we keep the search with numbers, names and emails removed, to learn which errors to add. '}
      <button
        type="button"
        onClick={() => setOptOut(!optedOut)}
        className="min-h-6 font-medium text-teal-800 underline dark:text-teal-300"
      >
        {optedOut ? 'Allow it again' : "Don't keep my searches"}
      </button>
    </p>
  );
}

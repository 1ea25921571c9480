import { useEffect } from 'react';
import type { ChecklistStore } from './checklist-store';

/**
 * Follows `#step-id` on first load and on every hash change: shows the step (switching setup if the current one
 * hides it), scrolls to it, highlights it and moves focus to it. Retired ids are sent to their replacements.
 */
export function useDeepLink(store: ChecklistStore, redirects: Record<string, string>) {
  useEffect(() => {
    function follow() {
      let id = stepIdFromHash(window.location.hash);
      const renamed = Object.hasOwn(redirects, id) ? redirects[id] : undefined;
      if (renamed) {
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${renamed}`);
        id = renamed;
      }
      if (!id) return;
      store.reveal(id);
      window.requestAnimationFrame(() => {
        const target = document.getElementById(id);
        if (!target?.hasAttribute('data-step')) return;
        for (const other of document.querySelectorAll('[data-highlighted]')) other.removeAttribute('data-highlighted');
        target.setAttribute('data-highlighted', 'true');
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      });
    }
    store.applyLink(window.location.search);
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [store, redirects]);
}

/** The step id a hash names; a malformed escape such as `#%` names nothing rather than breaking the page. */
export function stepIdFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

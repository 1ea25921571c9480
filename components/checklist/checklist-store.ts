import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  parseDoneParam,
  sameSteps,
  storageKey,
  visibleSteps,
  type ChecklistStep,
  type Progress,
} from '@/lib/checklist/progress';

export type ChecklistSnapshot = {
  own: Progress;
  /** A colleague's ticks from a shared link, shown until the reader keeps or discards them. */
  shared?: string[];
  /** False in private modes or when storage is blocked: the checklist works but forgets on reload. */
  storageAvailable: boolean;
  /** A plain-language note about a link we could not follow (e.g. an unknown `?setup=`). */
  notice?: string;
};

export type ChecklistArticle = { slug: string; steps: ChecklistStep[]; setupIds: string[] };

/** Once the reader has settled shared progress (kept, discarded or ticked over it), a reload must not ask again. */
function forgetSharedLink() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('done')) return;
  url.searchParams.delete('done');
  window.history.replaceState(null, '', url);
}

export const serverSnapshot: ChecklistSnapshot = { own: emptyProgress, storageAvailable: true };

function readStorage(key: string): { raw: string | null; available: boolean } {
  try {
    const probe = `${key}:probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return { raw: window.localStorage.getItem(key), available: true };
  } catch {
    return { raw: null, available: false };
  }
}

/** One article's checklist state in the browser, shared by the progress bar and every step's controls. */
export function createChecklistStore({ slug, steps, setupIds }: ChecklistArticle) {
  const key = storageKey(slug);
  // Stored progress is read here, once per article and page load; every step, the bar and the feedback form share it.
  const stored = readStorage(key);
  const own = decodeProgress(stored.raw, steps, setupIds);
  // Nothing stored: keep the very snapshot the server rendered with, so hydration does not render every step twice.
  let snapshot: ChecklistSnapshot =
    own === emptyProgress && stored.available ? serverSnapshot : { own, storageAvailable: stored.available };
  const listeners = new Set<() => void>();

  function update(next: Partial<ChecklistSnapshot>) {
    if (snapshot.shared && 'shared' in next && next.shared === undefined) forgetSharedLink();
    snapshot = { ...snapshot, ...next };
    if (next.own && snapshot.storageAvailable) {
      try {
        window.localStorage.setItem(key, encodeProgress(snapshot.own, steps));
      } catch {
        snapshot = { ...snapshot, storageAvailable: false };
      }
    }
    for (const listener of listeners) listener();
  }

  /** Ticks shown on screen: the shared ones while the reader decides, otherwise their own. */
  const shownDone = () => snapshot.shared ?? snapshot.own.done;

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    toggle(stepId: string, done: boolean) {
      const current = shownDone().filter((id) => id !== stepId);
      const ids = done ? [...current, stepId] : current;
      update({
        own: { ...snapshot.own, done: steps.map((step) => step.id).filter((id) => ids.includes(id)) },
        shared: undefined,
      });
    },
    reset() {
      update({ own: { ...snapshot.own, done: [] }, shared: undefined });
    },
    chooseSetup(setup: string | undefined) {
      update({ own: { ...snapshot.own, setup }, notice: undefined });
    },
    keepShared() {
      if (snapshot.shared) update({ own: { ...snapshot.own, done: snapshot.shared }, shared: undefined });
    },
    discardShared() {
      update({ shared: undefined });
    },
    /** Applies `?setup=` and `?done=` from the address the page was opened with. */
    applyLink(search: string) {
      const params = new URLSearchParams(search);
      const setup = params.get('setup');
      if (setup !== null) {
        if (setupIds.includes(setup)) this.chooseSetup(setup);
        else
          update({
            notice: `This link asks for a setup called “${setup.slice(0, 40)}”, which this article doesn't have, so every step is shown.`,
          });
      }
      const shared = parseDoneParam(params.get('done'), steps);
      if (shared && !sameSteps(shared, snapshot.own.done)) update({ shared });
    },
    /** The step to show for a deep link: picks a setup that includes it if the current one hides it. */
    reveal(stepId: string) {
      const step = steps.find((candidate) => candidate.id === stepId);
      if (!step) return;
      if (!visibleSteps(steps, snapshot.own.setup).includes(step)) this.chooseSetup(step.setups[0]);
    },
  };
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;

const stores = new Map<string, ChecklistStore>();

export function getChecklistStore(article: ChecklistArticle): ChecklistStore {
  // Server renders use the server snapshot only; keep no state between requests there.
  if (typeof window === 'undefined') return createChecklistStore(article);
  let store = stores.get(article.slug);
  if (!store) {
    store = createChecklistStore(article);
    stores.set(article.slug, store);
  }
  return store;
}

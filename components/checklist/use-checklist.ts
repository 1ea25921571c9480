import { useSyncExternalStore } from 'react';
import { visibleSteps } from '@/lib/checklist/progress';
import { getChecklistStore, serverSnapshot, type ChecklistArticle } from './checklist-store';

/** The article's checklist state, derived for rendering: what is visible, what is ticked, how far along. */
export function useChecklist(article: ChecklistArticle) {
  const store = getChecklistStore(article);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot);
  const visible = visibleSteps(article.steps, snapshot.own.setup);
  const done = snapshot.shared ?? snapshot.own.done;
  const doneCount = visible.filter((step) => done.includes(step.id)).length;
  return { store, snapshot, visible, done, doneCount, total: visible.length };
}

'use client';

import { CopyButton } from '@/components/copy-button';
import { shareUrl } from '@/lib/checklist/progress';
import type { SetupOption } from '@/lib/content/schema';
import type { ChecklistArticle } from './checklist-store';
import { SetupPicker } from './setup-picker';
import { useChecklist } from './use-checklist';
import { useDeepLink } from './use-deep-link';

type ChecklistBarProps = { article: ChecklistArticle; setupOptions: SetupOption[]; redirects: Record<string, string> };

/** Progress, reset, share and setup choice for an article's fix steps. */
export function ChecklistBar({ article, setupOptions, redirects }: ChecklistBarProps) {
  const { store, snapshot, doneCount, total } = useChecklist(article);
  useDeepLink(store, redirects);

  return (
    <section aria-label="Checklist" className="not-prose my-4 space-y-3 rounded-lg bg-slate-50 p-4 dark:bg-slate-800/60">
      {setupOptions.length > 0 ? (
        <SetupPicker options={setupOptions} chosen={snapshot.own.setup} onChoose={store.chooseSetup} />
      ) : null}
      {snapshot.notice ? <p className="text-sm text-amber-800 dark:text-amber-300">{snapshot.notice}</p> : null}
      {snapshot.shared ? (
        <div
          role="alert"
          data-testid="shared-progress"
          className="rounded border border-sky-600/50 bg-sky-50 p-3 text-sm dark:bg-sky-950/50"
        >
          <p>
            Someone shared their progress with you: {doneCount} of {total} steps done, shown below. Keep it in place of your own
            ticks?
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className="button-small" onClick={store.keepShared}>
              Keep shared progress
            </button>
            <button type="button" className="button-small" onClick={store.discardShared}>
              Keep my own
            </button>
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p aria-live="polite" className="text-sm font-semibold" data-testid="checklist-progress">
          {doneCount} of {total} steps done
        </p>
        <progress value={doneCount} max={total} aria-hidden="true" className="h-2 w-32 accent-emerald-700" />
        <div className="print-hidden flex flex-wrap items-center gap-2">
          <button type="button" className="button-small" onClick={store.reset} disabled={doneCount === 0 && !snapshot.shared}>
            Reset
          </button>
          <CopyButton
            label="Share my progress"
            text={() =>
              shareUrl(window.location.href, { ...snapshot.own, done: snapshot.shared ?? snapshot.own.done }, article.steps)
            }
          />
        </div>
      </div>
      {snapshot.storageAvailable ? null : (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Your browser is blocking storage, so your ticks last only until you leave or reload this page.
        </p>
      )}
    </section>
  );
}

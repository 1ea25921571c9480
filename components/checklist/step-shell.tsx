'use client';

import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import type { ChecklistArticle } from './checklist-store';
import { useChecklist } from './use-checklist';

type StepShellProps = { article: ChecklistArticle; id: string; title: string; children: ReactNode };

/**
 * A step's list item and its controls (done checkbox, copy link). The step's content arrives as server-rendered
 * children; only the controls and the item's visibility for the chosen setup run in the browser.
 */
export function StepShell({ article, id, title, children }: StepShellProps) {
  const { store, visible, done } = useChecklist(article);
  const isVisible = visible.some((step) => step.id === id);
  const isDone = done.includes(id);
  const checkboxId = `done-${id}`;

  return (
    <li
      id={id}
      data-step={id}
      data-done={isDone}
      hidden={!isVisible}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="fix-step step-item group"
    >
      <div className="flex items-start gap-3">
        <span aria-hidden="true" className="fix-step-number step-number" />
        <div className="min-w-0 flex-1">
          <h3 id={`${id}-title`} className="text-base leading-snug font-semibold">
            <a href={`#${id}`} className="hover:underline">
              {title}
            </a>
          </h3>
          {children}
          <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
            <label htmlFor={checkboxId} className="inline-flex min-h-6 cursor-pointer items-center gap-2 text-sm font-medium">
              <input
                id={checkboxId}
                type="checkbox"
                checked={isDone}
                onChange={(event) => store.toggle(id, event.target.checked)}
                className="print-hidden size-6 cursor-pointer accent-emerald-700"
              />
              <span aria-hidden="true" className="print-box hidden" />
              Done<span className="sr-only">: {title}</span>
            </label>
            <CopyButton
              label="Copy link"
              accessibleName={`Copy link to step: ${title}`}
              text={() => `${window.location.origin}${window.location.pathname}#${id}`}
            />
            <StuckHere slug={article.slug} stepId={id} title={title} />
          </div>
        </div>
      </div>
    </li>
  );
}

/** "Stuck here": a one-click "not fixed" vote naming this step; a plain form, so it works before JavaScript loads. */
function StuckHere({ slug, stepId, title }: { slug: string; stepId: string; title: string }) {
  return (
    <form method="post" action="/api/feedback" className="print-hidden">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="helpful" value="false" />
      <input type="hidden" name="stuckStep" value={stepId} />
      <button type="submit" className="button-small" aria-label={`Stuck here: step "${title}" did not work`}>
        Stuck here
      </button>
    </form>
  );
}

'use client';

import type { ChecklistArticle } from './checklist-store';
import { useChecklist } from './use-checklist';

type ChecklistDoneProps = { article: ChecklistArticle; related?: { href: string; title: string } };

/** Once every visible step is ticked: did the sync work, and where to go if it didn't. */
export function ChecklistDone({ article, related }: ChecklistDoneProps) {
  const { doneCount, total } = useChecklist(article);
  if (total === 0 || doneCount < total) return null;
  return (
    <section
      aria-label="All steps done"
      className="print-hidden not-prose my-6 rounded-lg border border-emerald-600/50 bg-emerald-50 p-4 text-sm dark:bg-emerald-950/40"
    >
      <p className="font-semibold">All steps done. Did the sync work?</p>
      <p className="mt-1">
        <a href="#feedback" className="text-link">
          Tell us below
        </a>
        . If it still fails, read{' '}
        <a href="#if-it-still-fails" className="text-link">
          If it still fails
        </a>
        {related ? (
          <>
            {' '}
            or the related error{' '}
            <a href={related.href} className="text-link">
              {related.title}
            </a>
          </>
        ) : null}
        .
      </p>
    </section>
  );
}

'use client';

import { useState } from 'react';
import type { ChecklistArticle } from './checklist-store';
import { useChecklist } from './use-checklist';

type ChecklistDoneProps = { article: ChecklistArticle; related?: { href: string; title: string } };

/** Once every visible step is ticked: did the sync work, and what to do if it didn't. */
export function ChecklistDone({ article, related }: ChecklistDoneProps) {
  const { doneCount, total } = useChecklist(article);
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  if (total === 0 || doneCount < total) return null;

  return (
    <section aria-label="Did the sync work?" className="print-hidden not-prose my-6 rounded-lg border border-emerald-600/50 bg-emerald-50 p-4 dark:bg-emerald-950/40">
      <p className="font-semibold">All steps done. Did the sync work?</p>
      <div className="mt-2 flex gap-2">
        {(['yes', 'no'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={answer === choice}
            onClick={() => setAnswer(choice)}
            className="min-h-9 rounded border border-slate-300 bg-white px-4 text-sm font-medium aria-pressed:border-emerald-700 aria-pressed:ring-2 aria-pressed:ring-emerald-700 dark:border-slate-600 dark:bg-slate-900"
          >
            {choice === 'yes' ? 'Yes' : 'No'}
          </button>
        ))}
      </div>
      {answer === 'yes' ? <p className="mt-2 text-sm">Good. Nothing else to do: the next sync should carry on as normal.</p> : null}
      {answer === 'no' ? (
        <p className="mt-2 text-sm">
          Read <a href="#if-it-still-fails" className="text-teal-800 underline dark:text-teal-300">If it still fails</a>
          {related ? (
            <>
              , or check the related error{' '}
              <a href={related.href} className="text-teal-800 underline dark:text-teal-300">
                {related.title}
              </a>
            </>
          ) : null}
          .
        </p>
      ) : null}
    </section>
  );
}

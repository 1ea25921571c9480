import type { ReactNode } from 'react';
import { ChecklistBar } from '@/components/checklist/checklist-bar';
import { ChecklistDone } from '@/components/checklist/checklist-done';
import type { ChecklistArticle } from '@/components/checklist/checklist-store';
import type { SetupOption } from '@/lib/content/schema';

type StepsProps = {
  children: ReactNode;
  /** Supplied by the article page, not by authors. */
  article: ChecklistArticle;
  setupOptions: SetupOption[];
  redirects: Record<string, string>;
  related?: { href: string; title: string };
};

/** The fix as a checklist: progress and setup choice above, numbered steps, and a prompt once all are done. */
export function Steps({ children, article, setupOptions, redirects, related }: StepsProps) {
  return (
    <div data-checklist>
      <ChecklistBar article={article} setupOptions={setupOptions} redirects={redirects} />
      <ol className="fix-steps not-prose my-6 space-y-4" data-steps>
        {children}
      </ol>
      <ChecklistDone article={article} related={related} />
    </div>
  );
}

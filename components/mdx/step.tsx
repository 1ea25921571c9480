import type { ReactNode } from 'react';
import { StepShell } from '@/components/checklist/step-shell';
import type { ChecklistArticle } from '@/components/checklist/checklist-store';
import type { SetupOption } from '@/lib/content/schema';

type StepProps = {
  id: string;
  title: string;
  setup?: string;
  children: ReactNode;
  /** Supplied by the article page, not by authors. */
  article: ChecklistArticle;
  setupOptions: SetupOption[];
};

/** One fix step: its id is the deep-link target (`/errors/<slug>#<id>`), written in the MDX and never derived. */
export function Step({ id, title, setup, children, article, setupOptions }: StepProps) {
  return (
    <StepShell article={article} id={id} title={title}>
      {setup ? <SetupNote setup={setup} options={setupOptions} /> : null}
      <div className="step-body">{children}</div>
    </StepShell>
  );
}

function SetupNote({ setup, options }: { setup: string; options: SetupOption[] }) {
  const labels = setup.split(/\s+/).map((id) => options.find((option) => option.id === id)?.label ?? id);
  return <p className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300">Only for: {labels.join(', ')}</p>;
}

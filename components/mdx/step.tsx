import type { ReactNode } from 'react';
import { StepShell } from '@/components/checklist/step-shell';
import type { ChecklistArticle } from '@/components/checklist/checklist-store';
import type { SetupOption, Source } from '@/lib/content/schema';
import { sourceAnchor } from '@/lib/site';

type StepProps = {
  id: string;
  title: string;
  setup?: string;
  /** Space-separated ids of the article's sources this step rests on. */
  source?: string;
  children: ReactNode;
  /** Supplied by the article page, not by authors. */
  article: ChecklistArticle;
  setupOptions: SetupOption[];
  sources: Source[];
};

/** One fix step: its id is the deep-link target (`/errors/<slug>#<id>`), written in the MDX and never derived. */
export function Step({ id, title, setup, source, children, article, setupOptions, sources }: StepProps) {
  return (
    <StepShell article={article} id={id} title={title}>
      {setup ? <SetupNote setup={setup} options={setupOptions} /> : null}
      <div className="step-body">{children}</div>
      {source ? <StepSources ids={source} sources={sources} /> : null}
    </StepShell>
  );
}

function SetupNote({ setup, options }: { setup: string; options: SetupOption[] }) {
  const labels = setup.split(/\s+/).map((id) => options.find((option) => option.id === id)?.label ?? id);
  return <p className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300">Only for: {labels.join(', ')}</p>;
}

/** A quiet pointer to the numbered Sources list, so a reader can check where a menu path or setting comes from. */
function StepSources({ ids, sources }: { ids: string; sources: Source[] }) {
  const cited = ids.split(/\s+/).flatMap((id) => {
    const index = sources.findIndex((source) => source.id === id);
    return index >= 0 ? [{ id, number: index + 1 }] : [];
  });
  return (
    <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
      {cited.length > 1 ? 'Sources' : 'Source'}:{' '}
      {cited.map(({ id, number }, index) => (
        <span key={id}>
          {index > 0 ? ', ' : ''}
          <a href={`#${sourceAnchor(id)}`} className="underline">
            {number}
          </a>
        </span>
      ))}
    </p>
  );
}

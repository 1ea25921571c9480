import type { ReactNode } from 'react';
import type { SetupOption } from '@/lib/content/schema';

type StepProps = { id: string; title: string; setup?: string; setupOptions?: SetupOption[]; children: ReactNode };

/** One fix step: its id is the deep-link target (`/errors/<slug>#<id>`), written in the MDX and never derived. */
export function Step({ id, title, setup, setupOptions = [], children }: StepProps) {
  return (
    <li
      id={id}
      data-step={id}
      data-setup={setup}
      tabIndex={-1}
      className="fix-step rounded-lg border border-slate-200 p-4 outline-none focus-visible:ring-2 focus-visible:ring-teal-600 dark:border-slate-700 sm:p-5"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="fix-step-number mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-teal-700 text-sm font-semibold text-white"
        />
        <div className="min-w-0 flex-1">
          <h3 className="text-base font-semibold leading-snug">
            <a href={`#${id}`} className="hover:underline">
              {title}
            </a>
          </h3>
          {setup ? <SetupNote setup={setup} options={setupOptions} /> : null}
          <div className="prose prose-slate mt-2 max-w-none dark:prose-invert prose-p:my-2 prose-ol:my-2 prose-ul:my-2">
            {children}
          </div>
        </div>
      </div>
    </li>
  );
}

function SetupNote({ setup, options }: { setup: string; options: SetupOption[] }) {
  const labels = setup.split(/\s+/).map((id) => options.find((option) => option.id === id)?.label ?? id);
  return <p className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300">Only for: {labels.join(', ')}</p>;
}

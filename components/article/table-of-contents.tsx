import type { ArticleHeading, ArticleStep } from '@/lib/content';

type TableOfContentsProps = { headings: ArticleHeading[]; steps: ArticleStep[] };

export function TableOfContents({ headings, steps }: TableOfContentsProps) {
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="font-semibold">On this page</p>
      <ul className="mt-2 space-y-1 border-l border-slate-200 dark:border-slate-700">
        {headings
          .filter((heading) => heading.depth === 2)
          .map((heading) => (
            <li key={heading.id}>
              <a href={`#${heading.id}`} className="-ml-px block border-l border-transparent py-1 pl-3 hover:border-teal-600 hover:text-teal-800 dark:hover:text-teal-300">
                {heading.text}
              </a>
              {heading.id === 'fix' ? <StepLinks steps={steps} /> : null}
            </li>
          ))}
      </ul>
    </nav>
  );
}

function StepLinks({ steps }: { steps: ArticleStep[] }) {
  return (
    <ul className="ml-3 space-y-1 pl-3 text-slate-600 dark:text-slate-400">
      {steps.map((step) => (
        <li key={step.id}>
          <a href={`#${step.id}`} className="block py-0.5 hover:text-teal-800 dark:hover:text-teal-300">
            {step.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

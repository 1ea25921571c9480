import type { ArticleHeading } from '@/lib/content';

/** The article's sections; the steps are listed, numbered, right under "Fix". */
export function TableOfContents({ headings }: { headings: ArticleHeading[] }) {
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="font-semibold">On this page</p>
      <ul className="mt-2 space-y-1 border-l border-slate-200 dark:border-slate-700">
        {headings
          .filter((heading) => heading.depth === 2)
          .map((heading) => (
            <li key={heading.id}>
              <a href={`#${heading.id}`} className="toc-link">
                {heading.text}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

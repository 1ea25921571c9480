import { categories, categoryIds } from '@/lib/categories';
import type { Article } from '@/lib/content';

/** Shown when nothing matches well: say so plainly and offer the catalogue by category. */
export function NoMatch({ articles }: { articles: Article[] }) {
  return (
    <div className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="no-match">
      <p className="font-semibold">We couldn&apos;t find a confident match.</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Try pasting the whole error, including any code such as BL01001973 or INT205, or browse the errors by kind:
      </p>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        {categoryIds
          .filter((id) => articles.some((article) => article.category === id))
          .map((id) => (
            <li key={id}>
              <a
                href={`/#${id}`}
                className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-teal-600 dark:border-slate-600"
              >
                {categories[id]}
              </a>
            </li>
          ))}
      </ul>
      <p className="mt-4 text-sm">
        Not sure what the error says?{' '}
        <a href="/troubleshoot" className="text-link font-medium">
          Answer a few questions instead
        </a>
        .
      </p>
    </div>
  );
}

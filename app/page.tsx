import { CategoryIndex } from '@/components/catalogue/category-index';
import { LiveSearch } from '@/components/search/live-search';
import { getArticles } from '@/lib/content';
import { site } from '@/lib/site';

export default function HomePage() {
  return (
    <>
      <section className="mx-auto max-w-3xl text-center">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.tagline}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Step-by-step fixes for the errors BILL and other AP, expense and project tools report when they sync with Sage Intacct.
        </p>
      </section>
      <LiveSearch />
      <p className="mx-auto mt-4 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        No error text at hand?{' '}
        <a href="/troubleshoot" className="text-link font-medium">
          Answer a few questions to find your fix
        </a>
        .
      </p>
      <p className="mx-auto mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Have a code such as INT149 or BL01001973? See{' '}
        <a href="/codes" className="text-link font-medium">
          every error code
        </a>
        , or{' '}
        <a href="/tools" className="text-link font-medium">
          the errors of your tool
        </a>
        .
      </p>
      <CategoryIndex articles={getArticles()} />
    </>
  );
}

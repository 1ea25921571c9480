import type { Metadata } from 'next';
import { CodeTable } from '@/components/codes/code-table';
import { buildCodeIndex, codeFamilies, type CodeFamily } from '@/lib/codes';
import { getArticles } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Error codes',
  description: 'Every Sage Intacct, gateway, Expensify and HTTP error code SyncFix knows, with what it means and the fix.',
  alternates: { canonical: '/codes' },
};

export default function CodesPage() {
  const index = buildCodeIndex(getArticles());
  const families = Object.keys(codeFamilies) as CodeFamily[];
  const codeCount = new Set(index.map((entry) => entry.code)).size;
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-bold tracking-tight">Error codes</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {codeCount} codes that Sage Intacct and the tools syncing with it put in their errors, each with the article that fixes
        it. Link to one code with <code>/codes#</code> and the code, for example{' '}
        <a href="/codes#INT149" className="text-link">
          /codes#INT149
        </a>
        . Pasting a code in the search box finds it too.
      </p>
      <nav aria-label="Code families" className="mt-4 flex flex-wrap gap-2 text-sm">
        {families.map((family) => (
          <a key={family} href={`#${family}`} className="rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600">
            {codeFamilies[family]}
          </a>
        ))}
      </nav>
      {families.map((family) => (
        <CodeTable key={family} family={family} entries={index.filter((entry) => entry.family === family)} />
      ))}
    </div>
  );
}

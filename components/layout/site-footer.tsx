import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="print-hidden border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p>
          {site.name} is an independent help site. Sage Intacct and BILL are trademarks of their owners; menu names can change, so
          check them against your own screens.
        </p>
      </div>
    </footer>
  );
}

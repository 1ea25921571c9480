import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="print-hidden site-footer">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p>
          {site.name} is an independent help site. Sage Intacct and BILL are trademarks of their owners; menu names can change, so
          check them against your own screens.
        </p>
      </div>
    </footer>
  );
}

import { SearchPalette } from '@/components/search/search-palette';
import { site } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="print-hidden site-header">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <a href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-teal-700" />
            <path
              d="M9 16.5l4.5 4.5L23 11.5"
              fill="none"
              stroke="#fff"
              strokeWidth="3.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {site.name}
        </a>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <a href="/errors" className="nav-link">
            All errors
          </a>
          <a href="/codes" className="nav-link hidden sm:inline">
            Codes
          </a>
          <a href="/tools" className="nav-link hidden sm:inline">
            Tools
          </a>
          <SearchPalette />
        </nav>
      </div>
    </header>
  );
}

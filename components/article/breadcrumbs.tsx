type Crumb = { href: string; label: string };

export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="print-hidden text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-1">
            <a href={crumb.href} className="underline-offset-2 hover:underline">
              {crumb.label}
            </a>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-slate-900 dark:text-slate-100">
          {current}
        </li>
      </ol>
    </nav>
  );
}

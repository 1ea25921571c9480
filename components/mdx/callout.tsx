import type { ReactNode } from 'react';

const styles = {
  note: { label: 'Note', className: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40' },
  warning: { label: 'Warning', className: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40' },
} as const;

export function Callout({ type = 'note', children }: { type?: keyof typeof styles; children: ReactNode }) {
  const style = styles[type];
  return (
    <aside className={`not-prose my-4 rounded-r-lg border-l-4 px-4 py-3 text-sm ${style.className}`}>
      <p className="font-semibold">{style.label}</p>
      <div className="mt-1 space-y-2">{children}</div>
    </aside>
  );
}

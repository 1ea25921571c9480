import type { Confidence } from '@/lib/search/confidence';

const badges: Record<Confidence, { label: string; className: string }> = {
  exact: { label: 'Exact match', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100' },
  likely: { label: 'Likely', className: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100' },
  possible: { label: 'Possible', className: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-100' },
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const badge = badges[confidence];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${badge.className}`}>{badge.label}</span>;
}

import { detailLabels, type ErrorDetail } from '@/lib/search/details';

/** "Your error names smart rule vendor_creation": values from the user's own paste, shown as text. */
export function ErrorDetails({ details }: { details: ErrorDetail[] }) {
  if (details.length === 0) return null;
  return (
    <p
      className="mt-2 flex flex-wrap items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300"
      data-testid="error-details"
    >
      <span>Your error names</span>
      {details.map((detail) => (
        <span key={detail.kind} className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600">
          {detailLabels[detail.kind]} <strong>{detail.value}</strong>
        </span>
      ))}
    </p>
  );
}

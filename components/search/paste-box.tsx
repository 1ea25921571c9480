type PasteBoxProps = { defaultValue?: string };

/** A plain GET form to /search, so pasting an error works even before any JavaScript loads. */
export function PasteBox({ defaultValue = '' }: PasteBoxProps) {
  return (
    <form action="/search" method="get" role="search" className="mx-auto mt-8 max-w-3xl">
      <label htmlFor="error-text-input" className="block text-sm font-semibold">
        Paste your error message
      </label>
      <textarea
        id="error-text-input"
        name="q"
        rows={4}
        maxLength={5000}
        defaultValue={defaultValue}
        placeholder="e.g. Smart rule vendor_creation was violated. This record needs to be created at the top level…"
        className="mt-2 block w-full rounded-lg border border-slate-300 bg-white p-3 font-mono text-sm shadow-sm focus:border-teal-600 focus:outline-2 focus:outline-teal-600 dark:border-slate-600 dark:bg-slate-800"
      />
      <div className="mt-3 flex justify-end">
        <button
          type="submit"
          className="rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          Find the fix
        </button>
      </div>
    </form>
  );
}

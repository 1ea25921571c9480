import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { toolIds, tools } from '@/lib/tools';

type PasteFormProps = {
  textarea: TextareaHTMLAttributes<HTMLTextAreaElement>;
  /** The tool filter: only that tool's articles are shown; it travels in the URL as `tool=`. */
  toolSelect?: SelectHTMLAttributes<HTMLSelectElement>;
  status?: ReactNode;
  children?: ReactNode;
};

/**
 * The paste box: a plain GET form to /search, so it works before (or without) JavaScript.
 * The server renders it as is; the live search adds handlers, a status line and results.
 */
export function PasteForm({ textarea, toolSelect, status, children }: PasteFormProps) {
  return (
    <form action="/search" method="get" role="search" className="mx-auto mt-8 max-w-3xl">
      <label htmlFor="error-text-input" className="block text-sm font-semibold">
        Paste your error message
      </label>
      <p id="error-text-hint" className="text-sm text-slate-600 dark:text-slate-400">
        Paste it as it is, with record numbers and codes. Press Enter to search; Shift+Enter adds a line.
      </p>
      <textarea
        id="error-text-input"
        name="q"
        rows={4}
        maxLength={5000}
        aria-describedby="error-text-hint"
        placeholder="e.g. Smart rule vendor_creation was violated. This record needs to be created at the top level…"
        className="mt-2 block w-full rounded-lg border border-slate-300 bg-white p-3 font-mono text-sm shadow-sm focus:border-teal-600 focus:outline-2 focus:outline-teal-600 dark:border-slate-600 dark:bg-slate-800"
        {...textarea}
      />
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor="tool-filter" className="font-medium">
          Only errors from
        </label>
        <select
          id="tool-filter"
          name="tool"
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          {...toolSelect}
        >
          <option value="">any tool</option>
          {toolIds.map((tool) => (
            <option key={tool} value={tool}>
              {tools[tool]}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-3 flex items-center justify-between gap-4">
        <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          {status}
        </p>
        <button
          type="submit"
          className="shrink-0 rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          Find the fix
        </button>
      </div>
      {children}
    </form>
  );
}

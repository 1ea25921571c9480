'use client';

import { useState } from 'react';

type CopyButtonProps = { text: string; label: string; className?: string };

/** Copies `text`; the result is announced through a polite live region. */
export function CopyButton({ text, label, className = '' }: CopyButtonProps) {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it by hand');
    }
    window.setTimeout(() => setStatus(''), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className={`print-hidden inline-flex min-h-6 min-w-6 items-center rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:bg-slate-800 ${className}`}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-teal-800 dark:text-teal-300">
        {status}
      </span>
    </span>
  );
}

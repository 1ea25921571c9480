'use client';

import { useState } from 'react';

type CopyButtonProps = {
  /**
   * What to copy: a function computing it at click time (e.g. an absolute URL), or the id of an element whose
   * text to copy (so long texts are not sent to the browser twice).
   */
  text: (() => string) | { fromElementId: string };
  label: string;
  /** Accessible name when the visible label alone is ambiguous (several "Copy link" buttons on a page). */
  accessibleName?: string;
  className?: string;
};

/** Copies `text`; the result is announced through a polite live region. */
export function CopyButton({ text, label, accessibleName, className = '' }: CopyButtonProps) {
  const [status, setStatus] = useState('');

  async function copy() {
    const value = typeof text === 'function' ? text() : (document.getElementById(text.fromElementId)?.textContent ?? '');
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied');
      window.setTimeout(() => setStatus(''), 2500);
    } catch {
      // Clipboard access can be blocked; the text stays on screen to copy by hand.
      setStatus(`Copy blocked by the browser. Select and copy: ${value}`);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} aria-label={accessibleName} className={`print-hidden button-small ${className}`}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-teal-800 dark:text-teal-300">
        {status}
      </span>
    </span>
  );
}

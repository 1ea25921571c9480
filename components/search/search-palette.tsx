'use client';

import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { loadMatcher } from './load-matcher';

type PaletteDialog = ComponentType<{ onClosed: () => void }>;

/** The header's search: a link to /search without JavaScript, a ⌘K / Ctrl+K palette with it. */
export function SearchPalette() {
  const [open, setOpen] = useState(false);
  // The palette's code and the search index load on first open, never with the page.
  const [Dialog, setDialog] = useState<PaletteDialog>();

  const openPalette = useCallback(() => {
    setOpen(true);
    void loadMatcher().catch(() => undefined);
    import('./palette-dialog').then(
      (module) => setDialog(() => module.default),
      () => setOpen(false),
    );
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openPalette();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPalette]);

  return (
    <>
      <a
        href="/search"
        onClick={(event) => {
          event.preventDefault();
          openPalette();
        }}
        className="flex min-h-10 items-center gap-2 rounded-md border border-slate-300 px-3 text-slate-700 hover:border-teal-600 dark:border-slate-600 dark:text-slate-200"
      >
        <span>Search</span>
        <kbd className="hidden rounded border border-slate-300 px-1 font-sans text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-300">
          Ctrl K
        </kbd>
      </a>
      {open && Dialog ? <Dialog onClosed={() => setOpen(false)} /> : null}
    </>
  );
}

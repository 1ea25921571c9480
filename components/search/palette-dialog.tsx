'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { MatchResponse, MatchResult } from '@/lib/search/matcher';
import { resultHref } from './result-list';
import { ResultSummary } from './result-summary';
import { errorExcerpt } from './search-answer';
import { searchStatusText } from './search-status';
import { useSearch } from './use-search';

type PaletteDialogProps = { onClosed: () => void };

/** The search palette itself, loaded only when someone opens it: ↑ ↓ move, Enter opens, Esc closes. */
export default function PaletteDialog({ onClosed }: PaletteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const state = useSearch(query, 8);
  const groups = state.status === 'ready' ? paletteGroups(state.response) : [];
  const results = groups.flatMap((group) => group.results);

  useEffect(() => {
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
  }, []);

  function close() {
    returnFocusTo.current?.focus();
    onClosed();
  }

  function go(result: MatchResult | undefined) {
    if (!result) return;
    const group = groups.find((candidate) => candidate.results.includes(result));
    returnFocusTo.current = null;
    dialog.current?.close();
    router.push(resultHref(result, group?.details ?? []));
  }

  /** A one-line field drops line breaks; keep them as line separators so a paste of several errors stays several. */
  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(pasted)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    setQuery(`${input.value.slice(0, start)}${pasted.replace(/\r?\n|\r/g, '\u2028')}${input.value.slice(end)}`);
    setActive(0);
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (results.length === 0 ? 0 : (current + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(results[active]);
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-label="Search errors"
      onClose={close}
      className="mx-auto mt-[10vh] w-[min(40rem,calc(100%-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="border-b border-slate-200 p-3 dark:border-slate-700">
        <input
          type="text"
          role="combobox"
          aria-label="Search errors by message or words"
          aria-expanded={results.length > 0}
          aria-controls="palette-results"
          aria-autocomplete="list"
          aria-activedescendant={results.length > 0 ? `palette-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onInputKeyDown}
          onPaste={onPaste}
          placeholder="Paste an error or type a few words"
          className="w-full rounded-md bg-transparent px-2 py-2 text-base outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
        />
      </div>
      <div id="palette-results" role="listbox" aria-label="Matching articles" className="max-h-[60vh] overflow-y-auto p-2">
        {groups.map((group, groupIndex) => (
          <div key={groupIndex} role="group" aria-label={group.label}>
            {group.label ? (
              <p aria-hidden="true" className="px-3 pt-2 pb-1 text-xs font-semibold text-slate-600 dark:text-slate-400">
                {group.label}
              </p>
            ) : null}
            {group.results.map((result) => {
              const index = results.indexOf(result);
              return (
                <div
                  key={`${groupIndex}-${result.slug}`}
                  id={`palette-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onClick={() => go(result)}
                  onMouseMove={() => setActive(index)}
                  className={`cursor-pointer rounded-lg p-3 ${index === active ? 'bg-teal-50 ring-2 ring-teal-600 dark:bg-teal-950/50' : ''}`}
                >
                  <ResultSummary result={result} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <p role="status" aria-live="polite">
          {searchStatusText(state)}
        </p>
        <p aria-hidden="true">↑ ↓ move · Enter open · Esc close</p>
      </div>
    </dialog>
  );
}

type PaletteGroup = { label?: string; results: MatchResult[]; details: MatchResponse['details'] };

/** One unlabelled group for a single error; for a paste with several errors, a labelled group per error. */
function paletteGroups(response: MatchResponse): PaletteGroup[] {
  if (response.errors.length < 2) return [{ results: response.results, details: response.details }];
  return response.errors.map((group, index) => ({
    label: `Error ${index + 1}: ${errorExcerpt(group.text)}`,
    results: group.results.slice(0, 3),
    details: group.details,
  }));
}

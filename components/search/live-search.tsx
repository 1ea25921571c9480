'use client';

import { useState, type KeyboardEvent } from 'react';
import { loadMatcher } from './load-matcher';
import { PasteForm } from './paste-form';
import { SearchAnswer } from './search-answer';
import { SearchLogNotice } from './search-log-notice';
import { searchStatusText } from './search-status';
import { useSearch } from './use-search';
import { useSearchMissReport } from './use-search-miss-report';

/** The home page's paste box: results as you type; Enter (without Shift) opens the full results page. */
export function LiveSearch() {
  const [query, setQuery] = useState('');
  const [tool, setTool] = useState('');
  const state = useSearch(query, 5, tool);
  useSearchMissReport(query, state);

  function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (query.trim()) event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <PasteForm
      textarea={{
        value: query,
        onChange: (event) => setQuery(event.target.value),
        onFocus: () => void loadMatcher().catch(() => undefined),
        onKeyDown: submitOnEnter,
      }}
      toolSelect={{ value: tool, onChange: (event) => setTool(event.target.value) }}
      status={searchStatusText(state)}
    >
      <SearchLogNotice />
      {state.status === 'ready' && state.response.results.length > 0 ? (
        <div className="mt-4">
          <SearchAnswer response={state.response} />
        </div>
      ) : null}
    </PasteForm>
  );
}

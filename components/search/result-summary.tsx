import type { MatchResult } from '@/lib/search/matcher';
import { ConfidenceBadge } from './confidence-badge';
import { HighlightedText } from './highlighted-text';

/** A result's title, confidence and matched message with the matched words marked. */
export function ResultSummary({ result }: { result: MatchResult }) {
  return (
    <>
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-teal-800 dark:text-teal-300">{result.title}</span>
        <ConfidenceBadge confidence={result.confidence} />
      </span>
      <span className="mt-1 block font-mono text-xs text-slate-700 dark:text-slate-300">
        <HighlightedText text={result.matchedMessage} ranges={result.highlights} />
      </span>
    </>
  );
}

import type { Range } from '@/lib/search/highlight';

/** Renders text with the given ranges in <mark>; the text is always rendered as text, never as HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: Array<{ text: string; marked: boolean; start: number }> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false, start: cursor });
    parts.push({ text: text.slice(start, end), marked: true, start });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false, start: cursor });
  return (
    <>
      {parts.map((part) =>
        part.marked ? (
          <mark
            key={part.start}
            className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400/30 dark:text-amber-100"
          >
            {part.text}
          </mark>
        ) : (
          <span key={part.start}>{part.text}</span>
        ),
      )}
    </>
  );
}

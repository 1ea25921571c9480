import { extractDetails } from './extract';
import type { ErrorGroup, MatchResult } from './matcher';

type Part = { text: string; results: MatchResult[] };

/**
 * The errors of a paste from its parts that each hold an error: parts landing on the same article are one error, and
 * parts that only match a generic wrapper message are dropped when a specific error sits beside them.
 */
export function joinErrorParts(parts: Part[], isGeneric: (results: MatchResult[]) => boolean): ErrorGroup[] {
  const specific = parts.filter((part) => !isGeneric(part.results));
  const groups: ErrorGroup[] = [];
  for (const part of specific.length > 0 ? specific : parts) {
    const same = groups.find((group) => group.results[0]?.slug === part.results[0]?.slug);
    if (same) same.text = `${same.text}\n${part.text}`;
    else groups.push({ text: part.text, details: [], results: part.results });
  }
  for (const group of groups) group.details = extractDetails(group.text);
  return groups;
}

/** Each error's best article first, in paste order, then the rest by score, without repeats. */
export function mergeResults(groups: ErrorGroup[], limit: number): MatchResult[] {
  const merged = new Map<string, MatchResult>();
  for (const group of groups) if (group.results[0]) merged.set(group.results[0].slug, group.results[0]);
  const rest = groups.flatMap((group) => group.results.slice(1)).sort((a, b) => b.score - a.score);
  for (const result of rest) if (!merged.has(result.slug)) merged.set(result.slug, result);
  return [...merged.values()].slice(0, limit);
}

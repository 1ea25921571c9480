import { getArticles } from '@/lib/content';
import { createMatcher, type Matcher } from './matcher';
import { toSearchRecords, type SearchRecord } from './records';

let records: SearchRecord[] | undefined;
let matcher: Matcher | undefined;

/** The search records of the shipped articles: the same data the browser fetches as /search-index.json. */
export function getSearchRecords(): SearchRecord[] {
  records ??= toSearchRecords(getArticles());
  return records;
}

/** One matcher for the server (search page, JSON API, CLI), built on first use. */
export function getCatalogueMatcher(): Matcher {
  matcher ??= createMatcher(getSearchRecords());
  return matcher;
}

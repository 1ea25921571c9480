import { describe, expect, it } from 'vitest';
import { applyReview, parseLabelledQueries, queryFingerprint } from './labelled-queries';

describe('applyReview', () => {
  const queries = parseLabelledQueries('none\tfirst query\nnone\tsecond query\n', 'set.tsv');

  it('corrects only the labels the review names, by fingerprint', () => {
    const reviewed = { [queryFingerprint('second query')]: { label: 'some-article', why: 'the article holds it' } };
    expect(applyReview(queries, reviewed).map((query) => query.expected)).toEqual(['none', 'some-article']);
  });

  it('leaves the queries as written without a review', () => {
    expect(applyReview(queries)).toEqual(queries);
  });

  it('fingerprints a query in 16 hex characters that do not show it', () => {
    expect(queryFingerprint('second query')).toMatch(/^[0-9a-f]{16}$/);
    expect(queryFingerprint('second query')).not.toBe(queryFingerprint('first query'));
  });
});

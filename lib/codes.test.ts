import { describe, expect, it } from 'vitest';
import { buildCodeIndex, codeAnchor } from './codes';
import { getArticles } from './content';
import { getCatalogueMatcher } from './search/catalogue';

describe('the code index', () => {
  const index = buildCodeIndex(getArticles());

  it('lists every code an article shows, each pointing at an article that shows it', () => {
    for (const entry of index) {
      const article = getArticles().find((candidate) => candidate.slug === entry.slug)!;
      const shown = [...article.errorMessages.map((message) => message.text), article.body].join('\n');
      expect(shown, `${entry.slug} shows ${entry.code}`).toContain(entry.code);
    }
    expect(new Set(index.map((entry) => entry.code)).size).toBeGreaterThanOrEqual(59);
  });

  it('leaves out the codes a generic wrapper article names only as examples of the errors it wraps', () => {
    // transaction-rolled-back mentions BL03002101 ("remove the extra line item") but has no fix for it.
    expect(index.filter((entry) => entry.code === 'BL03002101')).toEqual([]);
    const wrapped = getCatalogueMatcher().match(
      'BL03002101 Remove the extra line item in the request, then reclassify the bill.\nXL03000009 The entire transaction in this operation has been rolled back due to an error.',
    );
    expect(wrapped.results[0]).toMatchObject({ slug: 'transaction-rolled-back', confidence: 'possible' });
  });

  it('finds the article from the bare code typed or pasted alone', () => {
    const matcher = getCatalogueMatcher();
    for (const entry of index) {
      const query = entry.family === 'http' ? `HTTP ${entry.code}` : entry.code;
      const slugs = index.filter((other) => other.code === entry.code).map((other) => other.slug);
      expect({ code: entry.code, found: slugs.includes(matcher.match(query).results[0]?.slug ?? '') }).toEqual({
        code: entry.code,
        found: true,
      });
    }
  });

  it('gives HTTP statuses an anchor that is a valid id', () => {
    expect(codeAnchor('429')).toBe('HTTP-429');
    expect(codeAnchor('INT149')).toBe('INT149');
  });
});

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
    expect(new Set(index.map((entry) => entry.code)).size).toBeGreaterThanOrEqual(60);
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

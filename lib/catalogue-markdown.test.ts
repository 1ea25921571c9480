import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogueMarkdown, replaceCatalogueSection } from './catalogue-markdown';
import { getArticles } from './content';

describe('README catalogue', () => {
  it('is up to date with content/ (run `npm run docs:catalogue` to refresh it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(replaceCatalogueSection(readme, renderCatalogueMarkdown(getArticles()))).toBe(readme);
  });

  it('refuses a README without markers', () => {
    expect(() => replaceCatalogueSection('# no markers', 'x')).toThrow('catalogue markers');
  });
});

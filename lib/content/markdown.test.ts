import { describe, expect, it } from 'vitest';
import { getArticle, getRelatedArticles } from '@/lib/content';
import { articleToMarkdown } from './markdown';

describe('articleToMarkdown', () => {
  const article = getArticle('chart-of-accounts-not-syncing')!;
  const markdown = articleToMarkdown(article, 'https://syncfix.example/errors/chart-of-accounts-not-syncing', getRelatedArticles(article.slug));

  it('numbers every step with its link id and setup, leaving no MDX tags', () => {
    article.steps.forEach((step, index) => {
      expect(markdown).toContain(`### Step ${index + 1}: ${step.title}\n\nStep link: #${step.id}`);
    });
    expect(markdown).toContain('_Only for: Multi-entity, chart at root level._');
    expect(markdown).not.toMatch(/<\/?(Steps|Step|Callout)\b/);
  });

  it('starts with the title, the source URL and each error text with its provenance', () => {
    expect(markdown.startsWith(`# ${article.title}\n`)).toBe(true);
    expect(markdown).toContain('Source: https://syncfix.example/errors/chart-of-accounts-not-syncing');
    for (const message of article.errorMessages) {
      if (message.verbatim) expect(markdown).toContain(`> ${message.text}\n\n(Exact wording, as shown in `);
      else expect(markdown).toContain(`${message.text}\n\n(Described by `);
    }
  });

  it('turns callouts into labelled paragraphs', () => {
    const withCallout = getArticle('sync-failed-try-again')!;
    expect(articleToMarkdown(withCallout, 'https://x.example', [])).toMatch(/\*\*(Warning|Note):\*\*/);
  });
});

import { describe, expect, it } from 'vitest';
import { getArticles, loadStepRegistry } from '@/lib/content';
import { parseArticle } from './parse';
import { checkPublishedSteps, parseStepRegistry, unpublishedSteps, withCurrentSteps } from './step-registry';

const article = parseArticle(
  'content/errors/sample.mdx',
  `---
title: "A sample error"
summary: "A sample error used by the registry tests."
category: records-dimensions
errorMessages: [{ text: "Sample error text.", source: "test", verbatim: true }]
appliesTo: { tools: ["bill"], setups: ["single-entity"] }
sources: [{ id: "test", title: "Test", url: "https://example.com/source" }]
updated: "2026-11-26"
reviewed: "2026-11-26"
---

<Steps>
<Step id="new-name" title="Step">

Text.

</Step>
</Steps>
`,
);

describe('published step ids', () => {
  it('are all registered for the shipped articles, and none has vanished', () => {
    const articles = getArticles();
    const registry = loadStepRegistry();
    expect(unpublishedSteps(articles, registry)).toEqual([]);
    expect(() => checkPublishedSteps(articles, registry)).not.toThrow();
  });

  it('fail when a published id disappears without a redirect', () => {
    const registry = { published: { sample: ['old-name'] }, redirects: {} };
    expect(() => checkPublishedSteps([article], registry)).toThrow('content/step-ids.json: published.sample: step "old-name" was published but is gone');
  });

  it('accept a redirect to an existing step, and reject one to a missing step', () => {
    expect(() => checkPublishedSteps([article], { published: { sample: ['old-name'] }, redirects: { sample: { 'old-name': 'new-name' } } })).not.toThrow();
    expect(() => checkPublishedSteps([article], { published: { sample: ['old-name'] }, redirects: { sample: { 'old-name': 'gone' } } })).toThrow(
      'redirects.sample.old-name: points to "gone"',
    );
  });

  it('fail when a published article disappears', () => {
    expect(() => checkPublishedSteps([article], { published: { ghost: ['x'] }, redirects: {} })).toThrow('published.ghost');
  });

  it('register new steps without dropping old ones', () => {
    const registry = withCurrentSteps([article], { published: { sample: ['old-name'] }, redirects: {} });
    expect(registry.published.sample).toEqual(['old-name', 'new-name']);
  });

  it('reject a malformed registry file with the field named', () => {
    expect(() => parseStepRegistry('{"published": {"a": "x"}, "redirects": {}}')).toThrow('content/step-ids.json: published.a:');
  });
});

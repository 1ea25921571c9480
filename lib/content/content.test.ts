import { describe, expect, it } from 'vitest';
import { getArticles, getRelatedArticles, loadArticles } from '@/lib/content';
import { parseArticle } from './parse';
import { validateCatalogue } from './validate';

type Overrides = { frontmatter?: string; body?: string };

const validFrontmatter = `title: "A sample error"
summary: "A sample error used by the content tests."
category: records-dimensions
errorMessages: [{ text: "Sample error text shown to users.", source: "test", verbatim: true }]
appliesTo: { tools: ["bill"], setups: ["single-entity"] }
sources: [{ id: "test", title: "Test source", url: "https://example.com/source" }]
updated: "2026-11-26"
reviewed: "2026-11-26"`;

const validBody = `## Fix

<Steps>
<Step id="first-step" title="Do the first thing">

Text.

</Step>
</Steps>
`;

function article(file: string, { frontmatter = validFrontmatter, body = validBody }: Overrides = {}) {
  return parseArticle(file, `---\n${frontmatter}\n---\n${body}`);
}

describe('parseArticle', () => {
  it('derives the slug, steps and headings', () => {
    const parsed = article('content/errors/sample-error.mdx');
    expect(parsed.slug).toBe('sample-error');
    expect(parsed.steps).toEqual([{ id: 'first-step', title: 'Do the first thing', setups: [], sources: [], namesMenuPath: false }]);
    expect(parsed.headings).toEqual([{ id: 'fix', text: 'Fix', depth: 2 }]);
  });

  it('names the file and field of invalid frontmatter', () => {
    const frontmatter = validFrontmatter.replace('category: records-dimensions', 'category: cooking');
    expect(() => article('content/errors/bad.mdx', { frontmatter })).toThrow(/^content\/errors\/bad\.mdx: category: /);
  });

  it('rejects a missing required field', () => {
    const frontmatter = validFrontmatter.replace(/^errorMessages.*$/m, '');
    expect(() => article('bad.mdx', { frontmatter })).toThrow('bad.mdx: errorMessages:');
  });

  it('rejects unknown frontmatter keys', () => {
    expect(() => article('bad.mdx', { frontmatter: `${validFrontmatter}\nauthor: "me"` })).toThrow('bad.mdx: ');
  });

  it('accepts an unquoted YAML date', () => {
    const frontmatter = validFrontmatter.replace('"2026-11-26"', '2026-11-26');
    expect(article('ok.mdx', { frontmatter }).updated).toBe('2026-11-26');
  });

  it('rejects a step without an id', () => {
    const body = validBody.replace(' id="first-step"', '');
    expect(() => article('bad.mdx', { body })).toThrow('bad.mdx: steps[0].id:');
  });

  it('requires exactly one <Steps> block', () => {
    expect(() => article('bad.mdx', { body: `${validBody}\n${validBody.replaceAll('first-step', 'second')}` })).toThrow('bad.mdx: body: the fix needs exactly one <Steps> block, found 2');
  });

  it('reports MDX syntax errors against the body', () => {
    expect(() => article('bad.mdx', { body: '<Steps>\n<Step id="x" title="y">\n' })).toThrow('bad.mdx: body:');
  });
});

describe('validateCatalogue', () => {
  it('rejects a related slug that does not exist', () => {
    const frontmatter = `${validFrontmatter}\nrelated: ["no-such-article"]`;
    expect(() => validateCatalogue([article('a.mdx', { frontmatter })])).toThrow('a.mdx: related[0]: no article has the slug "no-such-article"');
  });

  it('rejects duplicate slugs', () => {
    expect(() => validateCatalogue([article('one/same.mdx'), article('two/same.mdx')])).toThrow('two/same.mdx: slug:');
  });

  it('rejects duplicate step ids within an article', () => {
    const body = validBody.replace('</Steps>', '<Step id="first-step" title="Again">\n\nText.\n\n</Step>\n</Steps>');
    expect(() => validateCatalogue([article('dup.mdx', { body })])).toThrow('dup.mdx: steps[1].id: duplicate step id "first-step"');
  });

  it('rejects a step limited to an undeclared setup', () => {
    const body = validBody.replace('id="first-step"', 'id="first-step" setup="multi-entity"');
    expect(() => validateCatalogue([article('s.mdx', { body })])).toThrow('s.mdx: steps[0].setup:');
  });

  it('rejects internal links to missing articles, pages and anchors', () => {
    const withLink = (link: string) => article('links.mdx', { body: `${validBody}\nSee [this](${link}).\n` });
    expect(() => validateCatalogue([withLink('/errors/ghost')])).toThrow('links.mdx: link /errors/ghost: no article');
    expect(() => validateCatalogue([withLink('/nowhere')])).toThrow('links.mdx: link /nowhere: no such page');
    expect(() => validateCatalogue([withLink('#missing')])).toThrow('links.mdx: link #missing:');
    expect(() => validateCatalogue([withLink('/errors/links#missing')])).toThrow('has no heading or step "missing"');
    expect(validateCatalogue([withLink('/errors/links#first-step')])).toHaveLength(1);
    expect(validateCatalogue([withLink('#fix')])).toHaveLength(1);
  });
});

describe('provenance checks', () => {
  const withSources = (sources: string) => validFrontmatter.replace(/^sources: .*$/m, `sources: ${sources}`);

  it('rejects an error text without a source', () => {
    const frontmatter = validFrontmatter.replace(', source: "test"', '');
    expect(() => article('p.mdx', { frontmatter })).toThrow('p.mdx: errorMessages.0.source:');
  });

  it('rejects an error text without a verbatim flag', () => {
    const frontmatter = validFrontmatter.replace(', verbatim: true', '');
    expect(() => article('p.mdx', { frontmatter })).toThrow('p.mdx: errorMessages.0.verbatim:');
  });

  it('rejects an error text whose source id does not exist', () => {
    const frontmatter = validFrontmatter.replace('source: "test"', 'source: "ghost"');
    expect(() => validateCatalogue([article('p.mdx', { frontmatter })])).toThrow(
      'p.mdx: errorMessages[0].source: no entry of sources has the id "ghost"',
    );
  });

  it('rejects a source without a URL unless it is marked offline with a reason', () => {
    expect(() => article('p.mdx', { frontmatter: withSources('[{ id: "test", title: "Help article 123" }]') })).toThrow(
      'p.mdx: sources.0: needs a url, or offline: true with a reason',
    );
    const offline = withSources('[{ id: "test", title: "A PDF", offline: true, reason: "Sent by email to customers only" }]');
    expect(article('p.mdx', { frontmatter: offline }).sources[0]?.offline).toBe(true);
  });

  it('rejects a source without an id, and duplicate source ids', () => {
    expect(() => article('p.mdx', { frontmatter: withSources('[{ title: "T", url: "https://example.com" }]') })).toThrow(
      'p.mdx: sources.0.id:',
    );
    const twice = withSources('[{ id: "test", title: "A", url: "https://a.example" }, { id: "test", title: "B", url: "https://b.example" }]');
    expect(() => validateCatalogue([article('p.mdx', { frontmatter: twice })])).toThrow('p.mdx: sources[1].id: duplicate source id "test"');
  });

  it('rejects a step citing a source that does not exist', () => {
    const body = validBody.replace('id="first-step"', 'id="first-step" source="ghost"');
    expect(() => validateCatalogue([article('p.mdx', { body })])).toThrow('p.mdx: steps[0].source: no entry of sources has the id "ghost"');
  });

  it('rejects a step that names a menu path without citing a source', () => {
    const body = validBody.replace('Text.', 'Go to **Company › Setup**.');
    expect(() => validateCatalogue([article('p.mdx', { body })])).toThrow('p.mdx: steps[0].source: step "first-step" names a menu path');
    const cited = body.replace('id="first-step"', 'id="first-step" source="test"');
    expect(validateCatalogue([article('p.mdx', { body: cited })])[0]?.steps[0]?.sources).toEqual(['test']);
  });

  it('requires the date the article was checked against its sources', () => {
    const frontmatter = validFrontmatter.replace(/^reviewed: .*$/m, '');
    expect(() => article('p.mdx', { frontmatter })).toThrow('p.mdx: reviewed:');
  });
});

describe('the shipped catalogue', () => {
  it('loads and validates every article', () => {
    const articles = getArticles();
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const shipped of articles) expect(shipped.steps.length).toBeGreaterThanOrEqual(3);
  });

  it('links related articles both ways', () => {
    for (const article of getArticles()) {
      for (const slug of article.related) {
        expect(getRelatedArticles(slug).map((other) => other.slug)).toContain(article.slug);
      }
    }
  });

  it('fails on a directory with a broken article', () => {
    expect(() => loadArticles('lib/content/__fixtures__/broken')).toThrow(/broken-related\.mdx: related\[0\]/);
  });
});

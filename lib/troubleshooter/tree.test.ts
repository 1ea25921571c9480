import { describe, expect, it } from 'vitest';
import { getArticle, getArticles, getTroubleshooter } from '@/lib/content';
import { visibleSteps } from '@/lib/checklist/progress';
import { allPaths, answerLabels, endingHref, maxAnswers, parseTree, validateTree, walk, type Tree } from './tree';

const tree = getTroubleshooter();
const articles = getArticles();

function withChange(change: (copy: Tree) => void): Tree {
  const copy = structuredClone(tree);
  change(copy);
  return copy;
}

describe('the shipped troubleshooter', () => {
  it('ends every path on an existing article, setup and step', () => {
    const paths = allPaths(tree);
    expect(paths.length).toBeGreaterThan(20);
    for (const { path, ending } of paths) {
      const article = getArticle(ending.article);
      expect(article, path.join('/')).toBeDefined();
      const href = endingHref(ending, article!);
      const [, query = '', step = ''] = /^\/errors\/[^?#]+(?:\?setup=([^#]+))?#(.+)$/.exec(href) ?? [];
      expect(step, href).not.toBe('');
      if (ending.setup) expect(article!.setups?.map((setup) => setup.id)).toContain(query);
      expect(visibleSteps(article!.steps, ending.setup).map((visible) => visible.id)).toContain(step);
      expect(walk(tree, path)).toMatchObject({ kind: 'ending', ending });
    }
  });

  it(`reaches every article within ${maxAnswers} answers`, () => {
    const reached = new Map<string, number>();
    for (const { path, ending } of allPaths(tree))
      reached.set(ending.article, Math.min(reached.get(ending.article) ?? 99, path.length));
    for (const article of articles)
      expect({ slug: article.slug, within: (reached.get(article.slug) ?? 99) <= maxAnswers }).toEqual({
        slug: article.slug,
        within: true,
      });
  });

  it('walks to questions with a progress count, and rejects unknown answers', () => {
    expect(walk(tree, [])).toMatchObject({ kind: 'question', questionId: 'where', answered: 0, upTo: 3 });
    expect(walk(tree, ['accounts-missing'])).toMatchObject({ kind: 'question', questionId: 'entity-setup', answered: 1 });
    expect(walk(tree, ['accounts-missing', 'nonsense'])).toEqual({ kind: 'invalid', validPath: ['accounts-missing'] });
    expect(walk(tree, ['record', 'smart-rule', 'extra'])).toMatchObject({ kind: 'invalid' });
    expect(answerLabels(tree, ['accounts-missing', 'multi-entity']).map((answer) => answer.href)).toEqual([
      '/troubleshoot',
      '/troubleshoot/accounts-missing',
    ]);
  });
});

describe('validateTree', () => {
  const fails = (change: (copy: Tree) => void) => () => validateTree(withChange(change), articles);

  it('rejects an ending on a missing article, setup or step', () => {
    expect(fails((copy) => (copy.questions.where!.answers[1]!.next = 'nowhere'))).toThrow(
      'content/troubleshooter.json: questions.where.answers[1].next: no question "nowhere"',
    );
    expect(fails((copy) => (copy.questions['chart-level']!.answers[0]!.end!.article = 'ghost'))).toThrow(
      'questions.chart-level.answers[0].end.article: no article "ghost"',
    );
    expect(fails((copy) => (copy.questions['chart-level']!.answers[0]!.end!.setup = 'mars'))).toThrow('end.setup:');
    expect(fails((copy) => (copy.questions['chart-level']!.answers[0]!.end!.step = 'check-entity-id'))).toThrow(
      'has no step "check-entity-id" for this setup',
    );
  });

  it('rejects loops, unreachable questions and unreachable articles', () => {
    expect(fails((copy) => (copy.questions['chart-level']!.answers[0] = { id: 'root', label: 'Loop', next: 'where' }))).toThrow(
      /loop: where → entity-setup → chart-level → where/,
    );
    expect(fails((copy) => (copy.questions.orphan = { text: 'Never asked?', answers: copy.questions.where!.answers }))).toThrow(
      'unreachable: orphan',
    );
    expect(fails((copy) => copy.questions['record-message']!.answers.splice(3, 1))).toThrow(
      'no answer leads to: vendor-id-required',
    );
  });

  it('rejects malformed answers and duplicate answer ids', () => {
    expect(() =>
      parseTree({
        start: 'a',
        questions: {
          a: {
            text: 'Question?',
            answers: [
              { id: 'x', label: 'Ex' },
              { id: 'y', label: 'Why', next: 'a' },
            ],
          },
        },
      }),
    ).toThrow('questions.a.answers.0: needs exactly one of "next" or "end"');
    expect(fails((copy) => (copy.questions.where!.answers[1]!.id = 'sign-in'))).toThrow('duplicate answer id "sign-in"');
  });
});

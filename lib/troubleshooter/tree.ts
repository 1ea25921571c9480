import { z } from 'zod';
import { visibleSteps } from '@/lib/checklist/progress';
import { ContentError } from '@/lib/content/errors';
import type { Article } from '@/lib/content/parse';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');

const endingSchema = z.object({ article: id, setup: id.optional(), step: id.optional(), why: z.string().min(10) }).strict();

const answerSchema = z
  .object({ id, label: z.string().min(2), next: id.optional(), end: endingSchema.optional() })
  .strict()
  .refine((answer) => (answer.next === undefined) !== (answer.end === undefined), 'needs exactly one of "next" or "end"');

const questionSchema = z.object({ text: z.string().min(5), answers: z.array(answerSchema).min(2) }).strict();

export const treeSchema = z.object({ start: id, questions: z.record(id, questionSchema) }).strict();

export type Tree = z.infer<typeof treeSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Ending = z.infer<typeof endingSchema>;

export const treeFile = 'content/troubleshooter.json';
/** Nobody should need more answers than this to reach a fix. */
export const maxAnswers = 4;

export function parseTree(json: unknown): Tree {
  const result = treeSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ContentError(treeFile, issue?.path.join('.') || '(root)', issue?.message ?? 'invalid');
}

/** Every complete path through the tree, as answer ids, with the ending it reaches. Assumes no loops. */
export function allPaths(tree: Tree): Array<{ path: string[]; ending: Ending }> {
  const paths: Array<{ path: string[]; ending: Ending }> = [];
  const walk = (questionId: string, path: string[]) => {
    for (const answer of tree.questions[questionId]?.answers ?? []) {
      if (answer.end) paths.push({ path: [...path, answer.id], ending: answer.end });
      else if (answer.next) walk(answer.next, [...path, answer.id]);
    }
  };
  walk(tree.start, []);
  return paths;
}

function checkStructure(tree: Tree) {
  if (!tree.questions[tree.start]) throw new ContentError(treeFile, 'start', `no question "${tree.start}"`);
  for (const [questionId, question] of Object.entries(tree.questions)) {
    const seen = new Set<string>();
    question.answers.forEach((answer, index) => {
      const field = `questions.${questionId}.answers[${index}]`;
      if (seen.has(answer.id)) throw new ContentError(treeFile, `${field}.id`, `duplicate answer id "${answer.id}"`);
      seen.add(answer.id);
      if (answer.next && !tree.questions[answer.next])
        throw new ContentError(treeFile, `${field}.next`, `no question "${answer.next}"`);
    });
  }
  const visiting = new Set<string>();
  const reached = new Set<string>();
  const visit = (questionId: string, trail: string[]) => {
    if (visiting.has(questionId))
      throw new ContentError(treeFile, `questions.${questionId}`, `loop: ${[...trail, questionId].join(' → ')}`);
    if (trail.length >= maxAnswers)
      throw new ContentError(treeFile, `questions.${questionId}`, `needs more than ${maxAnswers} answers to reach`);
    visiting.add(questionId);
    reached.add(questionId);
    for (const answer of tree.questions[questionId]?.answers ?? []) if (answer.next) visit(answer.next, [...trail, questionId]);
    visiting.delete(questionId);
  };
  visit(tree.start, []);
  const unreachable = Object.keys(tree.questions).filter((questionId) => !reached.has(questionId));
  if (unreachable.length > 0) throw new ContentError(treeFile, 'questions', `unreachable: ${unreachable.join(', ')}`);
}

function checkEnding(ending: Ending, field: string, bySlug: Map<string, Article>) {
  const article = bySlug.get(ending.article);
  if (!article) throw new ContentError(treeFile, `${field}.article`, `no article "${ending.article}"`);
  const setups = (article.setups ?? []).map((setup) => setup.id);
  if (ending.setup && !setups.includes(ending.setup)) {
    throw new ContentError(treeFile, `${field}.setup`, `${article.file} has no setup "${ending.setup}"`);
  }
  if (ending.step && !visibleSteps(article.steps, ending.setup).some((step) => step.id === ending.step)) {
    throw new ContentError(treeFile, `${field}.step`, `${article.file} has no step "${ending.step}" for this setup`);
  }
}

/** Fails with the file and field on any broken reference, loop, unreachable question or unreachable article. */
export function validateTree(tree: Tree, articles: Article[]): Tree {
  checkStructure(tree);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const [questionId, question] of Object.entries(tree.questions)) {
    question.answers.forEach((answer, index) => {
      if (answer.end) checkEnding(answer.end, `questions.${questionId}.answers[${index}].end`, bySlug);
    });
  }
  const reachable = new Set(allPaths(tree).map(({ ending }) => ending.article));
  const missing = articles.filter((article) => !reachable.has(article.slug)).map((article) => article.slug);
  if (missing.length > 0) throw new ContentError(treeFile, 'questions', `no answer leads to: ${missing.join(', ')}`);
  return tree;
}

/** The step an ending opens on: the one it names, or the first step shown for its setup. */
export function endingHref(ending: Ending, article: Article): string {
  const step = ending.step ?? visibleSteps(article.steps, ending.setup)[0]?.id;
  return `/errors/${article.slug}${ending.setup ? `?setup=${ending.setup}` : ''}${step ? `#${step}` : ''}`;
}

export type Position =
  | { kind: 'question'; questionId: string; question: Question; path: string[]; answered: number; upTo: number }
  | { kind: 'ending'; ending: Ending; path: string[]; answered: number }
  | { kind: 'invalid'; validPath: string[] };

/** Longest number of answers still needed from a question. */
function remainingDepth(tree: Tree, questionId: string): number {
  const answers = tree.questions[questionId]?.answers ?? [];
  return 1 + Math.max(0, ...answers.map((answer) => (answer.next ? remainingDepth(tree, answer.next) : 0)));
}

/** Follows answer ids from the start; an unknown id yields `invalid` with the part that was valid. */
export function walk(tree: Tree, path: string[]): Position {
  let questionId = tree.start;
  for (let index = 0; index < path.length; index += 1) {
    const answer = tree.questions[questionId]?.answers.find((candidate) => candidate.id === path[index]);
    if (!answer) return { kind: 'invalid', validPath: path.slice(0, index) };
    if (answer.end) {
      return index === path.length - 1
        ? { kind: 'ending', ending: answer.end, path, answered: path.length }
        : { kind: 'invalid', validPath: path.slice(0, index + 1) };
    }
    questionId = answer.next ?? '';
  }
  const question = tree.questions[questionId];
  if (!question) return { kind: 'invalid', validPath: [] };
  return {
    kind: 'question',
    questionId,
    question,
    path,
    answered: path.length,
    upTo: path.length + remainingDepth(tree, questionId),
  };
}

export function pathHref(path: string[]): string {
  return ['/troubleshoot', ...path].join('/');
}

/** The answers given so far, as the reader saw them, each with the link back to its question. */
export function answerLabels(tree: Tree, path: string[]): Array<{ label: string; href: string }> {
  const labels: Array<{ label: string; href: string }> = [];
  let questionId = tree.start;
  path.forEach((answerId, index) => {
    const answer = tree.questions[questionId]?.answers.find((candidate) => candidate.id === answerId);
    if (!answer) return;
    labels.push({ label: answer.label, href: pathHref(path.slice(0, index)) });
    questionId = answer.next ?? '';
  });
  return labels;
}

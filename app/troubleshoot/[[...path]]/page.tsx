import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TroubleshooterEnding } from '@/components/troubleshooter/troubleshooter-ending';
import { TroubleshooterQuestion } from '@/components/troubleshooter/troubleshooter-question';
import { getArticle, getTroubleshooter } from '@/lib/content';
import { allPaths, answerLabels, walk } from '@/lib/troubleshooter/tree';

type PageProps = { params: Promise<{ path?: string[] }> };

export const dynamicParams = false;

export const metadata: Metadata = {
  title: 'Troubleshooter',
  description: 'No error text at hand? Answer a few plain questions and land on the right fix and step.',
  alternates: { canonical: '/troubleshoot' },
};

/** Every point of the tree is its own static page, so it works without JavaScript and the build validates the tree. */
export function generateStaticParams() {
  const prefixes = new Set<string>(['']);
  for (const { path } of allPaths(getTroubleshooter())) {
    for (let length = 1; length <= path.length; length += 1) prefixes.add(path.slice(0, length).join('/'));
  }
  return [...prefixes].map((prefix) => ({ path: prefix ? prefix.split('/') : [] }));
}

export default async function TroubleshootPage({ params }: PageProps) {
  const tree = getTroubleshooter();
  const path = (await params).path ?? [];
  const position = walk(tree, path);
  if (position.kind === 'invalid') notFound();
  const answers = answerLabels(tree, path);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Find your fix in a few questions</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        No error text at hand, or only a vague one? Answer a few plain questions.
      </p>
      {position.kind === 'question' ? (
        <TroubleshooterQuestion position={position} answers={answers} />
      ) : (
        <TroubleshooterEnding ending={position.ending} article={getArticle(position.ending.article)!} answers={answers} />
      )}
    </div>
  );
}

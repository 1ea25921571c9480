type AnswersSoFarProps = { answers: Array<{ label: string; href: string }> };

/** What the reader answered, each a link back to change it, plus "Start over". */
export function AnswersSoFar({ answers }: AnswersSoFarProps) {
  if (answers.length === 0) return null;
  return (
    <div className="mt-6 rounded-lg bg-slate-50 p-4 text-sm dark:bg-slate-800/60">
      <p className="font-semibold">Your answers</p>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {answers.map((answer) => (
          <li key={answer.href}>
            {answer.label}{' '}
            <a href={answer.href} className="text-link">
              change<span className="sr-only"> this answer</span>
            </a>
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <a href="/troubleshoot" className="text-link font-medium">
          Start over
        </a>
      </p>
    </div>
  );
}

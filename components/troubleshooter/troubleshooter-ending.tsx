import type { Article } from '@/lib/content';
import { endingHref, type Ending } from '@/lib/troubleshooter/tree';
import { AnswersSoFar } from './answers-so-far';
import { FocusOnArrival } from './focus-on-arrival';

type TroubleshooterEndingProps = { ending: Ending; article: Article; answers: Array<{ label: string; href: string }> };

export function TroubleshooterEnding({ ending, article, answers }: TroubleshooterEndingProps) {
  const setupLabel = article.setups?.find((setup) => setup.id === ending.setup)?.label;
  return (
    <section aria-labelledby="result" className="mt-8" data-testid="troubleshooter-ending">
      <div id="result">
        <FocusOnArrival active>Your fix: {article.title}</FocusOnArrival>
      </div>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{ending.why}</p>
      {setupLabel ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Steps shown for: {setupLabel}.</p> : null}
      <p className="mt-4">
        <a
          href={endingHref(ending, article)}
          className="inline-block rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          Open the fix
        </a>
      </p>
      <AnswersSoFar answers={answers} />
    </section>
  );
}

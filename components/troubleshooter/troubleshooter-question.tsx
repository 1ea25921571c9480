import { pathHref, type Position } from '@/lib/troubleshooter/tree';
import { AnswersSoFar } from './answers-so-far';
import { FocusOnArrival } from './focus-on-arrival';

type QuestionPosition = Extract<Position, { kind: 'question' }>;
type TroubleshooterQuestionProps = { position: QuestionPosition; answers: Array<{ label: string; href: string }> };

export function TroubleshooterQuestion({ position, answers }: TroubleshooterQuestionProps) {
  return (
    <section aria-labelledby="question" className="mt-8" data-testid="troubleshooter-question">
      <p id="question-progress" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        Question {position.answered + 1} of up to {position.upTo}
      </p>
      <div id="question" className="mt-1">
        <FocusOnArrival active={position.answered > 0}>{position.question.text}</FocusOnArrival>
      </div>
      <ul className="mt-4 space-y-2">
        {position.question.answers.map((answer) => (
          <li key={answer.id}>
            <a
              href={pathHref([...position.path, answer.id])}
              className="block rounded-lg border border-slate-300 px-4 py-3 font-medium hover:border-teal-600 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:bg-teal-950/40"
            >
              {answer.label}
            </a>
          </li>
        ))}
      </ul>
      <AnswersSoFar answers={answers} />
    </section>
  );
}

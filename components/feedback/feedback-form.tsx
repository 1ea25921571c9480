import type { Article } from '@/lib/content';
import { StuckStepSelect } from './stuck-step-select';

/** "Did this fix your sync?" as plain forms: works without JavaScript and never blocks reading. */
export function FeedbackForm({ article }: { article: Article }) {
  return (
    <section id="feedback" aria-labelledby="feedback-heading" className="print-hidden feedback-box">
      <h2 id="feedback-heading" className="text-lg font-semibold">
        Did this fix your sync?
      </h2>
      {/* The form posts, then comes back to #feedback-thanks or #feedback-error, shown by CSS :target. */}
      <p id="feedback-thanks" role="status" className="feedback-outcome text-teal-800 dark:text-teal-300">
        Thanks, your answer is saved. Answer again to change it.
      </p>
      <p id="feedback-error" role="alert" className="feedback-outcome text-red-700 dark:text-red-300">
        We could not save that answer. Please check it and send it again.
      </p>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <form method="post" action="/api/feedback">
          <input type="hidden" name="slug" value={article.slug} />
          <button type="submit" name="helpful" value="true" className="button-answer">
            Yes, it&apos;s fixed
          </button>
        </form>
        <details className="group min-w-0 flex-1">
          <summary className="button-answer inline-flex cursor-pointer items-center">No, it still fails</summary>
          <form method="post" action="/api/feedback" className="mt-3 space-y-3">
            <input type="hidden" name="slug" value={article.slug} />
            <input type="hidden" name="helpful" value="false" />
            <label className="block text-sm font-medium">
              Which step did you get stuck on?
              <StuckStepSelect
                slug={article.slug}
                steps={article.steps.map(({ id, title, setups }) => ({ id, title, setups }))}
                setupIds={(article.setups ?? []).map((setup) => setup.id)}
              />
            </label>
            <label className="block text-sm font-medium">
              Anything else we should know? (optional, no names or passwords please)
              <textarea name="comment" rows={3} maxLength={1000} className="field" />
            </label>
            <button type="submit" className="rounded-lg bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800">
              Send
            </button>
          </form>
        </details>
      </div>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        We keep your answer and comment, not who you are. You can change your answer at any time.
      </p>
    </section>
  );
}

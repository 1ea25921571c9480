import { CopyButton } from '@/components/copy-button';

export function ErrorMessages({ messages }: { messages: string[] }) {
  return (
    <section aria-labelledby="error-text" data-testid="error-messages" className="my-6 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40">
      <h2 id="error-text" className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">
        {messages.length > 1 ? 'The error, as you may see it' : 'The error you see'}
      </h2>
      <ul className="mt-2 space-y-3">
        {messages.map((message) => (
          <li key={message} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <blockquote className="font-mono text-sm break-words text-slate-900 dark:text-slate-100">{message}</blockquote>
            <CopyButton text={message} label="Copy text" className="self-start bg-white dark:bg-slate-900" />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { CopyButton } from '@/components/copy-button';

export function ErrorMessages({ messages }: { messages: string[] }) {
  return (
    <section aria-labelledby="error-text" data-testid="error-messages" className="error-messages">
      <h2 id="error-text">{messages.length > 1 ? 'The error, as you may see it' : 'The error you see'}</h2>
      <ul>
        {messages.map((message, index) => (
          <li key={index}>
            <blockquote id={`error-message-${index}`}>{message}</blockquote>
            <CopyButton text={{ fromElementId: `error-message-${index}` }} label="Copy text" />
          </li>
        ))}
      </ul>
    </section>
  );
}

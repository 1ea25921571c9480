import { CopyButton } from '@/components/copy-button';
import type { ErrorMessage, Source } from '@/lib/content/schema';
import { sourceAnchor } from '@/lib/site';

type ErrorMessagesProps = { messages: ErrorMessage[]; sources: Source[] };

/** The error texts, each saying where it was seen; a description is never shown as the exact words. */
export function ErrorMessages({ messages, sources }: ErrorMessagesProps) {
  const exact = messages.filter((message) => message.verbatim);
  const described = messages.filter((message) => !message.verbatim);
  const numberOf = (id: string) => sources.findIndex((source) => source.id === id) + 1;
  const titleOf = (id: string) => sources.find((source) => source.id === id)?.title ?? id;
  let index = 0;
  return (
    <section aria-labelledby="error-text" data-testid="error-messages" className="error-messages">
      {exact.length > 0 ? (
        <>
          <h2 id="error-text">{exact.length > 1 ? 'The error, as you may see it' : 'The error you see'}</h2>
          <ul>
            {exact.map((message) => {
              const id = `error-message-${index++}`;
              return (
                <li key={id}>
                  <div className="error-row">
                    <blockquote id={id}>{message.text}</blockquote>
                    <CopyButton text={{ fromElementId: id }} label="Copy text" />
                  </div>
                  <p className="error-source">
                    Exact wording, as shown in <a href={`#${sourceAnchor(message.source)}`}>source {numberOf(message.source)}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {described.length > 0 ? (
        <>
          <h2 id={exact.length > 0 ? 'error-described' : 'error-text'}>How the error is described</h2>
          <ul data-testid="described-errors">
            {described.map((message) => (
              <li key={`described-${index++}`}>
                <p className="error-description">{message.text}</p>
                <p className="error-source">
                  Described by <a href={`#${sourceAnchor(message.source)}`}>{titleOf(message.source)}</a>; the exact wording may
                  differ.
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

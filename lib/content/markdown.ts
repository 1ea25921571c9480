import type { Article } from './parse';

/** Turns the MDX components into plain Markdown, numbering steps and keeping their ids visible. */
function bodyToMarkdown(article: Article): string {
  let stepNumber = 0;
  const setupLabel = (id: string) => article.setups?.find((setup) => setup.id === id)?.label ?? id;
  return article.body
    .replace(/^<\/?Steps>\s*$/gm, '')
    .replace(/^<Step\s+([^>]*)>\s*$/gm, (_line, attributes: string) => {
      stepNumber += 1;
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
      const setups = attribute('setup').split(/\s+/).filter(Boolean).map(setupLabel);
      const only = setups.length ? `\n\n_Only for: ${setups.join(', ')}._` : '';
      return `### Step ${stepNumber}: ${attribute('title')}\n\nStep link: #${attribute('id')}${only}`;
    })
    .replace(/^<\/Step>\s*$/gm, '')
    .replace(/^<Callout(?:\s+type="(\w+)")?>\s*$/gm, (_line, type: string | undefined) => `**${type === 'warning' ? 'Warning' : 'Note'}:**`)
    .replace(/^<\/Callout>\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function messageToMarkdown(article: Article, message: Article['errorMessages'][number]): string {
  const source = article.sources.find((entry) => entry.id === message.source)?.title ?? message.source;
  return message.verbatim
    ? `> ${message.text}\n\n(Exact wording, as shown in ${source}.)`
    : `${message.text}\n\n(Described by ${source}; the exact wording may differ.)`;
}

/** A plain Markdown version of an article, for AI assistants and support tools that quote the exact steps. */
export function articleToMarkdown(article: Article, absoluteUrl: string, related: Article[]): string {
  const sections = [
    `# ${article.title}`,
    article.summary,
    `Source: ${absoluteUrl} (updated ${article.updated})`,
    '## The error you see',
    article.errorMessages.map((message) => messageToMarkdown(article, message)).join('\n\n'),
    bodyToMarkdown(article),
    related.length ? `## Related errors\n\n${related.map((other) => `- [${other.title}](/errors/${other.slug}.md)`).join('\n')}` : '',
    `## Sources\n\n${article.sources.map((source) => `- ${source.url ? `[${source.title}](${source.url})` : `${source.title} (not online: ${source.reason})`}`).join('\n')}`,
    `Checked against sources on ${article.reviewed}.`,
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

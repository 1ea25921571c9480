export function runnableInlineScripts(html: string): string[];

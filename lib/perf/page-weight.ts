import { gzipSync } from 'node:zlib';
import { runnableInlineScripts } from '../inline-scripts.mjs';

/** Gzipped bytes of a bare Next.js 16 App Router page here (measured: see the README). */
export const frameworkFloorBytes = 171.9 * 1024;
/**
 * Articles: floor + 16 KB. An article's text travels twice (HTML and the inline React payload), so the budget grew
 * from 12 KB as articles gained source citations and more exact error texts; their client code did not grow.
 */
export const budgets = { article: frameworkFloorBytes + 16 * 1024, page: frameworkFloorBytes + 20 * 1024 } as const;

export type PageWeight = {
  path: string;
  externalBytes: number;
  inlineBytes: number;
  totalBytes: number;
  scripts: string[];
  bodies: string[];
};

const externalScript = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;

const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

/** Sums the gzipped size of every script a page loads on first load: external files and inline scripts. */
export async function measurePage(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const scripts = [...new Set([...html.matchAll(externalScript)].map((match) => match[1]!.replaceAll('&amp;', '&')))];
  const bodies = await Promise.all(scripts.map(async (src) => (await fetch(new URL(src, baseUrl))).text()));
  const externalBytes = bodies.reduce((sum, body) => sum + gzipBytes(body), 0);
  const inlineBytes = runnableInlineScripts(html).reduce((sum, script) => sum + gzipBytes(script), 0);
  return { path, externalBytes, inlineBytes, totalBytes: externalBytes + inlineBytes, scripts, bodies };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Runs after `next build`: hashes every inline script of every prerendered page, so the Content-Security-Policy
// can allow exactly those scripts instead of 'unsafe-inline'. Writes .next/csp-hashes.json (read by proxy.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnableInlineScripts } from '../lib/inline-scripts.mjs';

const appDirectory = '.next/server/app';

function htmlFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const hashes = {};
for (const file of htmlFiles(appDirectory)) {
  const route = `/${path.relative(appDirectory, file).replace(/\.html$/, '')}`.replace(/^\/index$/, '/');
  const html = readFileSync(file, 'utf8');
  const sources = runnableInlineScripts(html).map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}`);
  hashes[route] = [...new Set(sources)];
}
writeFileSync('.next/csp-hashes.json', JSON.stringify(hashes));
console.log(`CSP: hashed the inline scripts of ${Object.keys(hashes).length} prerendered pages`);

// `npm run docs:catalogue` rewrites the README's generated catalogue section from content/.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCatalogueMarkdown, replaceCatalogueSection } from '../lib/catalogue-markdown';
import { getArticles } from '../lib/content';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceCatalogueSection(readme, renderCatalogueMarkdown(getArticles())));
console.log('README.md catalogue updated');

// `npm run steps:publish` records every current step id in content/step-ids.json, so none can vanish unnoticed.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadArticles } from '../lib/content';
import { parseStepRegistry, stepRegistryFile, unpublishedSteps, withCurrentSteps } from '../lib/content/step-registry';

const articles = loadArticles();
const registry = parseStepRegistry(readFileSync(stepRegistryFile, 'utf8'));
const added = unpublishedSteps(articles, registry);
writeFileSync(stepRegistryFile, `${JSON.stringify(withCurrentSteps(articles, registry), null, 2)}\n`);
console.log(added.length ? `Published ${added.length} step ids:\n${added.join('\n')}` : 'Every step id was already published.');

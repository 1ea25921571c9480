// `npm run audit:lighthouse`: Lighthouse (mobile, default config) on home, an article and the search page,
// three runs each, printing the median score per category. Uses the same Chromium as the e2e tests.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './browser.mjs';
import { startProductionServer } from './production-server.mjs';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const pages = ['/', '/errors/smart-rule-violation', '/search?q=smart+rule+vendor_creation'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { baseUrl, stop } = await startProductionServer(Number(process.env.PORT ?? 3200));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs()],
});
try {
  console.log(`| Page | ${categories.join(' | ')} |\n| --- | ${categories.map(() => '---').join(' | ')} |`);
  for (const path of pages) {
    const scores = Object.fromEntries(categories.map((category) => [category, []]));
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      for (const category of categories) scores[category].push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    }
    console.log(`| ${path} | ${categories.map((category) => median(scores[category])).join(' | ')} |`);
  }
} finally {
  await chrome.kill();
  stop();
}

// `npm run measure:js [base-url]` prints the gzipped JavaScript each page loads on first load, against its budget.
// Needs a running production server (default http://localhost:3000: `npm start`).
import { getArticles } from '../lib/content';
import { budgets, frameworkFloorBytes, kilobytes, measurePage } from '../lib/perf/page-weight';

const baseUrl = process.argv[2] ?? 'http://localhost:3000';
const articles = getArticles().map((article) => ({ path: `/errors/${article.slug}`, budget: budgets.article }));
const others = [
  { path: '/', budget: budgets.page },
  { path: '/search?q=smart+rule+vendor_creation', budget: budgets.page },
  { path: '/troubleshoot', budget: budgets.page },
];
console.log(`framework floor (bare Next.js 16 page): ${kilobytes(frameworkFloorBytes)}\n`);
console.log('| Page | External | Inline | Total | Budget |\n| --- | --- | --- | --- | --- |');
const weights = [];
for (const { path, budget } of [...others, ...articles]) {
  const weight = await measurePage(baseUrl, path);
  weights.push(weight.totalBytes);
  if (!path.startsWith('/errors/'))
    console.log(
      `| ${path} | ${kilobytes(weight.externalBytes)} | ${kilobytes(weight.inlineBytes)} | ${kilobytes(weight.totalBytes)} | ${kilobytes(budget)} |`,
    );
}
const articleWeights = weights.slice(others.length).sort((a, b) => a - b);
console.log(
  `| ${articles.length} articles (smallest–largest) | | | ${kilobytes(articleWeights[0] ?? 0)}–${kilobytes(articleWeights.at(-1) ?? 0)} | ${kilobytes(budgets.article)} |`,
);

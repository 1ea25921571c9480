import { expect, test } from '@playwright/test';
import { getArticles } from '../lib/content';
import { budgets, kilobytes, measurePage } from '../lib/perf/page-weight';

/** Strings only the search code carries: fuse.js's own error text and the matcher's wrapper-code list. */
const searchCodeMarkers = ['Pattern length exceeds max', 'XMLGW_JPP'];

test('every page stays within its JavaScript budget and loads no search code', async ({ baseURL }) => {
  const pages = [
    ...getArticles().map((article) => ({ path: `/errors/${article.slug}`, budget: budgets.article })),
    { path: '/', budget: budgets.page },
    { path: '/errors', budget: budgets.page },
    { path: '/search?q=smart+rule+vendor_creation', budget: budgets.page },
    { path: '/troubleshoot', budget: budgets.page },
  ];
  const rows: string[] = [];
  for (const { path, budget } of pages) {
    const weight = await measurePage(baseURL!, path);
    rows.push(`${path}: ${kilobytes(weight.totalBytes)} (budget ${kilobytes(budget)})`);
    expect(weight.totalBytes, `${path} weighs ${kilobytes(weight.totalBytes)}`).toBeLessThanOrEqual(budget);
    expect(weight.scripts.some((src) => src.includes('search-index'))).toBe(false);
    for (const marker of searchCodeMarkers)
      expect(
        weight.bodies.some((body) => body.includes(marker)),
        `${path} loads search code`,
      ).toBe(false);
  }
  console.log(rows.join('\n'));
});

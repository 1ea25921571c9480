import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const smartRule = '/errors/smart-rule-violation';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const progress = (page: Page) => page.getByTestId('checklist-progress');
const doneBox = (page: Page, stepId: string) => page.locator(`#done-${stepId}`);

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations, state).toEqual([]);
}

test('ticks survive a reload, Reset clears them, and other articles are unaffected', async ({ page }) => {
  await page.goto(smartRule);
  await expect(progress(page)).toHaveText('0 of 6 steps done');
  await doneBox(page, 'identify-smart-rule').check();
  await doneBox(page, 'create-record-at-top-level').check();
  await expect(progress(page)).toHaveText('2 of 6 steps done');

  await page.reload();
  await expect(doneBox(page, 'identify-smart-rule')).toBeChecked();
  await expect(doneBox(page, 'create-record-at-top-level')).toBeChecked();
  await expect(progress(page)).toHaveText('2 of 6 steps done');

  await page.goto('/errors/missing-location-id');
  await expect(progress(page)).toHaveText(/^0 of \d+ steps done$/);

  await page.goto(smartRule);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(progress(page)).toHaveText('0 of 6 steps done');
  await page.reload();
  await expect(doneBox(page, 'identify-smart-rule')).not.toBeChecked();
});

test('a step deep link scrolls to, highlights and focuses the step on first load and on hash change', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${smartRule}#merge-duplicate-records`);
  const step = page.locator('#merge-duplicate-records');
  await expect(step).toBeInViewport();
  await expect(step).toHaveAttribute('data-highlighted', 'true');
  await expect(step).toBeFocused();

  await page.evaluate(() => {
    window.location.hash = 'clear-sync-error-in-bill';
  });
  const other = page.locator('#clear-sync-error-in-bill');
  await expect(other).toBeFocused();
  await expect(other).toHaveAttribute('data-highlighted', 'true');
  await expect(step).not.toHaveAttribute('data-highlighted');
  await context.close();
});

test('copy link writes the absolute URL of the step, announced in a live region', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(smartRule);
  await page.getByRole('button', { name: 'Copy link to step: BILL, top-level rule: create the record at the top level' }).click();
  await expect(page.locator('#create-record-at-top-level').getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${smartRule}#create-record-at-top-level`);
});

test('a shared progress link shows the sender progress and asks before replacing your own', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(smartRule);
  await doneBox(page, 'identify-smart-rule').check();
  await doneBox(page, 'clear-sync-error-in-bill').check();
  await page.getByRole('button', { name: 'Share my progress' }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toBe(`${baseURL}${smartRule}?done=identify-smart-rule,clear-sync-error-in-bill#create-record-at-top-level`);

  await page.getByRole('button', { name: 'Reset' }).click();
  await doneBox(page, 'sync-again').check();
  await page.goto(shared);
  await expect(page.getByTestId('shared-progress')).toContainText('Someone shared their progress with you: 2 of 6 steps done');
  await expect(doneBox(page, 'identify-smart-rule')).toBeChecked();
  await expect(doneBox(page, 'sync-again')).not.toBeChecked();
  await expectNoAxeViolations(page, 'shared progress banner');

  await page.getByRole('button', { name: 'Keep my own' }).click();
  await expect(doneBox(page, 'sync-again')).toBeChecked();
  await expect(doneBox(page, 'identify-smart-rule')).not.toBeChecked();

  await page.goto(shared);
  await page.getByRole('button', { name: 'Keep shared progress' }).click();
  await expect(page.getByTestId('shared-progress')).toBeHidden();
  await page.goto(smartRule);
  await expect(progress(page)).toHaveText('2 of 6 steps done');
  await expect(doneBox(page, 'identify-smart-rule')).toBeChecked();
});

test('?setup= shows the steps for that setup and counts only them', async ({ page }) => {
  await page.goto('/errors/chart-of-accounts-not-syncing?setup=multi-entity-entity');
  await expect(page.locator('#check-entity-id')).toBeVisible();
  await expect(page.locator('#recreate-sync-user-at-root')).toBeHidden();
  await expect(progress(page)).toHaveText('0 of 4 steps done');
  await expect(page.getByRole('radio', { name: 'Multi-entity, chart at entity level' })).toBeChecked();

  await page.getByRole('radio', { name: 'Not sure: show every step' }).check();
  await expect(progress(page)).toHaveText('0 of 5 steps done');
  await expect(page).not.toHaveURL(/setup=/);

  await page.getByRole('radio', { name: 'Multi-entity, chart at root level' }).check();
  await expect(page).toHaveURL(/setup=multi-entity-root/);
  await page.goto('/errors/chart-of-accounts-not-syncing');
  await expect(page.getByRole('radio', { name: 'Multi-entity, chart at root level' })).toBeChecked();
  await expect(page.locator('#check-entity-id')).toBeHidden();

  await page.goto('/errors/chart-of-accounts-not-syncing?setup=on-the-moon');
  await expect(page.getByText("doesn't have, so every step is shown")).toBeVisible();
});

test('keyboard only: reach and tick every step, and copy a link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(smartRule);
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    if (focused.startsWith('done-')) await page.keyboard.press('Space');
    if ((await progress(page).textContent()) === '6 of 6 steps done') break;
  }
  await expect(progress(page)).toHaveText('6 of 6 steps done');
  await expect(page.getByText('All steps done. Did the sync work?')).toBeVisible();
  await expectNoAxeViolations(page, 'all steps done');

  await page.locator('#done-sync-again').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link to step: Sync again' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#sync-again$/);
});

test('blocked storage: the checklist still works and says it will not keep progress', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto(smartRule);
  await expect(page.getByText('Your browser is blocking storage')).toBeVisible();
  await doneBox(page, 'identify-smart-rule').check();
  await expect(progress(page)).toHaveText('1 of 6 steps done');
});

test('corrupt stored progress is ignored without breaking the page', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('syncfix:checklist:smart-rule-violation', '{not json'));
  await page.goto(smartRule);
  await expect(progress(page)).toHaveText('0 of 6 steps done');
  await doneBox(page, 'sync-again').check();
  await expect(progress(page)).toHaveText('1 of 6 steps done');
});

test('axe finds nothing with steps ticked and a setup chosen, in dark mode too', async ({ page }) => {
  await page.goto('/errors/user-authentication-failure?setup=multi-entity');
  await doneBox(page, 'reenter-login-info').check();
  await expectNoAxeViolations(page, 'one ticked, setup chosen');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'dark');
});

test('print shows a clean checklist: empty boxes, numbers, the article URL, no navigation', async ({ page }) => {
  await page.goto(smartRule);
  await doneBox(page, 'identify-smart-rule').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(doneBox(page, 'identify-smart-rule')).toBeHidden();
  await expect(page.locator('.print-box').first()).toBeVisible();
  await expect(page.getByText(/\/errors\/smart-rule-violation$/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
});

test('without JavaScript the steps are numbered and their anchors work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${smartRule}#sync-again`);
  await expect(page.locator('#sync-again')).toBeInViewport();
  // Numbers come from the ordered list (for assistive tech) and a CSS counter (drawn in the badge).
  await expect(page.locator('ol[data-steps] > li').nth(3)).toHaveId('sync-again');
  await expect(page.locator('#sync-again .fix-step-number')).toBeVisible();
  await context.close();
});

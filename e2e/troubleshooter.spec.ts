import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('accounts missing, multi-entity, chart at root: back, reload and the fix at the right step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Answer a few questions to find your fix' }).click();
  await expect(page.getByText('Question 1 of up to 3')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);

  await page.getByRole('link', { name: 'Accounts are missing in BILL after a sync' }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/accounts-missing$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Is your Sage Intacct company single-entity or multi-entity?' }),
  ).toBeFocused();
  await expect(page.getByText('Question 2 of up to 3')).toBeVisible();

  await page.getByRole('link', { name: 'Multi-entity (a top level with entities)' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where is your chart of accounts kept in Sage Intacct?' }),
  ).toBeFocused();

  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Is your Sage Intacct company single-entity or multi-entity?' }),
  ).toBeVisible();
  await page.goForward();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where is your chart of accounts kept in Sage Intacct?' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'At the top (root) level, shared by all entities' }).click();
  await expect(page.getByTestId('troubleshooter-ending')).toContainText('the sync user must also live at root level');
  expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
  await page.getByRole('link', { name: 'Open the fix' }).click();
  await expect(page).toHaveURL(/\/errors\/chart-of-accounts-not-syncing\?setup=multi-entity-root#check-company-id$/);
  await expect(page.locator('#check-company-id')).toBeFocused();
  await expect(page.locator('#check-entity-id')).toBeHidden();
});

test('sign-in, authentication failure, single-entity: answers can be changed and started over', async ({ page }) => {
  await page.goto('/troubleshoot');
  await page.getByRole('link', { name: "BILL or my tool can't connect or sign in to Sage Intacct" }).click();
  await page.getByRole('link', { name: /Intacct user authentication failure/ }).click();
  await page.getByRole('link', { name: 'Single-entity (one company, no entities)' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your fix: Intacct user authentication failure');
  await expect(page.getByRole('link', { name: 'Open the fix' })).toHaveAttribute(
    'href',
    '/errors/user-authentication-failure?setup=single-entity#reenter-login-info',
  );

  await page.getByRole('link', { name: 'change this answer' }).nth(1).click();
  await expect(page).toHaveURL(/\/troubleshoot\/sign-in$/);
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/troubleshoot$/);
  await expect(page.getByText('Question 1 of up to 3')).toBeVisible();
});

test('keyboard only: answer with Tab and Enter', async ({ page }) => {
  await page.goto('/troubleshoot');
  const first = page.getByRole('link', { name: 'A vendor, customer or other record is rejected' });
  for (let presses = 0; presses < 30 && !(await first.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'What does the message say?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your fix: A Sage Intacct smart rule blocked the sync');
});

test('an unknown answer in the address gets a clear 404', async ({ page }) => {
  const response = await page.goto('/troubleshoot/accounts-missing/bogus');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'answer a few questions' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers are plain links', async ({ page }) => {
    await page.goto('/troubleshoot');
    await page.getByRole('link', { name: 'Exporting a project or an expense report fails' }).click();
    await page.getByRole('link', { name: 'The project ID already exists in Sage Intacct' }).click();
    await expect(page.getByRole('link', { name: 'Open the fix' })).toHaveAttribute(
      'href',
      '/errors/duplicate-project-id#note-conflicting-project-id',
    );
  });
});

test('the search no-match state and every article offer the troubleshooter', async ({ page }) => {
  await page.goto('/search?q=how+do+I+bake+bread');
  await expect(page.getByRole('link', { name: 'Answer a few questions instead' })).toHaveAttribute('href', '/troubleshoot');
  await page.goto('/errors/missing-location-id');
  await expect(page.getByRole('link', { name: 'Answer a few questions' })).toHaveAttribute('href', '/troubleshoot');
});

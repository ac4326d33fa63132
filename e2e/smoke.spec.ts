import { test, expect } from './fixtures';

test('home page renders without errors', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Backprop Playground' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0); // the error boundary did not fire
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});

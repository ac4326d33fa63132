/**
 * Links are read by a total function (issue 14 §1): every rejected key is named (five in view,
 * the rest behind "and N more"), inherited names never crash the page, and a link typed while
 * the page runs gets the same notices and the canonical address.
 */
import { test, expect } from './fixtures';
import { openPlayground } from './helpers';

test('nine rejected keys are all named, five shown and the rest behind "and 4 more"', async ({ page }) => {
  await page.goto('/#noise=20&hidden=500&points=100000&lr=1000&seed=-5&batch=abc&dataset=foo&l2=-1&split=0');
  const notice = page.getByTestId('notice');
  await expect(notice.locator('li')).toHaveCount(5);
  const more = page.getByTestId('notice-more');
  await expect(more).toHaveText('and 4 more');
  await more.click();
  await expect(notice.locator('li')).toHaveCount(9);
  for (const k of ['noise', 'hidden', 'points', 'lr', 'seed', 'batch', 'dataset', 'l2', 'split']) {
    await expect(notice).toContainText(`${k}="`);
  }
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
});

test('inherited names in keys and compare items load the defaults with a notice', async ({ page }) => {
  await page.goto('/#compare=__proto__:1&constructor=1&toString=2');
  await expect(page.getByTestId('notice')).toContainText('__proto__');
  await expect(page.getByTestId('notice')).toContainText('Unknown setting "constructor"');
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
  // The same link typed while the page runs.
  await page.evaluate(() => { window.location.hash = '#hasOwnProperty=1&compare=toString:2'; });
  await expect(page.getByTestId('notice')).toContainText('hasOwnProperty');
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
});

test('a link typed while running with the same settings is named and rewritten to the canonical one', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4&seed=3');
  const canonical = new URL(page.url()).hash;
  await page.evaluate((h) => { window.location.hash = `${h}&bogus=1`; }, canonical);
  await expect(page.getByTestId('notice')).toContainText('Unknown setting "bogus"');
  await expect.poll(() => new URL(page.url()).hash).toBe(canonical);
});

test('#output=tanh on a two-class set keeps tanh, with the loss that follows it', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&output=tanh');
  await expect(page.getByTestId('ctl-output')).toHaveValue('tanh');
  await expect(page.getByTestId('ctl-loss')).toHaveValue('mse');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page).toHaveURL(/output=tanh&.*loss=mse/);
});

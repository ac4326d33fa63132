/** Embed and classroom mode: only the requested panels are mounted, it trains, and share builds the snippet. */
import { expect, test } from './fixtures';
import { metric } from './helpers';

test('embed=1&show=boundary,network renders only those panels, compactly, and trains', async ({ page }) => {
  await page.goto('/#dataset=xor&hidden=4&embed=1&show=boundary,network');
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
  await expect(page.locator('.nd')).toBeVisible();
  // Not shown means not mounted.
  for (const id of ['hidden-space', 'gradient-panel', 'neuron-card', 'loss-chart']) await expect(page.getByTestId(id)).toHaveCount(0);
  await expect(page.locator('#gradient-lab')).toHaveCount(0);
  await expect(page.locator('.toolbar')).toHaveCount(0);
  await page.getByTestId('play').click();
  await expect.poll(() => metric(page, 'metric-epoch')).toBeGreaterThan(20);
  await page.getByTestId('play').click();
  // The way out: the same run in the full playground, without the embed keys.
  const href = await page.getByTestId('embed-open').getAttribute('href');
  expect(href).toContain('dataset=xor');
  expect(href).not.toContain('embed=');
  // The link keeps its embed keys (canonical hash).
  expect(page.url()).toContain('embed=1');
  expect(page.url()).toContain('show=network,boundary');
});

test('show=gradients embeds the gradient lab alone', async ({ page }) => {
  await page.goto('/#dataset=xor-quadrants&hidden=8,8,8,8&embed=1&show=gradients');
  await expect(page.getByTestId('gradient-panel').first()).toBeVisible();
  await expect(page.getByTestId('decision-boundary')).toHaveCount(0);
  await expect(page.locator('.nd')).toHaveCount(0);
});

test('hide= fixes controls for a classroom: hidden controls are gone and their shortcuts do nothing', async ({ page }) => {
  await page.goto('/#dataset=xor&hidden=4&hide=lr,activation,reset,layers');
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  await expect(page.getByTestId('ctl-lr')).toHaveCount(0);
  await expect(page.getByTestId('ctl-activation')).toHaveCount(0);
  await expect(page.getByTestId('reset')).toHaveCount(0);
  await expect(page.getByTestId('add-layer')).toHaveCount(0);
  await expect(page.getByTestId('ctl-init')).toBeVisible();
  await page.keyboard.press('s');
  await expect.poll(() => metric(page, 'metric-epoch')).toBe(1);
  // r is not a shortcut here: the next step lands on epoch 2, not 1 (a reset would restart at 0).
  await page.keyboard.press('r');
  await page.keyboard.press('s');
  await expect.poll(() => metric(page, 'metric-epoch')).toBe(2);
});

test('the share dialog builds the link and an iframe snippet with the chosen panels', async ({ page }) => {
  await page.goto('/#dataset=circle&hidden=4,2');
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  await page.getByTestId('share-open').click();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toBeVisible();
  const text = await snippet.inputValue();
  expect(text).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#dataset=circle&amp;hidden=4,2/);
  expect(text).toContain('embed=1');
  expect(text).toContain('show=network,boundary,metrics,loss');
  await page.getByTestId('share-panel-gradients').check();
  await expect(snippet).toHaveValue(/show=network,boundary,metrics,loss,gradients/);
  expect(await page.getByTestId('share-link').inputValue()).toContain('#dataset=circle');
  // The snippet opens the embed it describes.
  const src = (await snippet.inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  await page.getByTestId('share-close').click();
  await page.goto(src);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('gradient-panel').first()).toBeVisible();
});

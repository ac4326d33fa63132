import { test, expect } from './fixtures';
import { metric, openPlayground, trainUntil } from './helpers';

test('XOR: a single neuron stays at 75% or below; a hidden layer reaches 100%', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor&hidden=&seed=1');
  // Truth tables default to a watchable 30 epochs/s (issue 10); 2000 epochs need full speed.
  await page.getByTestId('ctl-speed').selectOption('max');
  await trainUntil(page, (_acc, epoch) => epoch >= 2000);
  expect(await metric(page, 'metric-train-accuracy')).toBeLessThanOrEqual(0.75);
  await page.screenshot({ path: testInfo.outputPath('xor-single-neuron.png') });

  await page.getByTestId('add-layer').click();
  await expect(page).toHaveURL(/hidden=4(&|$)/);
  await page.getByTestId('add-neuron-1').click();
  await expect(page).toHaveURL(/hidden=5(&|$)/);
  await expect(page.getByTestId('metric-epoch')).toHaveText('0');
  await trainUntil(page, (acc) => acc === 1);
  expect(await metric(page, 'metric-train-accuracy')).toBe(1);
  await page.screenshot({ path: testInfo.outputPath('xor-hidden-layer.png') });
});

for (const dataset of ['and', 'or']) {
  test(`${dataset.toUpperCase()} reaches 100% with a single neuron`, async ({ page }) => {
    await openPlayground(page, `#dataset=${dataset}&hidden=`);
    await trainUntil(page, (acc) => acc === 1);
    expect(await metric(page, 'metric-train-accuracy')).toBe(1);
  });
}

test('editing a layer width rebuilds the network the worker trains', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=3');
  await expect(page.getByTestId('layer-count')).toContainText('1');
  const before = await page.locator('[data-param]').count();
  await page.getByTestId('add-neuron-1').click();
  await expect(page).toHaveURL(/hidden=4(&|$)/);
  // 2->3->1 has 6 + 3 weights; 2->4->1 has 8 + 4 (links drawn one per weight).
  await expect.poll(() => page.locator('line[data-param], path[data-param]').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('build-note')).toContainText('hidden');
  const after = await page.locator('[data-param]').count();
  expect(after).toBeGreaterThan(before);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('metric-epoch')).toHaveText('1');
});

test('a copied URL reproduces the same numbers after reload', async ({ page }) => {
  const hash = '#dataset=circle&hidden=4,2&activation=tanh&lr=0.1&batch=10&seed=5&noise=0.1&points=200';
  const run = async () => {
    await openPlayground(page, hash);
    for (let i = 0; i < 5; i++) await page.getByTestId('step').click();
    await expect(page.getByTestId('metric-epoch')).toHaveText('5');
    return [await metric(page, 'metric-train-loss'), await metric(page, 'metric-test-accuracy')];
  };
  const first = await run();
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  const second = await run();
  expect(second).toEqual(first);
});

test('a garbage hash loads the page with a notice that names the bad values', async ({ page }) => {
  await page.goto('/#dataset=%3Cimg%20src=x%20onerror=alert(1)%3E&lr=banana&hidden=9999&&&=');
  await expect(page.getByTestId('notice')).toContainText('dataset=');
  await expect(page.getByTestId('notice')).toContainText('lr="banana"');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
});

test('a learning rate of 10 on a sigmoid net diverges visibly, and reset recovers', async ({ page }, testInfo) => {
  // Regression with a linear output: the squared error grows without bound at this rate.
  await openPlayground(page, '#dataset=plane&hidden=4,4&activation=sigmoid&lr=10&seed=2');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('status-banner')).toContainText('diverged', { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('diverged.png') });
  await page.getByTestId('banner-reset').click();
  await expect(page.getByTestId('status-banner')).toHaveCount(0);
  await expect(page.getByTestId('metric-epoch')).toHaveText('0');
  await expect.poll(() => metric(page, 'metric-train-loss')).toBeLessThan(10);
});

test('a slow pace lets a learner watch: training follows the chosen epochs per second', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=2&activation=tanh&seed=2');
  await page.getByTestId('ctl-speed').selectOption('10');
  const t0 = Date.now();
  await page.getByTestId('play').click();
  await expect.poll(() => metric(page, 'metric-epoch')).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  await page.getByTestId('play').click();
  const elapsed = (Date.now() - t0) / 1000;
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
  // At full speed this net runs ~10^5 epochs a second. At 10/s the pacer allows pace × elapsed
  // plus one banked step (and a slice already under way when the pause arrives): the bound
  // follows the time that really passed, so a loaded machine cannot break it.
  expect(await metric(page, 'metric-epoch')).toBeLessThanOrEqual(10 * elapsed + 3);
});

/**
 * Drills for the training worker's failures (issue 14 §4, §7) and for divergence with a named
 * cause (§2): a worker killed mid-run is noticed and replaced; a worker script that fails to
 * load is reported as such; lr 0.3 with L2 10 stops within a few epochs and blames lr × L2.
 */
import { test, expect } from './fixtures';
import { metric, openPlayground } from './helpers';

declare global {
  interface Window { __bp?: { terminateWorker(): void } }
}

test('a worker terminated mid-run is noticed, and Reset recovers on a fresh worker', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor&hidden=4&activation=tanh&seed=2');
  await page.getByTestId('play').click();
  await expect.poll(() => metric(page, 'metric-epoch'), { timeout: 20_000 }).toBeGreaterThan(5);
  // The browser kills the worker: no error event, no message. Only the liveness check can tell.
  await page.evaluate(() => window.__bp!.terminateWorker());
  const banner = page.getByTestId('status-banner');
  await expect(banner).toHaveAttribute('data-failure', 'stalled', { timeout: 20_000 });
  await expect(banner).toContainText('stopped answering');
  const frozen = await metric(page, 'metric-epoch');
  await page.screenshot({ path: testInfo.outputPath('worker-stalled.png') });
  await page.getByTestId('banner-reset').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('metric-epoch')).toHaveText('0');
  await page.getByTestId('play').click();
  await expect.poll(() => metric(page, 'metric-epoch'), { timeout: 20_000 }).toBeGreaterThan(frozen + 5);
  await expect.poll(() => metric(page, 'metric-train-accuracy'), { timeout: 20_000 }).toBe(1);
});

test('a worker script that fails to load is reported as a failed load', async ({ page, pageErrors }) => {
  await page.route(/training\.worker[^/]*\.js/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/#dataset=xor');
  const banner = page.getByTestId('status-banner');
  await expect(banner).toHaveAttribute('data-failure', 'load', { timeout: 20_000 });
  await expect(banner).toContainText('could not be loaded');
  // The browser logs the refused script; that is the point of this drill, not a page error.
  const unexpected = pageErrors.filter((e) => !/404|Failed to load|training\.worker/i.test(e));
  expect(unexpected).toEqual([]);
  pageErrors.splice(0);
});

test('lr 0.3 with L2 10 diverges within a few epochs and the banner blames lr × L2', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor&hidden=4&activation=tanh&lr=0.3&l2=10&seed=1');
  await page.getByTestId('play').click();
  const banner = page.getByTestId('status-banner');
  await expect(banner).toHaveAttribute('data-cause', 'l2', { timeout: 20_000 });
  await expect(banner).toContainText('1 − lr·L2 = -2');
  expect(await metric(page, 'metric-epoch')).toBeLessThanOrEqual(10);
  // The loss after the blow-up is a number or ∞ / "diverged", never the no-test-set dash.
  await expect(page.getByTestId('metric-train-loss')).not.toHaveText('—');
  await page.screenshot({ path: testInfo.outputPath('diverged-l2.png') });
});

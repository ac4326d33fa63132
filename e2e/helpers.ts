import { expect, type Page } from '@playwright/test';

/** Reads a metric's exact value from its data-value attribute. */
export async function metric(page: Page, id: string): Promise<number> {
  const v = await page.getByTestId(id).getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
}

/** Opens a hash and waits until the worker has built the network and sent a snapshot. */
export async function openPlayground(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
}

/** Plays until the predicate holds for the training accuracy (or the timeout), then pauses. */
export async function trainUntil(page: Page, done: (acc: number, epoch: number) => boolean, timeout = 20_000): Promise<void> {
  await page.getByTestId('play').click();
  await expect
    .poll(async () => done(await metric(page, 'metric-train-accuracy'), await metric(page, 'metric-epoch')), { timeout, intervals: [100] })
    .toBe(true);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
}

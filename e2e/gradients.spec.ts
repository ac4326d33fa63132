import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openPlayground } from './helpers';

/** Rows of the main gradient table (layer 1 first, the output last). */
const rows = (page: Page) => page.getByTestId('gradient-table').locator('tbody tr');

/** gradZ of layer 1 over gradZ of the output layer, read from the table's exact values. */
async function ratio(page: Page): Promise<number> {
  const r = rows(page);
  const first = Number(await r.first().getAttribute('data-grad-z'));
  const last = Number(await r.last().getAttribute('data-grad-z'));
  return first / last;
}

const hiddenOf = (url: string): string => new URLSearchParams(new URL(url).hash.slice(1)).get('hidden') ?? '';

test('dragging the depth slider makes the gradient vanish; ReLU + He brings it back', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor-quadrants&hidden=8,8&activation=sigmoid&init=standard');
  const slider = page.getByTestId('depth-slider');
  await expect(slider).toHaveValue('2');
  await expect(rows(page)).toHaveCount(3);

  // Drag with the keyboard: every arrow press is a real input event and a rebuild.
  await slider.focus();
  for (let i = 0; i < 8; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue('10');
  await expect(page.getByTestId('width-input')).toHaveValue('8');
  await expect.poll(() => hiddenOf(page.url())).toBe('8,8,8,8,8,8,8,8,8,8');
  await expect(rows(page)).toHaveCount(11);
  await expect(rows(page).last()).toHaveAttribute('data-layer', '11');
  await expect.poll(() => ratio(page)).toBeLessThan(1e-3);
  await expect(page.getByTestId('gradient-ratio')).toContainText("of the output layer's gradient");
  await page.locator('#gradient-lab').screenshot({ path: testInfo.outputPath('sigmoid-10x8.png') });

  await page.getByTestId('ctl-activation').selectOption('relu');
  await page.getByTestId('ctl-init').selectOption('he-normal');
  await expect(page).toHaveURL(/activation=relu/);
  await expect(page).toHaveURL(/init=he-normal/);
  await expect.poll(() => ratio(page)).toBeGreaterThan(1e-2);
  await expect(rows(page)).toHaveCount(11);
  await page.locator('#gradient-lab').screenshot({ path: testInfo.outputPath('relu-he-10x8.png') });
});

test('the table rows follow the slider, the width input and the +/- editor', async ({ page }) => {
  await openPlayground(page, '#dataset=xor-quadrants&hidden=8,8&activation=sigmoid&init=standard');
  const slider = page.getByTestId('depth-slider');
  for (const n of [5, 0, 1, 12]) {
    await slider.fill(String(n));
    await expect(rows(page)).toHaveCount(n + 1);
  }
  await page.getByTestId('width-input').fill('3');
  await expect.poll(() => hiddenOf(page.url())).toBe(Array(12).fill(3).join(','));
  await page.getByTestId('remove-layer').click();
  await expect(slider).toHaveValue('11');
  await expect(rows(page)).toHaveCount(12);
  // A per-layer edit makes the widths mixed: the width input says so instead of showing one.
  await slider.fill('2');
  await expect(rows(page)).toHaveCount(3);
  await page.getByTestId('add-neuron-1').click();
  await expect.poll(() => hiddenOf(page.url())).toBe('4,3');
  await expect(page.getByTestId('width-input')).toHaveValue('');
  await expect(page.getByTestId('width-input')).toHaveAttribute('placeholder', 'mixed');
});

test('training records a history and the measure lives in the URL', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor-quadrants&depth=10&width=8&activation=relu&init=he-normal&lr=0.1');
  await expect(page.getByTestId('depth-slider')).toHaveValue('10');
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await page.getByTestId('metric-epoch').getAttribute('data-value')), { timeout: 20_000 }).toBeGreaterThan(200);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('gradient-heat')).toBeVisible();
  await page.getByTestId('measure-toggle').getByText('dL/dW').click();
  await expect(page).toHaveURL(/measure=gradW/);
  await expect(page.getByTestId('gradient-chart')).toHaveAttribute('aria-label', /dL\/dW per layer/);
  await page.locator('#gradient-lab').screenshot({ path: testInfo.outputPath('history-gradW.png') });
  await page.reload();
  await expect(page.getByTestId('measure-gradW')).toBeChecked();
});

test('compare mode: a preset shows two aligned charts, and the editor changes network B', async ({ page }, testInfo) => {
  await openPlayground(page, '#dataset=xor');
  await expect(page.getByTestId('gradient-chart')).toHaveCount(1);
  await page.getByTestId('preset-compare').click();
  await expect(page).toHaveURL(/compare=activation:relu,init:he-normal/);
  await expect(page.getByTestId('gradient-chart')).toHaveCount(2);
  await expect(page.getByTestId('preset-compare')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('gradient-panel').nth(1)).toContainText('relu · He normal init · 10 × 8');
  await expect(page.getByTestId('gradient-table-b').locator('tbody tr')).toHaveCount(11);
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await page.getByTestId('metric-epoch').getAttribute('data-value')), { timeout: 20_000 }).toBeGreaterThan(300);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('compare-loss')).toBeVisible();
  await page.locator('#gradient-lab').screenshot({ path: testInfo.outputPath('compare.png') });

  // B differs in depth instead: the link says so and B's table has its own rows.
  await page.getByTestId('compare-activation').selectOption('sigmoid');
  await page.getByTestId('compare-init').selectOption('standard');
  await expect(page.getByTestId('compare-summary')).toContainText('copy of A');
  await page.getByTestId('compare-depth').selectOption('3');
  await expect(page).toHaveURL(/compare=depth:3,width:8/);
  await expect(page.getByTestId('gradient-table-b').locator('tbody tr')).toHaveCount(4);
  await page.getByTestId('compare-toggle').uncheck();
  await expect(page.getByTestId('gradient-chart')).toHaveCount(1);
  await expect(page).not.toHaveURL(/compare=/);
});

test('the lab is usable on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, '#dataset=xor-quadrants&depth=10&width=8&activation=sigmoid&init=standard&compare=activation:relu,init:he-normal');
  await expect(page.getByTestId('gradient-chart')).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('depth-slider').fill('4');
  await expect(rows(page)).toHaveCount(5);
  await page.locator('#gradient-lab').screenshot({ path: testInfo.outputPath('phone.png') });
});

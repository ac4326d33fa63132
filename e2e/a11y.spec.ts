/**
 * Automated accessibility check (axe-core, WCAG 2.x A and AA rules) of the main page in its
 * main states: no serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openPlayground } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const STATES = [
  ['default', '#dataset=xor&hidden=4'],
  ['single neuron', '#dataset=and&hidden='],
  ['deep compact net with compare', `#dataset=xor-quadrants&hidden=${Array(12).fill(8).join(',')}&compare=activation:relu,init:he-normal`],
  ['three classes', '#dataset=spiral3&hidden=8,8'],
  ['regression', '#dataset=bumps&hidden=8'],
  // The lesson: each step's card and controls, in English and in Korean.
  ['lesson step 1', '#lesson=1'],
  ['lesson step 2 (Korean)', '#lesson=2&lang=ko'],
  ['lesson step 3', '#lesson=3'],
  ['lesson step 3 (Korean)', '#lesson=3&lang=ko'],
] as const;

for (const [name, hash] of STATES) {
  test(`axe: no serious or critical violations (${name})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlayground(page, hash);
    for (const d of await page.locator('details').all()) await d.evaluate((e) => { (e as HTMLDetailsElement).open = true; });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe: the shortcut overlay and the phone layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, '#dataset=xor&hidden=4');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the backprop step-through and the data editor', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlayground(page, '#dataset=xor&hidden=2&seed=2');
  await page.getByTestId('bp-open').click();
  await expect(page.getByTestId('backprop-steps')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The backward pass draws its own accents and labels: check a backward phase too.
  for (let i = 0; i < 4; i++) await page.getByTestId('bp-next').click();
  await expect(page.getByTestId('bp-phase')).toHaveAttribute('data-phase', 'backward');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('data-edit').click();
  await expect(page.getByTestId('data-edit-surface')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

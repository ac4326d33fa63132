/**
 * Keyboard: the global shortcuts after a click on every kind of control, without changing that
 * control; the ? overlay; the diagram's weights and biases by keyboard; every interactive
 * element reachable with Tab.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { metric, openPlayground } from './helpers';

const play = (page: Page) => page.getByTestId('play');

/** Space starts training and space pauses it again, whatever was clicked last. */
async function spaceToggles(page: Page) {
  await page.keyboard.press(' ');
  await expect(play(page)).toHaveAttribute('aria-label', 'Pause');
  await page.keyboard.press(' ');
  await expect(play(page)).toHaveAttribute('aria-label', 'Play');
}

test('after clicking + (add layer), space plays and pauses instead of adding another layer', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  await page.getByTestId('add-layer').click();
  await expect(page.getByTestId('layer-count')).toHaveText(/2 hidden layers/);
  await openSettled(page);
  await spaceToggles(page);
  await expect(page.getByTestId('layer-count')).toHaveText(/2 hidden layers/);
  // s steps one epoch even with the button focused; r resets to epoch 0.
  await page.keyboard.press('s');
  await expect.poll(() => metric(page, 'metric-epoch')).toBeGreaterThan(0);
  await page.keyboard.press('r');
  await expect.poll(() => metric(page, 'metric-epoch')).toBe(0);
});

test('after clicking a dataset thumbnail, space plays (and the page does not scroll)', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  await page.getByTestId('dataset-circle').click();
  await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-pressed', 'true');
  await openSettled(page);
  const y = await page.evaluate(() => window.scrollY);
  await spaceToggles(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
});

test('after clicking a preset link, space plays and the page does not scroll', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  const preset = page.locator('.lab-presets a').first();
  await preset.click();
  await openSettled(page);
  const y = await page.evaluate(() => window.scrollY);
  await spaceToggles(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
});

test('after clicking the depth slider, space plays; the slider keeps its value', async ({ page }) => {
  await openPlayground(page, '#dataset=xor-quadrants&hidden=4');
  const slider = page.getByTestId('depth-slider');
  await slider.click();
  await openSettled(page);
  const value = await slider.inputValue();
  await spaceToggles(page);
  expect(await slider.inputValue()).toBe(value);
});

test('after clicking a checkbox, space plays and does not toggle it again', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  const box = page.getByTestId('ctl-discretize');
  await box.click();
  await expect(box).toBeChecked();
  await spaceToggles(page);
  await expect(box).toBeChecked();
});

test('with a select focused after a pick, s steps and never switches the activation', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  const sel = page.getByTestId('ctl-activation');
  await sel.selectOption('relu');
  await sel.focus();
  await openSettled(page);
  await page.keyboard.press('s');
  await expect.poll(() => metric(page, 'metric-epoch')).toBeGreaterThan(0);
  await expect(sel).toHaveValue('relu');
  await page.keyboard.press('r');
  await expect(sel).toHaveValue('relu');
});

test('a focused number field keeps its keys', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  const field = page.getByTestId('ctl-lr-input');
  await field.click();
  await page.keyboard.press(' ');
  await page.keyboard.press('s');
  await page.keyboard.press('r');
  await expect(play(page)).toHaveAttribute('aria-label', 'Play');
  expect(await metric(page, 'metric-epoch')).toBe(0);
});

test('a button reached with Tab keeps space as its own key (keyboard activation still works)', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  await page.getByTestId('ctl-speed').focus();
  // Tab from the element before it lands on "+ layer" reached by keyboard.
  await page.getByTestId('remove-layer').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('add-layer')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('layer-count')).toHaveText(/2 hidden layers/);
  await expect(play(page)).toHaveAttribute('aria-label', 'Play');
});

test('? opens the list of shortcuts and Escape closes it', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=4');
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Space');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByTestId('shortcuts-open').click();
  await expect(help).toBeVisible();
  await page.getByTestId('shortcuts-close').click();
  await expect(help).toBeHidden();
});

test('weights and biases by keyboard: from a neuron, arrows reach its weights; Enter edits; the new value is used', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=2&seed=3');
  const unit = page.locator('[data-unit="0"]');
  await unit.focus();
  await page.keyboard.press('ArrowLeft');
  const focusedParam = () => page.evaluate(() => document.activeElement?.getAttribute('data-param') ?? null);
  const first = await focusedParam();
  expect(first).not.toBeNull();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const bias = await focusedParam(); // 2 inputs, then the bias
  expect(bias).not.toBe(first);
  await page.keyboard.press('Enter');
  const input = page.getByTestId('param-input');
  await expect(input).toBeVisible();
  await input.fill('1.5');
  await input.press('Enter');
  await expect(input).toBeHidden();
  await expect.poll(focusedParam).toBe(bias);
  await page.keyboard.press('ArrowRight');
  await expect(unit).toBeFocused();
});

test('every interactive element on the page is reachable with Tab', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlayground(page, '#dataset=xor&hidden=4');
  const total = await page.evaluate(() => {
    const sel = 'button, a[href], input, select, textarea, summary, [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const ti = el.getAttribute('tabindex');
      if (ti !== null && Number(ti) < 0) continue;
      if ((el as HTMLButtonElement).disabled) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) continue;
      if (el.closest('dialog:not([open]), [inert], details:not([open]) > :not(summary)')) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if ((r.width === 0 && r.height === 0) || cs.visibility === 'hidden') continue;
      el.dataset.uxTab = String(n++);
    }
    return n;
  });
  expect(total).toBeGreaterThan(20);
  await page.locator('body').focus();
  const seen = new Set<string>();
  for (let k = 0; k < total + 40 && seen.size < total; k++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.uxTab ?? null);
    if (id !== null) seen.add(id);
  }
  const missing = await page.evaluate((ids) => [...document.querySelectorAll<HTMLElement>('[data-ux-tab]')]
    .filter((el) => !ids.includes(el.dataset.uxTab!))
    .map((el) => el.outerHTML.slice(0, 120)), [...seen]);
  expect(missing).toEqual([]);
});

/** Waits until the rebuild a click started has delivered a snapshot (play works then). */
async function openSettled(page: Page) {
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  await expect(play(page)).toBeEnabled();
}

/** The focus ring of the element that has keyboard focus: outline or box-shadow, whichever draws. */
async function focusRing(page: Page): Promise<{ visible: boolean; outline: string; shadow: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as Element;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth}`;
    return { visible: el.matches(':focus-visible'), outline, shadow: cs.boxShadow };
  });
}

test('a truth-table row and an output-plot point reached by keyboard show a focus ring', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=2&activation=tanh&seed=2');
  await page.getByTestId('truth-row').first().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('truth-row').nth(1)).toBeFocused();
  const row = await focusRing(page);
  expect(row.visible).toBe(true);
  expect(row.outline !== 'none' || row.shadow !== 'none').toBe(true);
  // A point of the output plot, focused after a key press (so the browser treats it as keyboard focus).
  const point = page.locator('.db-point circle[tabindex="0"]').first();
  await point.focus();
  await expect(point).toBeFocused();
  const dot = await focusRing(page);
  expect(dot.visible).toBe(true);
  expect(dot.outline !== 'none' || dot.shadow !== 'none').toBe(true);
});

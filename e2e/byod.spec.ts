/**
 * Bring your own data, features and models, in a real browser on the production build:
 * XOR solved by one neuron on x1·x2, points placed by click, CSV import that refuses a bad
 * line and keeps the data, a model saved, the page reloaded, the model loaded with the same
 * loss, and a hand-edited weight marked. Screenshots go to the test's output folder.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { metric, openPlayground, trainUntil } from './helpers';

const trainPoints = (page: import('@playwright/test').Page) => page.locator('[data-testid="decision-boundary"] .db-points-train circle');

test('XOR with the product feature: one neuron reaches 100%, the feature space is separable', async ({ page }, info) => {
  await openPlayground(page, '#dataset=xor&hidden=&features=x1,x2,x1x2&lr=1');
  await expect(page.getByTestId('feature-x1x2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('feature-x1sq')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('feature-space')).toHaveAttribute('data-separable', 'true');
  await expect(page.getByTestId('input-space')).toHaveAttribute('data-separable', 'false');
  await trainUntil(page, (acc) => acc === 1, 30_000);
  expect(await metric(page, 'metric-train-accuracy')).toBe(1);
  for (const [w, h] of [[1280, 800], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: info.outputPath(`xor-x1x2-${w}.png`), fullPage: true });
  }
});

test('toggling a feature rebuilds the net with that input; the last one cannot be released', async ({ page }) => {
  await openPlayground(page, '#dataset=circle&hidden=3');
  await page.getByTestId('feature-x1sq').click();
  await expect(page).toHaveURL(/features=x1%2Cx2%2Cx1sq|features=x1,x2,x1sq/);
  await page.getByTestId('feature-x1').click();
  await page.getByTestId('feature-x2').click();
  await page.getByTestId('feature-x1sq').click();
  await expect(page.getByTestId('feature-x1sq')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('notice')).toContainText('at least one input feature');
});

test('place six points by click, undo one, redo it, and train on them', async ({ page }, info) => {
  await openPlayground(page, '#dataset=gaussians&points=20&hidden=3');
  // The first click turns every shown point (train and test) into the custom set.
  const before = await page.locator('[data-testid="decision-boundary"] .db-points circle').count();
  expect(before).toBe(20);
  await page.getByTestId('data-edit').click();
  const surface = page.getByTestId('data-edit-surface');
  const box = (await surface.boundingBox())!;
  const at = (fx: number, fy: number) => surface.click({ position: { x: box.width * fx, y: box.height * fy } });
  await page.getByTestId('edit-class-0').click();
  await at(0.15, 0.2); await at(0.2, 0.12); await at(0.1, 0.1);
  await page.keyboard.press('2'); // key 2 picks class 1
  await expect(page.getByTestId('edit-class-1')).toHaveAttribute('aria-pressed', 'true');
  await at(0.85, 0.8); await at(0.8, 0.9); await at(0.9, 0.88);
  await expect(trainPoints(page)).toHaveCount(before + 6);
  await page.keyboard.press('Control+z');
  await expect(trainPoints(page)).toHaveCount(before + 5);
  await page.getByTestId('data-redo').click();
  await expect(trainPoints(page)).toHaveCount(before + 6);
  await expect(page).toHaveURL(/dataset=custom/);
  await page.screenshot({ path: info.outputPath('placed-points-1280.png'), fullPage: true });
  const loss0 = await metric(page, 'metric-train-loss');
  await trainUntil(page, (_, epoch) => epoch >= 200);
  expect(await metric(page, 'metric-train-loss')).toBeLessThan(loss0);
  // Clicking a placed point removes it.
  await page.getByTestId('data-edit').click();
  await page.getByTestId('data-edit').click();
  await at(0.9, 0.88);
  await expect(trainPoints(page)).toHaveCount(before + 5);
});

test('edit data from the keyboard: arrows move the cursor, Enter adds a point there and removes it again', async ({ page }) => {
  await openPlayground(page, '#dataset=gaussians&points=20&hidden=3');
  // The first edit turns every shown point (train and test) into the custom training set.
  const before = await page.locator('[data-testid="decision-boundary"] .db-points circle').count();
  await page.getByTestId('data-edit').click();
  const surface = page.getByTestId('data-edit-surface');
  await surface.focus();
  const cursor = page.getByTestId('data-edit-cursor');
  await expect(cursor).toBeVisible();
  // Four steps right and two up, each 1/20 of the plot: the cursor ends 0.2 right and 0.1 above the centre.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(trainPoints(page)).toHaveCount(before + 1);
  const box = (await surface.boundingBox())!;
  const dot = (await trainPoints(page).last().boundingBox())!;
  expect(dot.x + dot.width / 2 - box.x).toBeCloseTo(box.width * 0.7, -0.5);
  expect(dot.y + dot.height / 2 - box.y).toBeCloseTo(box.height * 0.4, -0.5);
  // Space on the surface edits too (and does not start training); here it removes the point under the cursor.
  await page.keyboard.press(' ');
  await expect(trainPoints(page)).toHaveCount(before);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
});

test('CSV import: a bad line is named and changes nothing; a good file replaces the data', async ({ page }, info) => {
  await openPlayground(page, '#dataset=moons&points=40');
  const before = await trainPoints(page).count();
  const url = page.url();
  await page.getByTestId('csv-import').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n1,2,0\n3,abc,1\n') });
  await expect(page.getByTestId('notice')).toContainText('line 3');
  await expect(page.getByTestId('notice')).toContainText('x2 "abc" is not a finite number');
  await expect(trainPoints(page)).toHaveCount(before);
  expect(page.url()).toBe(url);
  const rows = ['x1,x2,label'];
  for (let i = 0; i < 30; i++) rows.push(`${(i % 6) - 3},${Math.floor(i / 6) - 2},${i % 2}`);
  await page.getByTestId('csv-import').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await expect(page.getByTestId('notice')).toContainText('Imported 30 points');
  await expect(trainPoints(page)).toHaveCount(30);
  await expect(page).toHaveURL(/dataset=custom/);
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-export').click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text.trim().split('\n')).toEqual(rows);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath('csv-import-390.png'), fullPage: true });
});

test('save a model, reload the page, load it: the same loss, marked as loaded', async ({ page }) => {
  await openPlayground(page, '#dataset=moons&hidden=5&batch=10&optimizer=adam&lr=0.01');
  await trainUntil(page, (_, epoch) => epoch >= 30);
  const loss = await metric(page, 'metric-train-loss');
  const epoch = await metric(page, 'metric-epoch');
  const download = page.waitForEvent('download');
  await page.getByTestId('model-save').click();
  const file = await (await download).path();
  await page.reload();
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  expect(await metric(page, 'metric-epoch')).toBe(0);
  await page.getByTestId('model-load').setInputFiles(file);
  await expect(page.getByTestId('run-mark')).toHaveAttribute('data-mark', 'loaded');
  await expect.poll(() => metric(page, 'metric-epoch')).toBe(epoch);
  expect(await metric(page, 'metric-train-loss')).toBe(loss);
  // A broken file is refused and changes nothing.
  await page.getByTestId('model-load').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"backprop-playground-model","version":99}') });
  await expect(page.getByTestId('notice')).toContainText('version 99 is not supported');
  expect(await metric(page, 'metric-train-loss')).toBe(loss);
});

test('a hand-edited weight marks the run: the link no longer reproduces it', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=2');
  await expect(page.getByTestId('run-mark')).toHaveCount(0);
  await page.locator('[data-param]').first().click({ force: true });
  await page.getByTestId('param-input').fill('1.5');
  await page.getByTestId('param-input').press('Enter');
  await expect(page.getByTestId('run-mark')).toHaveAttribute('data-mark', 'edited');
  await expect(page.getByTestId('run-mark')).toContainText('the link no longer reproduces');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('run-mark')).toHaveCount(0);
});

test('per-layer activation on the layer header, PNG export of a panel', async ({ page }) => {
  await openPlayground(page, '#dataset=circle&hidden=4,3');
  await page.getByTestId('activation-2').selectOption('relu');
  await expect(page).toHaveURL(/activations=tanh%2Crelu|activations=tanh,relu/);
  await expect(page.getByTestId('activation-1')).toHaveValue('tanh');
  const download = page.waitForEvent('download');
  await page.getByTestId('decision-boundary').getByTestId('export-png').click();
  const png = readFileSync(await (await download).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});

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

test('CSV import of huge coordinates: refused with its line unless rescaled; rescaled, they fill the plot', async ({ page }) => {
  await openPlayground(page, '#dataset=moons&points=40');
  const before = await trainPoints(page).count();
  const huge = { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n1e308,1e308,1\n-1e308,0,0\n0,-1e308,1\n') };
  await page.getByTestId('csv-import').setInputFiles(huge);
  await expect(page.getByTestId('notice')).toContainText('line 2');
  await expect(page.getByTestId('notice')).toContainText('beyond ±1,000,000');
  await expect(trainPoints(page)).toHaveCount(before);
  await page.getByTestId('csv-rescale').check();
  await page.getByTestId('csv-import').setInputFiles(huge);
  await expect(page.getByTestId('notice')).toContainText('Imported 3 points');
  await expect(trainPoints(page)).toHaveCount(3);
  // Hand-worked: centre (0, 0), half-span 1e308, so the points land at (5, 5), (-5, 0), (0, -5) and the factor is 5e-308.
  await expect(page.getByTestId('notice')).toContainText('×5.000e-308');
  for (const c of await trainPoints(page).all()) {
    for (const a of ['cx', 'cy']) expect(Number.isFinite(Number(await c.getAttribute(a)))).toBe(true);
  }
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

/** A download's file name and bytes. */
async function save(page: import('@playwright/test').Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** A PNG's pixel width and height, from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString(), w: b.readUInt32BE(16), h: b.readUInt32BE(20) });

test('exports: the hidden space, gradient chart and loss chart as 2× PNGs, the loss history and gradient table as CSV', async ({ page }) => {
  await openPlayground(page, '#dataset=xor&hidden=3&lr=0.3');
  // Stepped, not played: each step's snapshot is forced and is the last one, so nothing moves
  // between reading the page and clicking an export.
  const epoch = 3;
  for (let e = 1; e <= epoch; e++) {
    await page.getByTestId('step').click();
    await expect(page.getByTestId('metric-epoch')).toHaveAttribute('data-value', String(e));
  }
  const hidden = page.getByTestId('hidden-space');
  const grad = page.getByTestId('gradient-panel');
  const loss = page.getByTestId('loss-chart');
  await grad.scrollIntoViewIfNeeded();
  for (const [panel, name] of [[hidden, `hidden-space-layer-1-epoch-${epoch}.png`], [grad, `gradients-epoch-${epoch}.png`], [loss, `loss-chart-epoch-${epoch}.png`]] as const) {
    const box = (await panel.boundingBox())!;
    const file = await save(page, () => panel.getByTestId('export-png').click());
    expect(file.name).toBe(name);
    const size = pngSize(file.bytes);
    expect(size.png).toBe('PNG');
    expect(Math.abs(size.w - 2 * box.width), name).toBeLessThanOrEqual(2);
    expect(Math.abs(size.h - 2 * box.height), name).toBeLessThanOrEqual(2);
  }

  // The loss history: one row per measurement, the last one the epoch and loss on the page.
  const lossCsv = await save(page, () => loss.getByTestId('loss-csv').click());
  expect(lossCsv.name).toBe(`loss-history-epoch-${epoch}.csv`);
  const lines = lossCsv.bytes.toString('utf8').trim().split('\n').map((l) => l.split(','));
  expect(lines[0]).toEqual(['epoch', 'train_loss', 'test_loss', 'learning_rate', 'averaged_points']);
  const last = lines.at(-1)!;
  expect(Number(last[0])).toBe(epoch);
  expect(Number(last[1])).toBe(await metric(page, 'metric-train-loss'));
  expect(lines.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([['0', '0.3', '1'], ['1', '0.3', '1'], ['2', '0.3', '1'], ['3', '0.3', '1']]);

  // The gradient table: the same numbers the table carries, layer 1 first, the output last.
  const tableCsv = await save(page, () => grad.getByTestId('gradient-csv').click());
  expect(tableCsv.name).toBe(`gradient-table-epoch-${epoch}.csv`);
  const rows = tableCsv.bytes.toString('utf8').trim().split('\n').map((l) => l.split(','));
  const head = rows[0]!;
  expect(head.slice(0, 6)).toEqual(['epoch', 'layer', 'kind', 'units', 'activation', 'grad_z_rms']);
  expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([['1', 'hidden', '3'], ['2', 'output', '1']]);
  const tableRows = page.getByTestId('gradient-table').locator('tbody tr');
  for (let i = 0; i < 2; i++) {
    await expect(tableRows.nth(i)).toHaveAttribute('data-grad-z', rows[i + 1]![head.indexOf('grad_z_rms')]!);
    await expect(tableRows.nth(i)).toHaveAttribute('data-grad-w', rows[i + 1]![head.indexOf('grad_w_norm')]!);
  }
});

test('the schedule control: step decay from the page changes the hash, refuses a bad factor, and the loss chart draws the rate', async ({ page }, info) => {
  await openPlayground(page, '#dataset=circle&hidden=3&lr=0.1&batch=10');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-lr-shown', 'false');
  await page.getByTestId('ctl-schedule').selectOption('step');
  await expect(page).toHaveURL(/schedule=step/);
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-lr-shown', 'true');
  await page.getByTestId('ctl-decay-epochs').fill('5');
  await expect(page).toHaveURL(/decayEpochs=5/);
  // A factor of 0 would stop learning for good: refused in place, the link keeps its value.
  await page.getByTestId('ctl-decay').fill('0');
  await expect(page.getByTestId('ctl-decay')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'greater than 0' })).toBeVisible();
  expect(page.url()).not.toMatch(/decay=0(&|$)/);
  await page.getByTestId('ctl-decay').fill('0.25');
  await expect(page).toHaveURL(/decay=0\.25/);
  await expect(page.getByTestId('ctl-decay')).not.toHaveAttribute('aria-invalid', 'true');
  await trainUntil(page, (_, epoch) => epoch >= 12, 60_000);
  const line = page.getByTestId('loss-line-lr');
  await expect(page.getByTestId('loss-key-lr')).toContainText('learning rate');
  // One read of all three (a late snapshot may still redraw the line after the pause).
  const [first, last, lastEpoch] = await line.evaluate((el) => ['lrFirst', 'lrLast', 'lrLastEpoch'].map((k) => Number((el as HTMLElement).dataset[k])));
  expect(lastEpoch).toBeGreaterThanOrEqual(10);
  // η · γ^⌊e / k⌋ with η 0.1, γ 0.25, k 5.
  expect(last).toBeCloseTo(0.1 * 0.25 ** Math.floor(lastEpoch! / 5), 12);
  expect(first).toBe(0.1);
  // The link reproduces the schedule: a reload keeps the control's state.
  await page.reload();
  await expect(page.getByTestId('ctl-schedule')).toHaveValue('step');
  await expect(page.getByTestId('ctl-decay')).toHaveValue('0.25');
  await expect(page.getByTestId('ctl-decay-epochs')).toHaveValue('5');
  await page.getByTestId('ctl-schedule').selectOption('constant');
  await expect(page).not.toHaveURL(/schedule=/);
  await expect(page.getByTestId('ctl-decay')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('schedule-1280.png') });
});

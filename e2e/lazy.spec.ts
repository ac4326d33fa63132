/**
 * What the first load leaves out (issue 13 §1): the Korean strings are fetched only when Korean
 * is chosen, and panels below the first screen arrive as their own chunks behind placeholders.
 * Every wait is on page state; the Korean chunk is held back by a route until the test has
 * looked at the page in between, so the "still loading" state is not a race.
 */
import { test, expect } from './fixtures';
import { openPlayground } from './helpers';

/** A dotted resource key such as "app.hyper.lr" shown as text: what a missing string looks like. */
const RAW_KEY = /\b(app|data|network|hidden|output|neuron|grad|backprop|link|ux|lesson|byod)\.[a-z][A-Za-z]+\b/;

test('Korean is fetched when chosen, while training, and the page never shows a raw key', async ({ page }) => {
  test.setTimeout(90_000);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/ko-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await openPlayground(page, '#dataset=xor&hidden=4,2&lr=0.03');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(requested.filter((p) => /\/ko-/.test(p)), 'no Korean chunk on an English page').toEqual([]);

  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Pause');
  await page.getByTestId('lang-ko').click();
  // Chosen but not arrived: the page stays English, says it is busy, and shows no raw key.
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('data-lang', 'en');
  await expect(page.locator('h1')).toHaveText('Backprop Playground');
  expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);

  release();
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('data-lang', 'ko');
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1')).toHaveText('역전파 놀이터');
  expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  expect(requested.filter((p) => /\/ko-/.test(p))).toHaveLength(1);

  // Training went on through the switch.
  const epoch = Number(await page.getByTestId('metric-epoch').getAttribute('data-value'));
  await expect.poll(async () => Number(await page.getByTestId('metric-epoch').getAttribute('data-value')), { timeout: 30_000 })
    .toBeGreaterThan(epoch);

  // English is bundled: back at once, with no further fetch.
  await page.getByTestId('lang-en').click();
  await expect(page.locator('h1')).toHaveText('Backprop Playground');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(requested.filter((p) => /\/ko-/.test(p))).toHaveLength(1);
});

test('a Korean link opens in Korean from the first render', async ({ page }) => {
  await page.goto('/#dataset=xor&hidden=4&lang=ko');
  await expect(page.locator('h1')).toHaveText('역전파 놀이터');
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('data-lang', 'ko');
  expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
});

test('the panels below the first screen load as their own chunks and appear', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openPlayground(page, '#dataset=xor&hidden=4,2');
  await page.getByTestId('hidden-space').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('hidden-space')).toBeVisible();
  await expect(page.getByTestId('neuron-card')).toBeVisible();
  await expect(page.getByTestId('panel-loading')).toHaveCount(0);
  for (const chunk of ['HiddenSpaceContainer', 'NeuronContainer']) {
    expect(requested.some((p) => p.includes(`/assets/${chunk}-`)), chunk).toBe(true);
  }
  // Papa Parse comes with the first CSV file, not with the page.
  expect(requested.some((p) => p.includes('/assets/csvText-'))).toBe(false);
});

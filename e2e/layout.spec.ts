/**
 * Layout at the three sizes: no text under 11 px, the network's output always on screen, a
 * toolbar that never moves Play, and the phone's transport bar. Screenshots for a person.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openPlayground } from './helpers';

/**
 * Every visible text run inside the app with its rendered size in CSS px: the computed font
 * size times the SVG's scale (a viewBox drawn smaller than its units shrinks its text).
 */
async function smallText(page: Page, min = 11): Promise<string[]> {
  return page.evaluate((minPx) => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement as Element | null;
      if (!text || !el) continue;
      if (el.closest('[aria-hidden="true"] , dialog:not([open]), details:not([open]) > :not(summary)')) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
      let px = parseFloat(cs.fontSize);
      if (el instanceof SVGElement) {
        const m = (el as SVGGraphicsElement).getScreenCTM?.();
        if (m) px *= Math.hypot(m.a, m.b);
      }
      if (px < minPx - 0.05) bad.push(`${px.toFixed(1)}px "${text.slice(0, 30)}" in ${el.closest('[data-testid],section,[class]')?.className || el.tagName}`);
    }
    return bad;
  }, min);
}

test.describe('at 1280 x 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('no text anywhere is smaller than 11 px (default page, compare mode, tables open, deep net)', async ({ page }) => {
    await openPlayground(page, '#dataset=xor&hidden=4');
    expect(await smallText(page)).toEqual([]);
    for (const d of await page.locator('details').all()) await d.evaluate((e) => { (e as HTMLDetailsElement).open = true; });
    expect(await smallText(page)).toEqual([]);
    await openPlayground(page, '#dataset=xor-quadrants&hidden=8,8,8,8,8,8,8,8,8,8&compare=activation:relu,init:he-normal');
    for (const d of await page.locator('details').all()) await d.evaluate((e) => { (e as HTMLDetailsElement).open = true; });
    expect(await smallText(page)).toEqual([]);
    await openPlayground(page, '#dataset=spiral&hidden=16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16');
    expect(await smallText(page)).toEqual([]);
  });

  test('the output of a 20-layer net is inside the network panel, and per-layer buttons do not overlap', async ({ page }) => {
    await openPlayground(page, `#dataset=xor-quadrants&hidden=${Array(20).fill(8).join(',')}`);
    await expectOutputVisible(page);
  });

  test('a two-layer net with 13 units per layer keeps the full view (links, weights)', async ({ page }) => {
    await openPlayground(page, '#dataset=xor-quadrants&hidden=13,13');
    await expect(page.locator('.nd-content')).toHaveAttribute('data-mode', 'expanded');
    await expect(page.locator('[data-param]').first()).toBeAttached();
  });

  test('Play does not move while training, when the epoch grows, or when a field shows an error', async ({ page }) => {
    await openPlayground(page, '#dataset=xor&hidden=4');
    const before = await page.getByTestId('play').boundingBox();
    await page.getByTestId('play').click();
    await expect.poll(async () => Number(await page.getByTestId('metric-epoch').getAttribute('data-value')), { timeout: 20_000 }).toBeGreaterThan(100);
    expect(await page.getByTestId('play').boundingBox()).toEqual(before);
    const hyper = await page.locator('.toolbar').boundingBox();
    await page.getByTestId('play').click();
    await page.getByTestId('ctl-lr-input').fill('5000');
    await expect(page.locator('.toolbar .ctl-error')).toBeVisible();
    expect(await page.getByTestId('play').boundingBox()).toEqual(before);
    expect(await page.locator('.toolbar').boundingBox()).toEqual(hyper);
  });
});

/** The output block (compact) or output neuron (expanded) lies inside the visible diagram. */
async function expectOutputVisible(page: Page) {
  const box = await page.evaluate(() => {
    const scroll = document.querySelector('.nd-scroll')!.getBoundingClientRect();
    const blocks = document.querySelectorAll('[data-block]');
    const units = document.querySelectorAll('[data-unit]');
    const out = (blocks.length ? blocks[blocks.length - 1] : units[units.length - 1])!.getBoundingClientRect();
    return { outL: out.left, outR: out.right, left: scroll.left, right: scroll.right, vw: window.innerWidth };
  });
  expect(box.outR).toBeLessThanOrEqual(box.right + 0.5);
  expect(box.outL).toBeGreaterThanOrEqual(box.left - 0.5);
  expect(box.outR).toBeLessThanOrEqual(box.vw);
}

test.describe('at 390 x 844 (phone)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the output is visible at depth 10, 20 and 64, and the page has no sideways scroll', async ({ page }) => {
    for (const depth of [10, 20, 64]) {
      await openPlayground(page, `#dataset=xor-quadrants&hidden=${Array(depth).fill(4).join(',')}`);
      await expectOutputVisible(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  test('Play and the live output preview are on screen at every scroll position', async ({ page }) => {
    await openPlayground(page, '#dataset=xor&hidden=4');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 350) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      for (const id of ['transport-play', 'transport-preview']) {
        const b = (await page.getByTestId(id).boundingBox())!;
        expect(b.y, `${id} at scroll ${y}`).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height, `${id} at scroll ${y}`).toBeLessThanOrEqual(844);
      }
    }
    await page.getByTestId('transport-play').tap();
    await expect(page.getByTestId('transport-play')).toHaveAttribute('aria-label', 'Pause');
    await page.getByTestId('transport-play').tap();
  });

  test('touch targets are at least 44 px', async ({ page }) => {
    await openPlayground(page, '#dataset=xor&hidden=4');
    const small = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.app button, .app select, .app input:not([type=checkbox]):not([type=radio]), .app summary')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.height < 43.5; })
      .map((el) => `${el.tagName} ${el.getAttribute('data-testid') ?? el.textContent?.slice(0, 20)} ${Math.round(el.getBoundingClientRect().height)}px`));
    expect(small).toEqual([]);
  });
});

for (const [w, h] of [[1280, 800], [1920, 1080], [390, 844]] as const) {
  test(`screenshot ${w}x${h}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: w, height: h });
    await openPlayground(page, '#dataset=xor&hidden=4');
    await page.screenshot({ path: testInfo.outputPath(`page-${w}x${h}.png`), fullPage: true });
    await openPlayground(page, `#dataset=xor-quadrants&hidden=${Array(20).fill(8).join(',')}`);
    await page.screenshot({ path: testInfo.outputPath(`deep-${w}x${h}.png`) });
    if (w === 1920) {
      // The gradient lab sits beside the story: its top is within the first screen.
      const lab = await page.locator('#gradient-lab').boundingBox();
      if (lab) expect(lab.y).toBeLessThan(h);
    }
  });
}

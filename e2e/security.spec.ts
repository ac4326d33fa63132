/**
 * Security drills on the production build: the Content-Security-Policy from index.html holds
 * with zero violations while the app trains and every panel draws, and hostile hashes
 * (payloads as values, as keys and as compare items; on load and while running) run no
 * script, inject no element and never blank the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openPlayground } from './helpers';

/** Records CSP violations and any payload that managed to run, from before the page's scripts. */
async function arm(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __pwned: number };
    w.__csp = [];
    w.__pwned = 0;
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned: number }).__pwned);

test('the built page ships the strict policy and runs under it with zero violations', async ({ page }) => {
  await arm(page);
  const res = await page.goto('/');
  const html = await res!.text();
  expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
  for (const d of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    expect(html).toContain(d);
  }
  await openPlayground(page, '#dataset=xor&hidden=4');
  // Train, hover, open everything: canvases, SVG, inline style attributes set by React, the worker.
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await page.getByTestId('metric-epoch').getAttribute('data-value'))).toBeGreaterThan(50);
  await page.getByTestId('play').click();
  await page.locator('[data-unit="0"]').hover();
  for (const d of await page.locator('details').all()) await d.evaluate((e) => { (e as HTMLDetailsElement).open = true; });
  await openPlayground(page, '#dataset=spiral3&hidden=8,8&compare=activation:relu,init:he-normal');
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  expect(await violations(page)).toEqual([]);
});

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '</style><style>*{display:none}</style>',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  'x'.repeat(5000),
  '\u0000\u202e\ufeff',
];

function hostileHashes(): string[] {
  const out: string[] = [];
  for (const p of PAYLOADS) {
    const e = encodeURIComponent(p);
    out.push(`#dataset=${e}`, `#hidden=${e}&activation=${e}`, `#${e}=1&dataset=xor`, `#compare=${e}`, `#compare=activation:${e}`, `#compare=${e}:relu`, `#lr=${e}&seed=${e}`);
  }
  // Raw, undecoded forms too (the address bar passes them through as typed).
  out.push('#dataset=<script>window.__pwned=1</script>', '#"><img src=x onerror=window.__pwned=1>', '#&&&==&=&', '#=', '#%', '#%E0%A4%A');
  return out;
}

/** The app is on screen: its heading and the Play button, and no error screen. */
async function alive(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('play')).toBeVisible();
  expect(await page.locator('.error-boundary').count()).toBe(0);
}

/** No element of the page carries an inline event handler or a foreign script/iframe/object. */
async function nothingInjected(page: Page) {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) bad.push(`${el.tagName} ${a}`);
      if (el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'EMBED') bad.push(el.tagName);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.includes('/assets/')) bad.push('inline script');
      if (el.tagName === 'STYLE') bad.push('style element');
    }
    return bad;
  });
  expect(found).toEqual([]);
}

test('hostile hashes on load: no script runs, nothing is injected, the page is never blank', async ({ page }) => {
  test.setTimeout(240_000);
  await arm(page);
  for (const h of hostileHashes()) {
    await page.goto(`/${h}`);
    await alive(page);
    await nothingInjected(page);
    expect(await pwned(page), h).toBe(0);
  }
  expect(await violations(page)).toEqual([]);
});

test('hostile hashes typed while the app runs (hashchange): same guarantees, training state intact', async ({ page }) => {
  test.setTimeout(180_000);
  await arm(page);
  await openPlayground(page, '#dataset=xor&hidden=4');
  await page.getByTestId('play').click();
  for (const h of hostileHashes().filter((_, i) => i % 2 === 0)) {
    await page.evaluate((hash) => { location.hash = hash; }, h);
    await alive(page);
    await nothingInjected(page);
    expect(await pwned(page), h).toBe(0);
  }
  await page.evaluate(() => { location.hash = '#dataset=xor&hidden=4'; });
  await expect(page.getByTestId('metric-train-loss')).not.toHaveAttribute('data-value', '');
  expect(await violations(page)).toEqual([]);
});

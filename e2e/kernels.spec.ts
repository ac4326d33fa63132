import { test, expect } from './fixtures';

// The production worker compiles the inlined WebAssembly and trains on it; the page says so.
test('the about line names the WebAssembly SIMD kernels the worker chose', async ({ page }) => {
  await page.goto('/#dataset=xor&hidden=4');
  const about = page.getByTestId('about-line');
  await expect(about).toHaveAttribute('data-kernel', 'wasm-simd');
  await expect(about).toHaveText('Training runs on WebAssembly SIMD kernels (f64x2).');
  await page.goto('/#dataset=xor&hidden=4&lang=ko');
  await expect(page.getByTestId('about-line')).toContainText('WebAssembly SIMD 커널');
});

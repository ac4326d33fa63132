import { test as base, expect } from '@playwright/test';

interface Fixtures {
  /** Console errors and uncaught page errors seen during the test. */
  pageErrors: string[];
}

/**
 * Every spec imports `test` from here, so any console error or uncaught exception
 * fails the test even when its own assertions pass.
 */
export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') {
          const loc = msg.location();
          errors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
      await use(errors);
      expect(errors, 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

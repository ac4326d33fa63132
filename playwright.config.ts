import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets a second checkout (a fresh-clone CI check) run beside a developer's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // The html reporter can hold a terminal open; list just prints.
  reporter: 'list',
  // Two cores: one worker keeps the browser and the training worker from starving each other.
  workers: 1,
  retries: 0,
  // A loaded 2-core machine can take seconds to build and post the first snapshot: assertions
  // wait for state, so generous limits cost nothing when things are fast and avoid flakes when not.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The page follows the browser's language; the specs read English unless they set lang=ko.
        locale: 'en-US',
        // Browser downloads are not possible here: scripts/e2e.mjs finds a system Chromium
        // and passes it in. channel stays unset so executablePath is used as is.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || undefined,
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Tests run against the production build, which is what users get.
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

// `npm run test:e2e`: runs Playwright against a located Chromium. Extra args pass through,
// e.g. `npm run test:e2e -- e2e/smoke.spec.ts --headed`.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chromiumPath = await findChromium();
console.log(`[e2e] using Chromium at ${chromiumPath}`);

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath },
});
if (result.error) console.error(`[e2e] ${result.error.message}`);
process.exit(result.status ?? 1);

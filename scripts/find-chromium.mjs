// Locates a Chromium for Playwright. Browser downloads usually fail on our machines,
// so a system Chromium is preferred and Playwright's own download is the last resort.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** @returns {Promise<string | undefined>} */
async function locate() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return p;
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    // playwright-core missing or no browser registered: fall through.
  }
  return undefined;
}

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  // noninteractive: apt must never wait for stdin in CI.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * Path of a Chromium executable; installs one if none is found.
 * Exits the process with code 1 if nothing works.
 * @returns {Promise<string>}
 */
export async function findChromium() {
  const found = await locate();
  if (found) return found;

  if (process.getuid?.() === 0 && hasAptGet()) {
    console.error('[find-chromium] no Chromium found; installing the Debian package');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      const p = await locate();
      if (p) return p;
    }
  }

  // Works where downloads are allowed; fails fast (DNS error) where they are not.
  console.error('[find-chromium] trying `npx playwright install chromium`');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const p = await locate();
    if (p) return p;
  }

  console.error(
    '[find-chromium] No Chromium available. Install it (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}

// Allow `node scripts/find-chromium.mjs` to print the path.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await findChromium());
}

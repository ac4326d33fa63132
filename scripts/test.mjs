// `npm test`: typecheck, unit tests, then e2e; stops at the first failing step.
import { spawnSync } from 'node:child_process';

/** @type {[string, string[]][]} */
const steps = [
  ['npm', ['run', 'typecheck']],
  ['npx', ['vitest', 'run']],
  ['node', ['scripts/e2e.mjs']],
];

for (const [cmd, args] of steps) {
  const label = [cmd, ...args].join(' ');
  console.log(`\n[test] ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    if (result.error) console.error(`[test] ${result.error.message}`);
    console.error(`[test] failed: ${label} (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}
console.log('\n[test] all steps passed');

/**
 * The `lab` process as outside scripts see it: two spawns of the real command for the exit
 * codes and the stdout/stderr discipline. Flags, JSON shapes and results are tested
 * in-process (lab.main.test.ts, lab.fuzz.test.ts), which is much faster.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Run { code: number; stdout: string; stderr: string }

function lab(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['src/cli/bin.ts', ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Spawns share two cores with other suites; allow for a loaded machine.
describe.concurrent('the lab process', { timeout: 60_000 }, () => {
  it('exits 0 with exactly one JSON line on stdout and nothing on stderr', async () => {
    const r = await lab('train', '--dataset', 'and', '--hidden', '', '--epochs', '50', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toContain('accuracy');
  });

  it('exits 2 with nothing on stdout and one line on stderr for a bad flag', async () => {
    const r = await lab('train', '--momentum', '0.5');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lab: --momentum: has no effect with --optimizer sgd.*\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

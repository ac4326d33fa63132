/**
 * Issue repro: `lab train --dataset xor --l2 10 --lr 0.3 --epochs 1000 --json` used to report
 * diverged: false with a loss of 9.7e300. With SGD each step multiplies every weight by
 * 1 − lr·λ = −2, so the run blows up from its first step and must be stopped within a few epochs.
 */
import { describe, expect, it } from 'vitest';
import { main } from './lab';

function lab(...args: string[]) {
  let stdout = '', stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

describe('lab train reports divergence early, with its cause', { timeout: 60_000 }, () => {
  it('xor, lr 0.3, L2 10: diverged within 10 epochs, cause l2, decay -2 (JSON)', () => {
    const r = lab('train', '--dataset', 'xor', '--l2', '10', '--lr', '0.3', '--epochs', '1000', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.diverged).toBe(true);
    expect(out.epochs).toBeLessThanOrEqual(10);
    expect(out.divergence).toMatchObject({ epoch: out.epochs, cause: 'l2', detail: { lr: 0.3, l2: 10, decay: -2, signal: 'norm' } });
    expect(Number.isFinite(out.loss)).toBe(true);
    expect(out.loss).toBeLessThan(1e6);
  });

  it('the same in the table names lr x L2 and the factor', () => {
    const r = lab('train', '--dataset', 'xor', '--l2', '10', '--lr', '0.3', '--epochs', '1000');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/DIVERGED at epoch \d+: weight norm grew .*x; lr x L2 = 3 >= 1, so each step multiplies every weight by 1 - lr\*L2 = -2/);
  });

  it('lr 0.3 without L2 trains XOR and reports no divergence', () => {
    const out = JSON.parse(lab('train', '--dataset', 'xor', '--lr', '0.3', '--epochs', '1000', '--json').stdout);
    expect(out.diverged).toBe(false);
    expect(out.divergence).toBeNull();
    expect(out.accuracy).toBe(1);
  });
});

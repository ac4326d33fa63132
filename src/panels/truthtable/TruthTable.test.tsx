// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { TruthTable } from './TruthTable';
import { truthRows } from './truthRows';

describe('TruthTable', () => {
  const dom = useDomHost();

  const rows = truthRows([0, 0, 0, 1, 1, 0, 1, 1], [0, 1, 1, 0], [0.02, 0.97, 0.51, 0.7], 1, 'sigmoid');

  it('shows the four rows with inputs, target, output and a correct mark', () => {
    act(() => dom.root.render(<TruthTable name="XOR" rows={rows} domain={[0, 1]} threshold={0.5} picked={2} onPick={() => {}} />));
    const trs = [...dom.host.querySelectorAll('[data-testid="truth-row"]')];
    expect(trs).toHaveLength(4);
    expect(trs.map((r) => r.getAttribute('data-correct'))).toEqual(['true', 'true', 'true', 'false']);
    expect(trs[1]!.textContent).toContain('0.970');
    expect(trs[0]!.querySelector('.tt-mark')!.textContent).toBe('✓');
    expect(trs[3]!.querySelector('.tt-mark')!.textContent).toBe('✗');
    expect(dom.host.querySelector('[data-testid="truth-table-score"]')!.getAttribute('data-correct-count')).toBe('3');
    expect(trs[2]!.getAttribute('aria-selected')).toBe('true');
  });

  it('picks a row by click or keyboard', () => {
    const onPick = vi.fn();
    act(() => dom.root.render(<TruthTable name="XOR" rows={rows} domain={[0, 1]} threshold={0.5} picked={null} onPick={onPick} />));
    const trs = dom.host.querySelectorAll('[data-testid="truth-row"]');
    act(() => (trs[3] as HTMLElement).click());
    act(() => { trs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    expect(onPick.mock.calls).toEqual([[3], [1]]);
  });
});

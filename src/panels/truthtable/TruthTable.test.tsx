// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TruthTable } from './TruthTable';
import { truthRows } from './truthRows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('TruthTable', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  const rows = truthRows([0, 0, 0, 1, 1, 0, 1, 1], [0, 1, 1, 0], [0.02, 0.97, 0.51, 0.7], 1, 'sigmoid');

  it('shows the four rows with inputs, target, output and a correct mark', () => {
    act(() => root.render(<TruthTable name="XOR" rows={rows} domain={[0, 1]} threshold={0.5} picked={2} onPick={() => {}} />));
    const trs = [...host.querySelectorAll('[data-testid="truth-row"]')];
    expect(trs).toHaveLength(4);
    expect(trs.map((r) => r.getAttribute('data-correct'))).toEqual(['true', 'true', 'true', 'false']);
    expect(trs[1]!.textContent).toContain('0.970');
    expect(trs[0]!.querySelector('.tt-mark')!.textContent).toBe('✓');
    expect(trs[3]!.querySelector('.tt-mark')!.textContent).toBe('✗');
    expect(host.querySelector('[data-testid="truth-table-score"]')!.getAttribute('data-correct-count')).toBe('3');
    expect(trs[2]!.getAttribute('aria-selected')).toBe('true');
  });

  it('picks a row by click or keyboard', () => {
    const onPick = vi.fn();
    act(() => root.render(<TruthTable name="XOR" rows={rows} domain={[0, 1]} threshold={0.5} picked={null} onPick={onPick} />));
    const trs = host.querySelectorAll('[data-testid="truth-row"]');
    act(() => (trs[3] as HTMLElement).click());
    act(() => { trs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    expect(onPick.mock.calls).toEqual([[3], [1]]);
  });
});

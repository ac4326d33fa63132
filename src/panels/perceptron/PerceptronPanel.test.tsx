// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_SEPARABLE_MESSAGE } from '../../core/perceptron';
import { PerceptronPanel } from './PerceptronPanel';
import type { TableName } from './perceptronTrace';

describe('PerceptronPanel', () => {
  const dom = useDomHost();
  afterEach(() => {
    vi.useRealTimers();
  });
  const render = (table: TableName, onTable = () => {}) => act(() => dom.root.render(<PerceptronPanel key={table} table={table} onTable={onTable} />));
  const $ = (id: string) => dom.host.querySelector(`[data-testid="${id}"]`) as HTMLElement;
  const status = () => $('perceptron-status');

  it('plays AND one presentation per tick until it converges after 10 updates', () => {
    vi.useFakeTimers();
    render('and');
    expect(status().getAttribute('data-status')).toBe('ready');
    act(() => $('perceptron-play').click());
    act(() => { vi.advanceTimersByTime(250 * 5); });
    expect(status().getAttribute('data-status')).toBe('running');
    expect($('perceptron-steps').textContent).toBe('5');
    act(() => { vi.advanceTimersByTime(250 * 40); });
    expect(status().getAttribute('data-status')).toBe('converged');
    expect(status().getAttribute('data-updates')).toBe('10');
    expect(status().textContent).toContain('w = (2, 1), b = -2');
    expect($('perceptron-steps').textContent).toBe('22');
    expect($('perceptron-play').textContent).toBe('Replay');
  });

  it('OR: jumping to the end reports 4 updates', () => {
    render('or');
    act(() => $('perceptron-finish').click());
    expect(status().getAttribute('data-status')).toBe('converged');
    expect(status().getAttribute('data-updates')).toBe('4');
    expect(status().textContent).toContain('w = (1, 1), b = 0');
  });

  it('XOR: finds the repeated state and says the points are not linearly separable', () => {
    render('xor');
    act(() => $('perceptron-finish').click());
    expect(status().getAttribute('data-status')).toBe('cycle');
    expect(status().textContent!.toLowerCase()).toContain(NOT_SEPARABLE_MESSAGE);
    // Stepping on goes round the loop; the verdict stays.
    act(() => $('perceptron-step').click());
    expect(status().getAttribute('data-status')).toBe('cycle');
    expect(status().textContent).toContain('going round that loop');
  });

  it('switches tables through its buttons, and resets to the zero start', () => {
    const onTable = vi.fn();
    render('and', onTable);
    act(() => $('perceptron-table-xor').click());
    expect(onTable).toHaveBeenCalledWith('xor');
    act(() => $('perceptron-step').click());
    expect($('perceptron-steps').textContent).toBe('1');
    act(() => $('perceptron-reset').click());
    expect($('perceptron-steps').textContent).toBe('0');
    expect(dom.host.querySelector('[data-testid="perceptron-line"]')).toBeNull(); // w = 0: no line yet
  });
});

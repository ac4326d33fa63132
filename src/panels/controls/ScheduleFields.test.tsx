// @vitest-environment happy-dom
/**
 * The schedule control against the field table and the core's validation (the oracle): it
 * shows exactly the parameters a schedule uses, commits what resolveConfig accepts and holds
 * back, with a field error, what it refuses.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig, type TrainConfig } from '../../core/config';
import { SCHEDULES } from '../../core/schedule';
import { useDomHost } from '../../testing/domHost';
import { HyperParams } from './HyperParams';
import { ScheduleFields } from './ScheduleFields';

const dom = useDomHost();
const { byId } = dom;

function type(el: HTMLInputElement, v: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(el: HTMLSelectElement, v: string) {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, v);
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

const render = (config: TrainConfig, onChange = vi.fn()) => {
  act(() => dom.root.render(<ScheduleFields config={config} onChange={onChange} />));
  return onChange;
};
const shownParams = () => ['ctl-decay', 'ctl-decay-epochs', 'ctl-lr-min'].filter((id) => byId(id) !== null);
/** Does the core accept this value for this field? */
const coreAccepts = (patch: Partial<TrainConfig>) => {
  try { resolveConfig({ dataset: 'circle', ...patch }); return true; } catch { return false; }
};

describe('ScheduleFields', () => {
  it('offers every schedule the core knows, labelled, and reports a pick', () => {
    const onChange = render(resolveConfig({ dataset: 'circle' }));
    const select = byId<HTMLSelectElement>('ctl-schedule');
    expect([...select.options].map((o) => o.value)).toEqual([...SCHEDULES]);
    expect([...select.options].map((o) => o.textContent)).toEqual(['Constant', 'Step decay', 'Exponential', 'Cosine']);
    expect(select.labels?.[0]?.textContent).toBe('Rate schedule');
    act(() => choose(select, 'cosine'));
    expect(onChange).toHaveBeenCalledWith({ schedule: 'cosine' });
  });

  it('shows the parameters each schedule uses and no others', () => {
    const expected: Record<string, string[]> = {
      constant: [],
      step: ['ctl-decay', 'ctl-decay-epochs'],
      exponential: ['ctl-decay', 'ctl-decay-epochs'],
      cosine: ['ctl-decay-epochs', 'ctl-lr-min'],
    };
    for (const schedule of SCHEDULES) {
      render(resolveConfig({ dataset: 'circle', schedule }));
      expect(shownParams(), schedule).toEqual(expected[schedule]);
      for (const id of shownParams()) expect(byId<HTMLInputElement>(id).labels?.length, id).toBe(1);
    }
    render(resolveConfig({ dataset: 'circle', schedule: 'cosine' }));
    expect(byId<HTMLInputElement>('ctl-decay-epochs').labels?.[0]?.textContent).toBe('Over k epochs');
    expect(byId('ctl-schedule').title).toContain('cos(π');
  });

  it('commits exactly the values the core accepts, and explains the others in place', () => {
    const cases: [string, keyof TrainConfig, string, string][] = [
      ['step', 'decay', 'ctl-decay', '0.25'],
      ['step', 'decay', 'ctl-decay', '1'],
      ['step', 'decay', 'ctl-decay', '0'],
      ['step', 'decay', 'ctl-decay', '1.5'],
      ['step', 'decay', 'ctl-decay', '-0.1'],
      ['step', 'decayEpochs', 'ctl-decay-epochs', '20'],
      ['step', 'decayEpochs', 'ctl-decay-epochs', '2.5'],
      ['step', 'decayEpochs', 'ctl-decay-epochs', '0'],
      ['step', 'decayEpochs', 'ctl-decay-epochs', '2000000'],
      ['cosine', 'lrMin', 'ctl-lr-min', '0'],
      ['cosine', 'lrMin', 'ctl-lr-min', '0.1'],
      ['cosine', 'lrMin', 'ctl-lr-min', '1.01'],
      ['cosine', 'lrMin', 'ctl-lr-min', 'abc'],
    ];
    for (const [schedule, field, id, text] of cases) {
      const cfg = resolveConfig({ dataset: 'circle', schedule: schedule as TrainConfig['schedule'] });
      const onChange = render(cfg);
      const input = byId<HTMLInputElement>(id);
      act(() => type(input, text));
      const value = Number(text);
      const ok = Number.isFinite(value) && coreAccepts({ schedule: schedule as TrainConfig['schedule'], [field]: value });
      const label = `${field}=${text}`;
      if (ok) {
        // The current value is already in place: nothing to send.
        if (cfg[field] === value) expect(onChange, label).not.toHaveBeenCalled();
        else expect(onChange, label).toHaveBeenCalledWith({ [field]: value });
        expect(input.getAttribute('aria-invalid'), label).toBeNull();
      } else {
        expect(onChange, label).not.toHaveBeenCalled();
        expect(input.getAttribute('aria-invalid'), label).toBe('true');
        const err = dom.host.querySelector(`#${CSS.escape(input.getAttribute('aria-describedby')!)}`);
        expect(err?.getAttribute('role'), label).toBe('alert');
        expect(err?.textContent, label).toMatch(field === 'decayEpochs' ? /whole number between 1 and 1000000/ : /number/);
      }
      // Typed text stays as typed, accepted or not.
      expect(input.value, label).toBe(text === 'abc' ? '' : text);
    }
  });

  it('sits under the rate in the hyper-parameters, and a classroom link can hide it', () => {
    const cfg = resolveConfig({ dataset: 'circle', schedule: 'step' });
    act(() => dom.root.render(<HyperParams config={cfg} onChange={vi.fn()} />));
    expect(byId('ctl-schedule')).not.toBeNull();
    expect(byId('ctl-decay')).not.toBeNull();
    act(() => dom.root.render(<HyperParams config={cfg} onChange={vi.fn()} hide={new Set(['schedule'])} />));
    expect(byId('ctl-schedule')).toBeNull();
    expect(byId('ctl-decay')).toBeNull();
    // A fixed rate fixes its schedule as well.
    act(() => dom.root.render(<HyperParams config={cfg} onChange={vi.fn()} hide={new Set(['lr'])} />));
    expect(byId('ctl-schedule')).toBeNull();
  });
});

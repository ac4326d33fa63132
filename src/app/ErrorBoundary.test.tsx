// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../testing/domHost';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

// React only enables act() warnings-free rendering when this flag is set.
function Boom(): never {
  throw new Error('weights became NaN');
}

describe('ErrorBoundary', () => {
  const dom = useDomHost();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders its children when nothing throws', () => {
    act(() => dom.root.render(<ErrorBoundary><p>fine</p></ErrorBoundary>));
    expect(dom.host.textContent).toBe('fine');
  });

  it('shows the message and a Reload button instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
    act(() => dom.root.render(<ErrorBoundary><Boom /></ErrorBoundary>));
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toContain('weights became NaN');
    expect(dom.host.querySelector('button')?.textContent).toBe('Reload');
  });
});

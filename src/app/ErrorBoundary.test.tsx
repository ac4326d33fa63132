// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

// React only enables act() warnings-free rendering when this flag is set.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Boom(): never {
  throw new Error('weights became NaN');
}

describe('ErrorBoundary', () => {
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
    vi.restoreAllMocks();
  });

  it('renders its children when nothing throws', () => {
    act(() => root.render(<ErrorBoundary><p>fine</p></ErrorBoundary>));
    expect(host.textContent).toBe('fine');
  });

  it('shows the message and a Reload button instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
    act(() => root.render(<ErrorBoundary><Boom /></ErrorBoundary>));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('weights became NaN');
    expect(host.querySelector('button')?.textContent).toBe('Reload');
  });
});

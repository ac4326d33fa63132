/**
 * Runs `fn` when the main thread is idle (requestIdleCallback, at most `timeoutMs` later), or
 * after a short timeout where the browser has no idle callbacks. Returns a cancel function.
 * For drawing nobody waits for (dataset pictures): it must not delay the first decision boundary.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  const w = globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

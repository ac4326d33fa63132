/**
 * A fresh React root in a detached-from-nothing <div> for every component test: mounted before
 * each test, unmounted after. Component tests opt into happy-dom with a docblock.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface DomHost {
  readonly host: HTMLDivElement;
  readonly root: Root;
  /** The element with data-testid = id (cast for the test's convenience). */
  byId<T extends HTMLElement = HTMLElement>(id: string): T;
}

/** Registers the mount/unmount hooks in the calling test file and returns live accessors. */
export function useDomHost(): DomHost {
  let host!: HTMLDivElement;
  let root!: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  return {
    get host() {
      return host;
    },
    get root() {
      return root;
    },
    byId: <T extends HTMLElement>(id: string) => host.querySelector(`[data-testid="${id}"]`) as T,
  };
}

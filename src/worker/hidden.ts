/** Hidden-space view for the worker: filled in by the hidden-space issue. */
import type { Trainer } from '../core';
import type { HiddenView } from './protocol';

export function hiddenView(_tr: Trainer, _layer: number): HiddenView | null {
  return null;
}

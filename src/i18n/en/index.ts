/** English strings, one object per area of the page. The Korean resource has the same shape. */
import { app } from './app';
import { backprop } from './backprop';

export const en = { app, backprop };

/** The shape every language must have (values are any string). */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resource = Widen<typeof en>;

/** English strings, one object per area of the page. The Korean resource has the same shape. */
import { app } from './app';
import { data } from './data';
import { network } from './network';
import { hidden } from './hidden';
import { output } from './output';
import { neuron } from './neuron';
import { grad } from './grad';
import { backprop } from './backprop';
import { link } from './link';
import { ux } from './ux';
import { lesson } from './lesson';

export const en = { app, data, network, hidden, output, neuron, grad, backprop, link, ux, lesson };

/** The shape every language must have (values are any string). */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resource = Widen<typeof en>;

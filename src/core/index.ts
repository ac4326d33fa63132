/** Public surface of the neural core. */
export * from './activations';
export * from './config';
export * from './datasets';
export * from './errors';
export * from './grid';
export * from './init';
export * from './layout';
export * from './losses';
export * from './mlp';
export * from './optimizers';
export * from './rng';
export * from './seeds';
export * from './stats';
export * from './trainer';

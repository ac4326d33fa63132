/**
 * Independent streams from one user seed: data, initial weights and shuffling each get their
 * own generator, so changing the architecture never changes the data (and compare mode can
 * give two nets the same points). A config's optional `initSeed` replaces the user seed for the
 * init stream only (deriveSeed(initSeed, 'init')), so data and shuffling never move with it.
 */
const STREAMS = { data: 0x9e3779b1, init: 0x85ebca77, shuffle: 0xc2b2ae3d } as const;

/** A 32-bit seed for one named stream of a user seed. */
export function deriveSeed(seed: number, stream: keyof typeof STREAMS): number {
  let h = (seed ^ STREAMS[stream]) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

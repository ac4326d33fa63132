// The training workloads of bench:ui, shared with bench/workerTasks.ts (the same nets in Node).

/** @param {number} n @param {number} w */
const layers = (n, w) => Array(n).fill(w).join(',');

/**
 * Training workloads. "all panels visible": the viewport is as tall as the page.
 * @type {{ id: string; name: string; hash: string; target?: boolean }[]} */
export const TRAIN_CASES = [
  { id: 'default', name: 'default net', hash: '', target: true },
  { id: '16x16', name: '16x16 sigmoid', hash: `#dataset=xor-quadrants&hidden=${layers(16, 16)}&activation=sigmoid&points=500&batch=10&lr=0.03`, target: true },
  { id: '64x16', name: '64x16 sigmoid', hash: `#dataset=xor-quadrants&hidden=${layers(64, 16)}&activation=sigmoid&points=500&batch=10&lr=0.03`, target: true },
  { id: '1x128', name: '1x128 tanh', hash: '#dataset=spiral&hidden=128&activation=tanh' },
  { id: '64x128', name: '64x128 relu', hash: `#dataset=spiral&hidden=${layers(64, 128)}&activation=relu&init=he-normal&lr=0.01` },
  { id: 'compare', name: 'compare 10x8', hash: `#dataset=xor-quadrants&hidden=${layers(10, 8)}&activation=sigmoid&init=standard&points=500&batch=10&lr=0.1&compare=activation:relu,init:he-normal` },
];


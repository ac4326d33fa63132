/** The data panel: dataset picker and sliders. */
export const data = {
  title: 'Data',
  group: { truth: 'Truth tables', patterns: 'Patterns', regression: 'Regression' },
  dataset: 'Dataset {{name}}',
  name: {
    and: 'AND', or: 'OR', xor: 'XOR', nand: 'NAND', nor: 'NOR', xnor: 'XNOR',
    'xor-quadrants': 'XOR quadrants', circle: 'Circle', gaussians: 'Gaussians', spiral: 'Spiral', moons: 'Moons',
    spiral3: '3-arm spiral', plane: 'Plane', bumps: 'Bumps',
  },
  noise: 'Noise',
  points: 'Points',
  split: 'Train split',
  splitValue: '{{pct}}% train',
  truthNote: 'Truth tables always have 4 points (no noise, and they train and test on the same four).',
  regenerate: 'New sample',
  regenerateTitle: 'Draws new data points (a new data seed)',
};

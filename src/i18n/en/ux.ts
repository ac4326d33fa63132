/** Page-wide interaction: shortcuts, the phone transport bar, the layer picker, embed and share. */
export const ux = {
  shortcuts: {
    open: 'Keyboard shortcuts',
    openTitle: 'Keyboard shortcuts (?)',
    title: 'Keyboard shortcuts',
    close: 'Close',
    note: 'Shortcuts work after clicking any button, picture or slider. While you type in a field, keys go to the field.',
    space: 'Space',
    play: 'Play or pause training',
    step: 'Step one epoch',
    reset: 'Reset: same initial weights, epoch 0',
    newWeights: 'New random weights',
    help: 'Show or hide this list',
    tab: 'Move between controls',
    tabKeys: 'Shift+Tab',
    diagram: 'On a focused neuron: step onto its weights and bias; ↑ ↓ walk through them, Enter edits, → goes back',
    slider: 'Change a focused slider; Page Up / Page Down jump between useful depths',
  },
  transport: {
    region: 'Training at a glance',
    play: 'Play',
    pause: 'Pause',
    step: 'Step one epoch',
    epoch: 'Epoch',
    loss: 'Loss',
    preview: 'Network output over the input plane',
  },
  metrics: {
    lossAll: 'Loss (all {{n}} points)',
    accAll: 'Accuracy (all {{n}} points)',
    range: 'A {{output}} output stays between {{lo}} and {{hi}}, but the targets here run from {{min}} to {{max}}: the network can never fit them. Choose a linear output (or tanh when the targets stay within −1…1).',
  },
  legendUnit: 'Output of {{what}}',
  settings: 'Settings',
  depth: {
    exact: 'Depth, exact number of hidden layers',
    error: 'Enter a whole number from 0 to {{max}}.',
  },
  picker: {
    group: 'Width of one layer',
    layer: 'Layer',
  },
  gradTable: {
    scroll: 'Numbers per layer (scrolls sideways)',
  },
};

// AssemblyScript entry (see matrix.ts): everything the host instantiates per network.
export { affine, inputGrad, weightGrad } from './matrix';
export { exp, sigmoid, sigmoidBack, relu, reluBack } from './activations';
export { matvec } from './peak';

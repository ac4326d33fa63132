// AssemblyScript entry (see matrix.ts): everything the host instantiates per network.
export { affine, affineSmall, inputGrad, weightGrad, weightGradScaled } from './matrix';
export { exp, expPairs, sigmoid, sigmoidBack, relu, reluBack, toUnitMajorF32 } from './activations';
export { matvec } from './peak';
export { sgd, momentum, adam, penalty, sumInOrder, sumSquares8 } from './update';

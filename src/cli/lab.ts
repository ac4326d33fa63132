/**
 * `lab`: the playground's core on the command line. Entry point and dispatch only.
 * Exit codes: 0 done, 2 bad command line (one line on stderr), 1 anything unexpected.
 * Scripts depend on the flags and the --json shapes; see usage below.
 */
import { DATASETS } from '../core/datasets';
import { ConfigError } from '../core/errors';
import { describeKernels } from '../core/kernels/backend';
import { readFileSync } from 'node:fs';
import { COMMANDS, configUsageError, parseFlags, toConfig, UsageError, type Command } from './args';
import { grads } from './commands/grads';
import { sweep } from './commands/sweep';
import { train } from './commands/train';

const USAGE = `usage: lab <command> [flags]

commands
  train   train one network; prints accuracy, loss and the last step's per-layer gradients
  grads   per-layer gradient sizes at initialization, no training
  sweep   train over several seeds; convergence rate and median epochs to converge
  help    this text
  --version   version and the kernels in use (WebAssembly f64x2 SIMD or the TypeScript fallback)

data and network (all commands)
  --dataset NAME       ${DATASETS.join(', ')} (default xor)
  --points N --noise X --split X --signed      data size, noise, train fraction, -1/+1 truth tables
  --hidden "4,4"       hidden layer widths; "" or 0 for none (default 4)
  --activation NAME    hidden activation (default tanh)
  --output NAME        sigmoid, softmax, tanh, linear (default: follows the dataset)
  --init NAME --init-scale X    weight initializer (default glorot-uniform)
  --loss mse|bce|ce    (default: follows the output)
  --seed N             (default 1)
  --json               print one JSON object instead of a table

train and sweep
  --optimizer sgd|momentum|adam --lr X --momentum X --nesterov
  --batch N            minibatch size, 0 = full batch (default 0)
  --l1 X --l2 X        weight penalties
  --epochs N           (default 1000)
  --target-accuracy X  stop once training accuracy >= X (sweep: counts as converged; default 1)

grads
  --depth N --width N  N hidden layers of the same width (--hidden wins; default 1 x 4)
  --trials N           mean over seeds seed, seed+1, ... (default 1)

sweep
  --seeds N            runs with seeds seed, seed+1, ... (default 10)

train --json: {"accuracy","loss","testAccuracy","testLoss","epochs","convergedEpoch","diverged","layers"}
grads --json: {"layers"}; each layer {"units","activation","gradZ","gradW","gradB"}, output layer last
sweep --json: {"runs","converged","convergenceRate","medianEpochs"}
`;

/** "lab 0.1.0 (Backprop Playground), kernels: WebAssembly f64x2 SIMD". */
function versionLine(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `lab ${pkg.version} (Backprop Playground), kernels: ${describeKernels()}\n`;
}

function main(argv: readonly string[]): void {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) throw new UsageError(`missing command; expected one of ${COMMANDS.join(', ')}`);
  if (cmd === 'help' || cmd === '--help' || cmd === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  if (cmd === '--version' || cmd === '-V') {
    process.stdout.write(versionLine());
    return;
  }
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    throw new UsageError(`unknown command ${JSON.stringify(cmd)}; expected one of ${COMMANDS.join(', ')}`);
  }
  const command = cmd as Exclude<Command, 'help'>;
  const values = parseFlags(command, rest);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const cfg = toConfig(values);
  try {
    if (command === 'train') train(cfg, values);
    else if (command === 'grads') grads(cfg, values);
    else sweep(cfg, values);
  } catch (e) {
    throw e instanceof ConfigError ? configUsageError(e, values) : e;
  }
}

// A reader that stops early (`lab train | head -3`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  main(process.argv.slice(2));
} catch (e) {
  const usage = e instanceof UsageError;
  const msg = e instanceof Error ? e.message : String(e);
  // One line, always: scripts read stderr as a single message.
  process.stderr.write(`lab: ${usage ? '' : 'internal error: '}${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = usage ? 2 : 1;
}

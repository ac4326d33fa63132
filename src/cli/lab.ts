/**
 * `lab`: the playground's core on the command line. `main` parses, checks and dispatches;
 * bin.ts is the process entry that calls it.
 * Exit codes: 0 done, 2 bad command line (one line on stderr), 1 anything unexpected.
 * Scripts depend on the flags and the --json shapes; see the usage text.
 */
import { resolveConfig, type TrainConfig } from '../core/config';
import { datasetClasses } from '../core/datasets';
import { ConfigError } from '../core/errors';
import { describeKernels } from '../core/kernels/backend';
import { readFileSync } from 'node:fs';
import { checkEffects, COMMANDS, configUsageError, parseFlags, UsageError, type Parsed, type RunCommand } from './args';
import { grads, gradsConfig } from './commands/grads';
import { sweep } from './commands/sweep';
import { train } from './commands/train';
import type { Out } from './format';
import { usage } from './usage';

/** Where main writes: stdout gets results only, stderr gets the one-line error. */
export interface Io {
  stdout: Out;
  stderr: Out;
}

const RUN: Record<RunCommand, (cfg: TrainConfig, p: Parsed, out: Out) => void> = { train, grads, sweep };

/** "lab 0.1.0 (Backprop Playground), kernels: WebAssembly f64x2 SIMD" (or the TypeScript fallback and why). */
export function versionLine(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `lab ${pkg.version} (Backprop Playground), kernels: ${describeKernels()}\n`;
}

function run(argv: readonly string[], out: Out): void {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) throw new UsageError(`missing command; expected one of ${COMMANDS.join(', ')}`);
  if (cmd === 'help' || cmd === '--help' || cmd === '-h') {
    out(usage());
    return;
  }
  if (cmd === '--version' || cmd === '-V') {
    out(versionLine());
    return;
  }
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    throw new UsageError(`unknown command ${JSON.stringify(cmd)}; expected one of ${COMMANDS.join(', ')}`);
  }
  const command = cmd as RunCommand;
  const p = parseFlags(command, rest);
  if (p.opts.help) {
    out(usage());
    return;
  }
  let cfg: TrainConfig;
  try {
    cfg = resolveConfig(command === 'grads' ? gradsConfig(p.config, p) : p.config);
  } catch (e) {
    throw e instanceof ConfigError ? configUsageError(e, p) : e;
  }
  checkEffects(p, cfg, datasetClasses(cfg.dataset));
  RUN[command](cfg, p, out);
}

/**
 * Runs one command line and returns the exit code. Never throws: a UsageError becomes one
 * line on stderr and code 2, anything else one line and code 1.
 */
export function main(argv: readonly string[], io: Io): number {
  try {
    run(argv, io.stdout);
    return 0;
  } catch (e) {
    const isUsage = e instanceof UsageError;
    const msg = e instanceof Error ? e.message : String(e);
    // One line, always: scripts read stderr as a single message.
    io.stderr(`lab: ${isUsage ? '' : 'internal error: '}${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    return isUsage ? 2 : 1;
  }
}

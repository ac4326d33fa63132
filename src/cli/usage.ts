/**
 * The `lab --help` text, written from the flag rows (the config's field table and the
 * commands' own rows), so a new setting documents itself.
 */
import { rangeText, type FieldSpec } from '../core/fieldSpec';
import { FLAGS, flagsOf } from './args';

const WIDE = 28;

/** "N", "X", "NAME" or "a|b|c": the placeholder after a flag. */
function placeholder(s: FieldSpec): string {
  switch (s.kind) {
    case 'int': return 'N';
    case 'number': return 'X';
    case 'list': return s.item.kind === 'int' ? '"N,N"' : '"NAME,NAME"';
    case 'bool': return '';
    case 'enum': return s.values.length <= 4 ? s.values.join('|') : 'NAME';
  }
}

/** Accepted values and the default, in brackets after the doc. */
function facts(s: FieldSpec): string {
  const parts: string[] = [];
  if (s.kind === 'enum' && s.values.length > 4) parts.push(s.values.join(', '));
  if (s.kind === 'int' || s.kind === 'number') parts.push(rangeText(s));
  if (s.kind === 'list') {
    const each = s.item.kind === 'int' ? `of ${s.item.min} to ${s.item.max}` : `from ${s.item.values.join(', ')}`;
    parts.push(`""${s.emptyText === undefined ? '' : ` or ${s.emptyText}`} for none; up to ${s.maxLength} ${s.itemName} ${each}`);
  }
  const def = s.defaultText ?? (s.default === undefined || s.kind === 'bool' ? null : Array.isArray(s.default) ? s.default.join(',') : String(s.default));
  if (def !== null) parts.push(`default: ${def}`);
  return parts.join('; ');
}

/** The flag and its doc on one line when they fit, and the facts indented below. */
function line(flag: string): string {
  const s = FLAGS[flag]!.spec;
  const head = `  --${flag}${placeholder(s) ? ' ' + placeholder(s) : ''}`;
  const doc = head.length < WIDE ? `${head.padEnd(WIDE)} ${s.doc}` : `${head}\n${' '.repeat(WIDE + 1)}${s.doc}`;
  const f = facts(s);
  return f ? `${doc}\n${' '.repeat(WIDE + 1)}${f}` : doc;
}

export function usage(): string {
  const all = flagsOf('grads').filter((f) => flagsOf('train').includes(f) && flagsOf('sweep').includes(f));
  const section = (title: string, flags: string[]) => [title, ...flags.map(line)].join('\n');
  const only = (cmd: 'train' | 'grads' | 'sweep', not: string[]) => flagsOf(cmd).filter((f) => !all.includes(f) && !not.includes(f));
  const training = only('train', []);
  return `usage: lab <command> [flags]

commands
  train   train one network; prints accuracy, loss and the last step's per-layer gradients
  grads   per-layer gradient sizes at initialization, no training
  sweep   train over several seeds; convergence rate and median epochs to converge
  help    this text
  --version   the version and the kernels in use (WebAssembly f64x2 SIMD, or TypeScript and why)

${section('data and network (all commands)', all)}

${section('train and sweep', training)}

${section('grads', only('grads', []))}

${section('sweep', only('sweep', training))}

A flag that cannot change the result in the combination given (--momentum with sgd, --noise
on a truth table, --init-scale with an initializer that sets its own scale, ...) is refused
with exit code 2, like a bad value.

train --json: {"accuracy","loss","testAccuracy","testLoss","epochs","convergedEpoch","diverged","divergence","layers"}
  divergence: null, or {"epoch","cause","detail"} when the loss or weights became non-finite or
  blew up (grew by orders of magnitude, epoch after epoch); cause is "lr", "l2" or "momentum"
  convergedEpoch: first epoch with training accuracy 1, or on a regression set with training
  loss <= --target-loss; null if never
grads --json: {"layers"}; each layer {"units","activation","gradZ","gradW","gradB"}, output layer last
sweep --json: {"runs","converged","convergenceRate","medianEpochs"}
`;
}

/** A config value that the core cannot run with. Names the field and what it accepts. */
export class ConfigError extends Error {
  readonly field: string;
  readonly accepted: string;
  constructor(field: string, accepted: string, got: unknown) {
    super(`${field}: got ${formatGot(got)}; expected ${accepted}`);
    this.name = 'ConfigError';
    this.field = field;
    this.accepted = accepted;
  }
}

function formatGot(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (Array.isArray(v)) return `[${v.join(',')}]`;
  return String(v);
}

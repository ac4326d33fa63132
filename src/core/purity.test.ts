// The core must run unchanged in Node, a Worker and tests: no UI libraries, no DOM, no
// unseeded randomness. The no-DOM tsconfig catches DOM globals; this catches imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('core purity', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it.each(sources)('%s imports only core modules and never calls Math.random', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\//);
    expect(text).not.toMatch(/Math\.random\s*\(/);
  });
});

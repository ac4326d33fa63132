/** The product rule "no text under 11 px", checked on every stylesheet and inline SVG size. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

describe('text size floor', () => {
  it('no stylesheet sets a font size under 11 px (rem at 16 px)', () => {
    const bad: string[] = [];
    for (const f of files('src', /\.css$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/font-size:\s*([\d.]+)(px|rem)/g)) {
        const px = m[2] === 'rem' ? Number(m[1]) * 16 : Number(m[1]);
        if (px < 11) bad.push(`${f}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no SVG text in a component is given a font size under 11', () => {
    const bad: string[] = [];
    for (const f of files('src', /\.tsx?$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/fontSize[=:]\s*\{?\s*'?([\d.]+)/g)) {
        if (Number(m[1]) < 11) bad.push(`${f}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

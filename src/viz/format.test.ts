import { describe, expect, it } from 'vitest';
import { fmtAcc, fmtInt, fmtLoss, fmtSci, MISSING, sciParts } from './format';

describe('number formats', () => {
  it('fmtLoss keeps 4 significant digits and stays parseable', () => {
    expect(fmtLoss(Math.LN2)).toBe('0.6931');
    expect(fmtLoss(0.5)).toBe('0.5000');
    expect(fmtLoss(12.34567)).toBe('12.35');
    expect(Number(fmtLoss(1.23456e-7))).toBeCloseTo(1.235e-7, 12);
  });

  it('fmtAcc is a fraction with 3 decimals', () => {
    expect(fmtAcc(0.75)).toBe('0.750');
    expect(fmtAcc(1)).toBe('1.000');
    expect(fmtAcc(2 / 3)).toBe('0.667');
  });

  it('missing values show a dash', () => {
    for (const f of [fmtLoss, fmtAcc, fmtInt]) {
      expect(f(null)).toBe(MISSING);
      expect(f(NaN)).toBe(MISSING);
      expect(f(Infinity)).toBe(MISSING);
    }
    expect(fmtSci(NaN)).toBe(MISSING);
  });

  it('fmtInt groups thousands', () => {
    expect(fmtInt(1234567)).toBe('1,234,567');
    expect(fmtInt(0)).toBe('0');
  });

  it('fmtSci writes compact exponents and unicode superscripts', () => {
    expect(fmtSci(1.2e-6)).toBe('1.2e-6');
    expect(fmtSci(0.00001)).toBe('1e-5');
    expect(fmtSci(0.03)).toBe('0.03');
    expect(fmtSci(10)).toBe('10');
    expect(fmtSci(1.2e-6, 2, { unicode: true })).toBe('1.2×10⁻⁶');
    expect(fmtSci(1e-5, 2, { unicode: true })).toBe('10⁻⁵');
    expect(fmtSci(25000)).toBe('2.5e4');
    expect(sciParts(-3.0e-8)).toEqual({ mantissa: '-3', exponent: -8 });
  });
});

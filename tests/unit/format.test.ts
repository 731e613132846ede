import { describe, expect, it } from 'vitest';
import { formatCount, formatId, formatPercent, formatRupiah, formatRupiahShort } from '../../src/lib/format/number';
import { ratio } from '../../src/lib/metrics/ratio';

describe('formatRupiah', () => {
  it('groups thousands with dots and keeps every digit of a bigint', () => {
    expect(formatRupiah(1_234_567_890n)).toBe('Rp 1.234.567.890');
    expect(formatRupiah(9_007_199_254_740_993n)).toBe('Rp 9.007.199.254.740.993');
    expect(formatRupiah(0n)).toBe('Rp 0');
    expect(formatRupiah(-250_000n)).toBe('−Rp 250.000');
  });
  it('shows a dash for a missing amount', () => {
    expect(formatRupiah(null)).toBe('–');
    expect(formatRupiah(Number.NaN)).toBe('–');
  });
});

describe('formatRupiahShort', () => {
  it('uses Indonesian units with a decimal comma', () => {
    expect(formatRupiahShort(1_230_000_000n)).toBe('Rp 1,23 miliar');
    expect(formatRupiahShort(2_500_000_000_000)).toBe('Rp 2,5 triliun');
    expect(formatRupiahShort(310_800_000)).toBe('Rp 311 juta');
    expect(formatRupiahShort(22_100_000_000)).toBe('Rp 22,1 miliar');
    expect(formatRupiahShort(950_000)).toBe('Rp 950 ribu');
    expect(formatRupiahShort(500)).toBe('Rp 500');
  });
});

describe('formatPercent', () => {
  it('shows a fraction as a percentage with a decimal comma', () => {
    expect(formatPercent(0.4762)).toBe('47,62%');
    expect(formatPercent(0.4, 0)).toBe('40%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('formatCount and formatId', () => {
  it('groups counts', () => {
    expect(formatCount(2448)).toBe('2.448');
    expect(formatCount(15_638n)).toBe('15.638');
  });
  it('keeps 18-digit identifiers exact as text', () => {
    expect(formatId(123456789012345678n)).toBe('123456789012345678');
    expect(formatId('007')).toBe('007');
    expect(() => formatId(123456789012345678)).toThrow(RangeError);
  });
});

describe('ratio', () => {
  it('divides exact rupiah', () => {
    const r = ratio(4_000_000_000n, 15_000_000_000n);
    expect(r.value).toBe(4 / 15);
    expect(r.numerator).toBe(4_000_000_000n);
    expect(r.denominator).toBe(15_000_000_000n);
  });
  it('is not computable without a denominator, never 0 % or 100 %', () => {
    expect(ratio(5n, 0n).value).toBeNull();
    expect(ratio(5n, null).value).toBeNull();
    expect(ratio(null, 10n).value).toBe(0);
  });
  it('stays precise beyond 2^53', () => {
    expect(ratio(9_007_199_254_740_993n, 18_014_398_509_481_986n).value).toBe(0.5);
  });
});

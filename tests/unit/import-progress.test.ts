import { describe, expect, it } from 'vitest';
import { readRawTable } from '../../src/lib/import/read';

describe('readRawTable progress', () => {
  it('reports the share of a delimited file parsed so far and reads the same table as without it', async () => {
    const lines = ['kd;nama;nilai', ...Array.from({ length: 5000 }, (_, i) => `${String(i).padStart(6, '0')};"Paket ${i}; tahap ""satu""";1.500.000`)];
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const fractions: number[] = [];
    const withProgress = await readRawTable(bytes, 'paket.csv', {}, (f) => fractions.push(f));
    const without = await readRawTable(bytes, 'paket.csv');
    expect(withProgress).toEqual(without);
    expect(withProgress.rows[7]).toEqual(['000007', 'Paket 7; tahap "satu"', '1.500.000']);
    expect(fractions.length).toBeGreaterThan(50);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

/**
 * The import worker encodes Arrow without Arrow's builders (they compile code with
 * `new Function`, which the app's Content Security Policy forbids). The bytes must decode to
 * exactly what the builders would have produced: same types, values, nulls.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC, vectorFromArray, Int64, Utf8, Bool, Int32, Int16, DateDay, Table, tableToIPC } from 'apache-arrow';
import { canonicalTableToIpc, rawTableToIpc, type CanonicalRow } from '../../src/lib/import/to-arrow';
import type { CanonicalColumn } from '../../src/lib/import/canonical-schema';

const columns: CanonicalColumn[] = [
  { name: 'nilai', type: 'BIGINT', nullable: true },
  { name: 'tahun', type: 'SMALLINT', nullable: true },
  { name: 'jumlah', type: 'INTEGER', nullable: true },
  { name: 'is_umkk', type: 'BOOLEAN', nullable: true },
  { name: 'tanggal', type: 'DATE', nullable: true },
  { name: 'nama', type: 'VARCHAR', nullable: true },
  { name: 'pagu', type: 'DECIMAL', nullable: true }
];

const rows: CanonicalRow[] = [
  { nilai: 9_007_199_254_740_993n, tahun: 2024, jumlah: -5, is_umkk: true, tanggal: '2024-02-29', nama: 'CV Maju — Ñ 😀', pagu: '12.50' },
  { nilai: null, tahun: null, jumlah: null, is_umkk: null, tanggal: null, nama: null, pagu: null },
  { nilai: -1n, tahun: 1999, jumlah: 2_147_483_647, is_umkk: false, tanggal: '1965-09-30', nama: '', pagu: '0' },
  { nilai: '123' as unknown as bigint, tahun: 2026, jumlah: 0, is_umkk: true, tanggal: '2026-12-31', nama: 'x' }
];

/** What the earlier builder-based encoder produced (the reference, run only in tests). */
function viaBuilders(): Table {
  const type = { BIGINT: new Int64(), SMALLINT: new Int16(), INTEGER: new Int32(), BOOLEAN: new Bool(), DATE: new DateDay(), VARCHAR: new Utf8(), DECIMAL: new Utf8() };
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      vectorFromArray(
        rows.map((r) => {
          const v = r[c.name];
          if (v === null || v === undefined) return null;
          if (c.type === 'BIGINT') return BigInt(v as bigint);
          if (c.type === 'DATE') return new Date(`${String(v)}T00:00:00Z`);
          if (c.type === 'SMALLINT' || c.type === 'INTEGER') return Number(v);
          if (c.type === 'BOOLEAN') return Boolean(v);
          return String(v);
        }),
        type[c.type]
      )
    ])
  );
  return tableFromIPC(tableToIPC(new Table(vectors), 'stream'));
}

describe('Arrow without builders', () => {
  it('decodes to the same schema, values and nulls as the builders', () => {
    const ours = tableFromIPC(canonicalTableToIpc(rows, columns));
    const reference = viaBuilders();
    expect(ours.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual(reference.schema.fields.map((f) => `${f.name}:${String(f.type)}`));
    expect(ours.numRows).toBe(4);
    for (const c of columns) {
      const a = ours.getChild(c.name)!.toArray();
      const b = reference.getChild(c.name)!.toArray();
      expect([...a].map(String), c.name).toEqual([...b].map(String));
      for (let i = 0; i < rows.length; i++) expect(ours.getChild(c.name)!.isValid(i), `${c.name}[${i}]`).toBe(reference.getChild(c.name)!.isValid(i));
    }
    expect(ours.getChild('nilai')!.get(0)).toBe(9_007_199_254_740_993n);
    expect(ours.getChild('nama')!.get(0)).toBe('CV Maju — Ñ 😀');
    expect(ours.getChild('nama')!.get(2)).toBe('');
    expect(ours.getChild('nama')!.get(1)).toBeNull();
    expect(ours.getChild('tanggal')!.get(2)).toBe(Date.UTC(1965, 8, 30));
  });

  it('encodes raw tables as text columns in order, and empty tables', () => {
    const raw = tableFromIPC(
      rawTableToIpc({ columns: ['b', 'a'], rows: [['1', null], [null, 'ü']], lineNumbers: [2, 3], source: { format: 'csv' }, warnings: [] })
    );
    expect(raw.schema.fields.map((f) => f.name)).toEqual(['b', 'a']);
    expect(raw.toArray().map((r) => r.toJSON())).toEqual([{ b: '1', a: null }, { b: null, a: 'ü' }]);
    expect(tableFromIPC(canonicalTableToIpc([], columns)).numRows).toBe(0);
  });

  it('uses no generated code (the import path stays within a CSP without unsafe-eval)', () => {
    const original = globalThis.Function;
    const trap = new Proxy(original, { construct: () => { throw new Error('new Function called'); }, apply: () => { throw new Error('Function called'); } });
    globalThis.Function = trap as FunctionConstructor;
    try {
      expect(() => canonicalTableToIpc(rows, columns)).not.toThrow();
    } finally {
      globalThis.Function = original;
    }
  });
});

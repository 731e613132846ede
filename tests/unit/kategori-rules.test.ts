/**
 * Category rules (issue 6 part 9): keyword semantics and SQL safety run in DuckDB (Node and
 * the browser's WASM build), validation, the rules store, and the aim on Kab. Bandung's
 * real 2025 files, checked against an independent plain-TypeScript implementation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  DEFAULT_KATEGORI_RULES, checkKata, checkRules, defaultRules, kategoriColumnsSql, kategoriReferenceRows,
  parseRules, rulesFromJson, rulesToJson, type KategoriRule
} from '../../src/lib/kategori';
import { KategoriRulesState, STORAGE_KEY } from '../../src/lib/kategori/kategori-rules.svelte';
import { addRule, moveRule } from '../../src/lib/kategori/edit';
import { kategoriOf } from '../../src/lib/import/isb/kategori';
import { KATEGORI } from '../../data/generator/reference';
import { openNodeDuckDbWasm } from '../../data/import/node-duckdb-wasm';
import { render } from 'svelte/server';
import KategoriRules from '../../src/lib/components/KategoriRules.svelte';
import { classify } from './helpers/kategori-reference';
import { bandungFilesPresent, bandungRealisasi } from './helpers/bandung-realisasi';

type Input = { reported: string | null; text: string | null };
const rule = (kategori_id: string, kata: string[], prioritas = 10): KategoriRule =>
  ({ kategori_id, nama: kategori_id, jenis_pengadaan: 'barang', kata, prioritas });

let con: DuckDBConnection;
beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
});

/** [kategori_id, basis] of each input through the generated SQL. */
async function run(rules: KategoriRule[], inputs: Input[]): Promise<[string, string][]> {
  await con.run('CREATE OR REPLACE TABLE t (i INTEGER, reported VARCHAR, uraian VARCHAR)');
  const appender = await con.createAppender('t');
  inputs.forEach(({ reported, text }, i) => {
    appender.appendInteger(i);
    if (reported === null) appender.appendNull(); else appender.appendVarchar(reported);
    if (text === null) appender.appendNull(); else appender.appendVarchar(text);
    appender.endRow();
  });
  appender.closeSync();
  const sql = `SELECT ${kategoriColumnsSql(rules, { reported: 't.reported', text: 't.uraian' })} FROM t ORDER BY t.i`;
  const rows = (await con.runAndReadAll(sql)).getRows();
  return rows.map(([k, b]) => [String(k), String(b)]);
}
const texts = (list: string[]): Input[] => list.map((text) => ({ reported: null, text }));
const ids = async (rules: KategoriRule[], list: string[]) => (await run(rules, texts(list))).map(([k]) => k);

describe('keyword semantics', () => {
  it('matches whole words, ignoring case and punctuation between words', async () => {
    const rules = [rule('katering', ['makan', 'alat tulis', 'mebel*'])];
    expect(await ids(rules, [
      'Belanja Makan Minum', 'MAKAN', 'makan-minum rapat', 'Belanja makanan', 'pemakan', 'Alat-Tulis Kantor',
      'alat  /  tulis', 'alat kantor tulis', 'Pengadaan Mebelair', 'permebelan', 'meubel'
    ])).toEqual([
      'katering', 'katering', 'katering', 'tidak_diketahui', 'tidak_diketahui', 'katering',
      'katering', 'tidak_diketahui', 'katering', 'tidak_diketahui', 'tidak_diketahui'
    ]);
  });

  it('takes the first category by prioritas, then by order in the list', async () => {
    const a = rule('a_kat', ['jasa'], 20);
    const b = rule('b_kat', ['kebersihan'], 10);
    const c = rule('c_kat', ['jasa'], 20);
    expect(await ids([a, b, c], ['Jasa Tenaga Kebersihan', 'Jasa Lainnya'])).toEqual(['b_kat', 'a_kat']);
    expect(await ids([c, a, b], ['Jasa Lainnya'])).toEqual(['c_kat']);
    const moved = moveRule([a, b], 'a_kat', -1);
    expect(await ids(moved, ['Jasa Tenaga Kebersihan'])).toEqual(['a_kat']);
  });

  it('records the basis in the documented order', async () => {
    const rules = [rule('katering', ['makan', 'makanan']), rule('tik', ['laptop'])];
    const cases: [Input, [string, string]][] = [
      [{ reported: 'tik', text: 'Belanja makan' }, ['tik', 'dilaporkan']],
      [{ reported: 'Makanan dan Minuman', text: 'Laptop' }, ['katering', 'dilaporkan']],
      [{ reported: 'Etalase tanpa aturan', text: 'Laptop' }, ['tik', 'aturan_kata']],
      [{ reported: 'jenis_barang', text: 'Laptop guru' }, ['tik', 'aturan_kata']],
      [{ reported: 'jenis_barang', text: 'Barang persediaan' }, ['jenis_barang', 'jenis_pengadaan']],
      [{ reported: 'tidak_diketahui', text: 'Tender 1234' }, ['tidak_diketahui', 'tidak_diketahui']],
      [{ reported: null, text: null }, ['tidak_diketahui', 'tidak_diketahui']],
      [{ reported: 'atk', text: 'Kertas' }, ['tidak_diketahui', 'tidak_diketahui']]
    ];
    expect(await run(rules, cases.map(([input]) => input))).toEqual(cases.map(([, want]) => want));
    for (const [input, want] of cases) expect(classify(rules, input.reported, input.text)).toEqual(want);
  });

  it('keeps the sample categories as reported and lists every category it can produce', async () => {
    const reference = kategoriReferenceRows([...DEFAULT_KATEGORI_RULES]);
    const byId = new Map(reference.map((r) => [r.kategori_id, r]));
    for (const k of KATEGORI) expect(byId.get(k.id)).toEqual({ kategori_id: k.id, nama: k.nama, jenis_pengadaan: k.jenis });
    for (const jenis of ['Barang', 'Pekerjaan Konstruksi', 'Jasa Konsultansi', 'Jasa Lainnya', null]) {
      expect(byId.has(kategoriOf(jenis).id)).toBe(true);
    }
    const got = await run([...DEFAULT_KATEGORI_RULES], KATEGORI.map((k) => ({ reported: k.id, text: 'Laptop' })));
    expect(got).toEqual(KATEGORI.map((k) => [k.id, 'dilaporkan']));
  });
});

describe('SQL safety', () => {
  const hostile = ["o'neil", "x'); DROP TABLE t; --", 'a\\b', '\\', '.*', 'a.b', '(', '[x', 'a|b', '%', '_', 'a_b', '100%',
    '^$', 'x{2}', '"q"', '?', '+'];

  it('treats every character of a keyword as text, never as SQL or regex syntax', async () => {
    const rules = [rule('kena', hostile), rule("id'); DROP TABLE t; --", ['penanda'], 20)];
    const list = ["O'Neil", 'o neil', 'a\\b', 'a b', 'axb', 'a.b', 'anything', 'a|b', 'ab', 'a_b', '100%', '100 persen',
      'x{2}', 'xx', '', 'penanda'];
    const got = await ids(rules, list);
    expect(got).toEqual(list.map((text) => classify(rules, null, text)[0]));
    expect(got.slice(0, 4)).toEqual(['kena', 'kena', 'kena', 'kena']);
    expect(got[4]).toBe('tidak_diketahui'); // '.' is not "any character"
    expect(got[6]).toBe('tidak_diketahui'); // '.*', '%' and '_' match nothing by themselves
    expect(got[15]).toBe("id'); DROP TABLE t; --"); // the id comes back verbatim
    expect((await con.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]?.[0]).toBe(BigInt(list.length));
  });

  it('rejects such keywords in validation with a sentence', () => {
    for (const kata of ["x'); DROP", 'a\\b', '%', '_', 'a|b', 'x{2}', '"q"', 'a', ' ', 'x'.repeat(61), 'ma*kan']) {
      expect(checkKata(kata), kata).toMatch(/^Kata kunci .+\.$/);
    }
    for (const kata of ['makan', 'alat tulis', "jum'at", 'mebel*', 'roda 4', 'obat-obatan', 'A/C']) expect(checkKata(kata)).toBeNull();
  });
});

describe('validation and storage', () => {
  it('accepts the defaults and refuses broken rule sets', () => {
    expect(checkRules([...DEFAULT_KATEGORI_RULES])).toBeNull();
    const ok = rule('sewa_alat', ['sewa']);
    expect(checkRules([ok, { ...ok }])).toMatch(/sudah dipakai/);
    expect(checkRules([rule('jenis_barang', ['x1'])])).toMatch(/dipakai Telisik/);
    expect(checkRules([rule('Sewa Alat', ['sewa'])])).toMatch(/huruf kecil/);
    expect(checkRules([{ ...ok, jenis_pengadaan: 'lainnya' as never }])).toMatch(/Jenis pengadaan/);
    expect(checkRules([{ ...ok, prioritas: 1.5 }])).toMatch(/Urutan/);
    expect(checkRules([{ ...ok, kata: ['Alat-Tulis', 'alat tulis'] }])).toMatch(/sudah ada/);
    expect(parseRules({ rules: [{ kategori_id: 'x1' }] })).toEqual({ ok: false, pesan: expect.stringMatching(/bukan daftar/) });
    expect(rulesFromJson('{')).toEqual({ ok: false, pesan: expect.stringMatching(/JSON/) });
    expect(rulesFromJson(rulesToJson(DEFAULT_KATEGORI_RULES))).toEqual({ ok: true, rules: defaultRules() });
  });

  it('loads, saves, resets, imports, and survives a damaged stored value', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k)
    };
    store.set(STORAGE_KEY, '{"rules": [{"kategori_id": 5}]}');
    const damaged = new KategoriRulesState(storage);
    expect(damaged.rules).toEqual(defaultRules());
    expect(damaged.pesan).toMatch(/rusak/);

    const edited = addRule(damaged.rules, { kategori_id: 'sewa_alat', nama: 'Sewa Alat', jenis_pengadaan: 'jasa_lainnya' });
    expect(damaged.apply(edited)).toBeNull();
    expect(new KategoriRulesState(storage).rules.at(-1)?.kategori_id).toBe('sewa_alat');
    expect(damaged.apply([...edited, rule('sewa_alat', ['x1'])])).toMatch(/sudah dipakai/);
    expect(damaged.rules).toHaveLength(edited.length);

    expect(damaged.importJson('[]')).toBeNull();
    expect(damaged.rules).toEqual([]);
    expect(damaged.importJson('not json')).toMatch(/JSON/);
    damaged.reset();
    expect(store.has(STORAGE_KEY)).toBe(false);
    expect(damaged.bawaan).toBe(true);

    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    const blocked = new KategoriRulesState(throwing);
    expect(blocked.apply(defaultRules())).toBeNull();
    expect(blocked.pesan).toMatch(/tidak dapat disimpan/);
  });
});

describe('KategoriRules component', () => {
  it('lists every rule with the automation attributes', () => {
    const aturan = new KategoriRulesState(null);
    const usage = new Map([['katering', { transaksi: 3, nilai: 1_500_000 }]]);
    const { body } = render(KategoriRules, { props: { aturan, usage } });
    expect(body).toContain('data-kategori-rules');
    for (const r of DEFAULT_KATEGORI_RULES) expect(body).toContain(`data-rule="${r.kategori_id}"`);
    for (const field of ['nama', 'jenis', 'kata-baru', 'id-baru', 'nama-baru', 'jenis-baru']) expect(body).toContain(`data-field="${field}"`);
    for (const action of ['naik', 'turun', 'hapus-aturan', 'hapus-kata', 'tambah-kata', 'tambah-aturan', 'reset-aturan', 'unduh-aturan', 'muat-aturan']) {
      expect(body).toContain(`data-action="${action}"`);
    }
    expect(body).toContain('data-count="3"');
  });
});

describe('DuckDB-WASM', () => {
  it('runs the SQL with core functions only, as the browser does', async () => {
    const wasm = await openNodeDuckDbWasm();
    wasm.query(`CREATE TABLE t AS SELECT * FROM (VALUES ('Belanja Makan Minum', 'jenis_barang'), ('Tender 1', NULL)) v(uraian, kategori_id)`);
    const sql = `SELECT ${kategoriColumnsSql([...DEFAULT_KATEGORI_RULES], { reported: 't.kategori_id', text: 't.uraian' })} FROM t`;
    const rows = wasm.query(sql).toArray().map((r) => [String(r.kategori_id), String(r.basis_kategori)]);
    expect(rows).toEqual([['katering', 'aturan_kata'], ['tidak_diketahui', 'tidak_diketahui']]);
    const loaded = wasm.query('SELECT extension_name FROM duckdb_extensions() WHERE loaded').toArray().map((r) => String(r.extension_name));
    expect(loaded).toEqual(['core_functions']);
  });
});

describe.skipIf(!bandungFilesPresent())('Kab. Bandung 2025, real files', () => {
  it('leaves less than 20 % of the named realisation unknown; the rest is the nameless tender file', async () => {
    const rows = bandungRealisasi();
    const rules = [...DEFAULT_KATEGORI_RULES];
    const got = await run(rules, rows.map((r) => ({ reported: r.reported, text: r.text })));
    rows.forEach((r, i) => expect(got[i], r.text ?? r.key).toEqual(classify(rules, r.reported, r.text)));

    const total = rows.reduce((s, r) => s + r.nilai, 0);
    const unknown = (pick: (i: number) => boolean) => rows.reduce((s, r, i) => s + (pick(i) && got[i]?.[0] === 'tidak_diketahui' ? r.nilai : 0), 0);
    const nameless = rows.reduce((s, r) => s + (r.text === null && r.reported === 'tidak_diketahui' ? r.nilai : 0), 0);
    const named = (i: number) => rows[i]?.text !== null || rows[i]?.reported !== 'tidak_diketahui';
    const shareNamed = unknown(named) / (total - nameless);
    const shareAll = unknown(() => true) / total;
    console.info(`Kab. Bandung 2025: ${rows.length} transaksi, Rp${Math.round(total)}; tidak_diketahui ${(shareAll * 100).toFixed(1)} % ` +
      `(tender tanpa nama ${(nameless / total * 100).toFixed(1)} %; dari yang bernama ${(shareNamed * 100).toFixed(2)} %)`);
    expect(shareNamed).toBeLessThan(0.2);
    expect(shareNamed).toBeLessThan(0.02);
    expect(unknown(() => true) - unknown(named)).toBeCloseTo(nameless, 0);
  });
});

/**
 * Targets as data the user edits: the overlay of the user's edits on the seeded rows,
 * validation sentences, the JSON file (round trip and hostile input), and the book kept in
 * localStorage (an in-memory stub here).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { DuckDBInstance } from '@duckdb/node-api';
import { SAMPLE_DIR } from './global-setup';
import { TARGETS_QUERY } from '../../src/lib/query/target-query';
import { TARGET_METRICS, resolveTarget, type Target } from '../../src/lib/metrics/targets';
import { filtersFromSearch } from '../../src/lib/query/filters';
import {
  NO_EDITS, addTarget, changeTarget, effectiveTargets, restoreTarget, retireTarget, targetEntries, targetOrigin
} from '../../src/lib/targets/target-edits';
import {
  checkTarget, draftFromTarget, emptyDraft, fractionToPercentText, parseDraft, percentToFraction, targetProblems
} from '../../src/lib/targets/target-validate';
import { editsToStorageJson, parseEdits, targetsFromJson, targetsToJson } from '../../src/lib/targets/target-json';
import { TARGET_STORAGE_KEY, TargetBook, type TargetStorage } from '../../src/lib/targets/target-book.svelte';
import { TARGET_METRIC_LABELS, metricLabel } from '../../src/lib/i18n/target-id';
import TargetRow from '../../src/lib/components/targets/TargetRow.svelte';
import TargetForm from '../../src/lib/components/targets/TargetForm.svelte';

/** The rows the sample's `target` table holds (data/schema.sql), in the query's order. */
const SEEDED: Target[] = [
  { target_id: 'epurchasing_banten', metrik: 'epurchasing_anggaran', nilai: 0.3, pembanding: 'belanja pengadaan',
    dasar_hukum: 'SE Gubernur Banten 027/1181-BPBJ/2023', kode_wilayah: '36', tahun_mulai: 2023, tahun_akhir: null },
  { target_id: 'pdn_komitmen_nasional', metrik: 'pdn_komitmen', nilai: 1, pembanding: 'komitmen PDN di RUP',
    dasar_hukum: 'Inpres 2/2022', kode_wilayah: null, tahun_mulai: 2022, tahun_akhir: null },
  { target_id: 'umkk_kota_mojokerto', metrik: 'umkk_anggaran', nilai: 0.4, pembanding: 'belanja pengadaan',
    dasar_hukum: 'Perwali Mojokerto', kode_wilayah: '35.76', tahun_mulai: 2023, tahun_akhir: null },
  { target_id: 'umkk_nasional', metrik: 'umkk_anggaran', nilai: 0.4, pembanding: 'belanja pengadaan',
    dasar_hukum: 'Perpres 16/2018 jo. Perpres 12/2021 Pasal 65', kode_wilayah: null, tahun_mulai: 2021, tahun_akhir: null }
];
const seed = (id: string): Target => SEEDED.find((t) => t.target_id === id)!;
const ids = (targets: readonly Target[]) => targets.map((t) => t.target_id);

const MINE: Target = {
  target_id: 'umkk_jateng', metrik: 'umkk_anggaran', nilai: 0.45, pembanding: 'belanja pengadaan',
  dasar_hukum: 'Pergub Jawa Tengah 10/2024', kode_wilayah: '33', tahun_mulai: 2024, tahun_akhir: 2026
};

class MemoryStorage implements TargetStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
}

describe('effective targets', () => {
  it('are the seeded ones when nothing was edited', () => {
    expect(effectiveTargets(SEEDED, NO_EDITS)).toEqual(SEEDED);
    expect(targetEntries(SEEDED, NO_EDITS).every((e) => e.origin === 'bawaan' && e.status === 'aktif')).toBe(true);
  });

  it("overlay the user's version in place, add the user's own at the end, and leave out retired ones", () => {
    let edits = changeTarget(SEEDED, NO_EDITS, { ...seed('umkk_nasional'), nilai: 0.5 });
    edits = addTarget(edits, MINE);
    edits = retireTarget(edits, 'epurchasing_banten');
    const effective = effectiveTargets(SEEDED, edits);
    expect(ids(effective)).toEqual(['pdn_komitmen_nasional', 'umkk_kota_mojokerto', 'umkk_nasional', 'umkk_jateng']);
    expect(effective.find((t) => t.target_id === 'umkk_nasional')?.nilai).toBe(0.5);
    expect(targetOrigin(SEEDED, edits, 'umkk_nasional')).toBe('diubah');
    expect(targetOrigin(SEEDED, edits, 'umkk_jateng')).toBe('pengguna');
    expect(targetOrigin(SEEDED, edits, 'pdn_komitmen_nasional')).toBe('bawaan');
    expect(targetOrigin(SEEDED, edits, 'tidak_ada')).toBeUndefined();
    // Retired ones stay listed (greyed on screen), in their place.
    const entries = targetEntries(SEEDED, edits);
    expect(entries.map((e) => `${e.target.target_id}:${e.origin}:${e.status}`)).toEqual([
      'epurchasing_banten:bawaan:pensiun', 'pdn_komitmen_nasional:bawaan:aktif', 'umkk_kota_mojokerto:bawaan:aktif',
      'umkk_nasional:diubah:aktif', 'umkk_jateng:pengguna:aktif'
    ]);
    // The figures follow: a Central Java slice of 2025 is now measured against the user's target.
    const jateng = filtersFromSearch(new URLSearchParams('provinsi=33&tahun=2025'));
    expect(resolveTarget(effective, 'umkk_anggaran', jateng, 2025)?.target_id).toBe('umkk_jateng');
    const banten = filtersFromSearch(new URLSearchParams('provinsi=36'));
    expect(resolveTarget(effective, 'epurchasing_anggaran', banten, 2025)).toBeUndefined();
  });

  it('restore brings back a retired target, then the seeded version of a changed one', () => {
    const changed = changeTarget(SEEDED, NO_EDITS, { ...seed('umkk_nasional'), nilai: 0.5 });
    const retired = retireTarget(changed, 'umkk_nasional');
    expect(ids(effectiveTargets(SEEDED, retired))).not.toContain('umkk_nasional');
    const back = restoreTarget(SEEDED, retired, 'umkk_nasional');
    expect(effectiveTargets(SEEDED, back).find((t) => t.target_id === 'umkk_nasional')?.nilai).toBe(0.5);
    const seeded = restoreTarget(SEEDED, back, 'umkk_nasional');
    expect(effectiveTargets(SEEDED, seeded)).toEqual(SEEDED);
    expect(seeded.changed).toEqual([]);
    // Nothing to undo on a seeded target as is: the same edits come back.
    expect(restoreTarget(SEEDED, NO_EDITS, 'umkk_nasional')).toBe(NO_EDITS);
  });

  it('drops a change that equals the seeded row, and keeps the place of a changed own target', () => {
    const edits = changeTarget(SEEDED, changeTarget(SEEDED, NO_EDITS, { ...seed('umkk_nasional'), nilai: 0.5 }), seed('umkk_nasional'));
    expect(edits.changed).toEqual([]);
    const two = addTarget(addTarget(NO_EDITS, MINE), { ...MINE, target_id: 'kedua' });
    expect(ids(changeTarget(SEEDED, two, { ...MINE, nilai: 0.3 }).changed)).toEqual(['umkk_jateng', 'kedua']);
  });

  it('never mutates the edits it is given', () => {
    const edits = addTarget(NO_EDITS, MINE);
    const frozen = JSON.stringify(edits);
    retireTarget(edits, 'umkk_jateng');
    changeTarget(SEEDED, edits, { ...MINE, nilai: 0.2 });
    expect(JSON.stringify(edits)).toBe(frozen);
    expect(NO_EDITS.changed).toEqual([]);
  });
});

describe('validation', () => {
  const none = new Set<string>();
  it("accepts the sample's own target rows, read as the workbench reads them, and their form round trip", async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`ATTACH '${join(SAMPLE_DIR, 'telisik.duckdb')}' AS telisik (READ_ONLY); USE telisik`);
    const rows = (await connection.runAndReadAll(TARGETS_QUERY)).getRowObjectsJS().map((r): Target => ({
      target_id: String(r.target_id), metrik: String(r.metrik), nilai: Number(r.nilai), pembanding: String(r.pembanding),
      dasar_hukum: String(r.dasar_hukum), kode_wilayah: r.kode_wilayah === null ? null : String(r.kode_wilayah),
      tahun_mulai: Number(r.tahun_mulai), tahun_akhir: r.tahun_akhir === null ? null : Number(r.tahun_akhir)
    }));
    expect(ids(rows)).toEqual(ids(SEEDED));
    for (const row of rows) {
      expect(checkTarget(row, none), row.target_id).toBeNull();
      expect(parseDraft(draftFromTarget(row), none)).toEqual({ target: row, problems: {} });
    }
    connection.closeSync();
  });

  it('accepts the seeded targets and a well-formed own one', () => {
    for (const t of SEEDED) expect(checkTarget(t, none)).toBeNull();
    expect(checkTarget(MINE, new Set(ids(SEEDED)))).toBeNull();
  });

  it('names each problem in an Indonesian sentence', () => {
    const problem = (partial: Partial<Target>, taken: Set<string> = none) => checkTarget({ ...MINE, ...partial }, taken);
    expect(problem({ target_id: 'UMKK Jateng' })).toMatch(/huruf kecil, angka atau garis bawah/);
    expect(problem({ target_id: 'x'.repeat(61) })).toMatch(/1 sampai 60/);
    expect(problem({}, new Set(['umkk_jateng']))).toBe('Id target "umkk_jateng" sudah dipakai; pilih id lain.');
    expect(problem({ metrik: 'umk' })).toMatch(/^Metrik "umk" tidak dikenal/);
    expect(problem({ nilai: 40 })).toBe('Nilai 40 harus pecahan lebih dari 0 dan paling tinggi 1 (0.4 berarti 40 %).');
    expect(problem({ nilai: 0 })).toMatch(/pecahan/);
    expect(problem({ nilai: Number.NaN })).toMatch(/pecahan/);
    expect(problem({ nilai: 0.37251 })).toMatch(/empat angka di belakang titik/);
    expect(problem({ nilai: 0.3725 })).toBeNull();
    expect(problem({ nilai: 1 })).toBeNull();
    expect(problem({ kode_wilayah: '3' })).toMatch(/Kode wilayah "3"/);
    expect(problem({ kode_wilayah: '35.7' })).toMatch(/Kode wilayah/);
    expect(problem({ kode_wilayah: '35.76.01' })).toMatch(/Kode wilayah/);
    expect(problem({ kode_wilayah: '35.76' })).toBeNull();
    expect(problem({ tahun_mulai: 1999 })).toMatch(/Tahun mulai/);
    expect(problem({ tahun_mulai: 2024.5 })).toMatch(/Tahun mulai/);
    expect(problem({ tahun_akhir: 2023 })).toMatch(/Tahun akhir/);
    expect(problem({ tahun_akhir: 2024 })).toBeNull();
    expect(problem({ pembanding: '   ' })).toMatch(/^Pembanding wajib diisi/);
    expect(problem({ dasar_hukum: 'x'.repeat(301) })).toMatch(/^Dasar hukum wajib diisi, paling banyak 300 karakter/);
    expect(problem({ dasar_hukum: 'baris\nbaru' })).toMatch(/Dasar hukum/);
  });

  it('reports every field at once for the form', () => {
    const problems = targetProblems({ ...MINE, metrik: '', nilai: 2, tahun_mulai: 3000 }, none);
    // The end year is checked against the start year as given, so both are named.
    expect(Object.keys(problems).sort()).toEqual(['metrik', 'nilai', 'tahun_akhir', 'tahun_mulai']);
  });

  it('reads the percent the form enters as a fraction', () => {
    expect(percentToFraction('40')).toEqual({ nilai: 0.4 });
    expect(percentToFraction('37,25')).toEqual({ nilai: 0.3725 });
    expect(percentToFraction(' 37.5 % ')).toEqual({ nilai: 0.375 });
    expect(percentToFraction('100')).toEqual({ nilai: 1 });
    expect(percentToFraction('0')).toEqual({ problem: 'Nilai target harus lebih dari 0 % dan paling tinggi 100 %.' });
    expect(percentToFraction('120')).toEqual({ problem: expect.stringMatching(/paling tinggi 100 %/) });
    expect(percentToFraction('37,255')).toEqual({ problem: expect.stringMatching(/dua angka di belakang koma/) });
    expect(percentToFraction('empat puluh')).toEqual({ problem: expect.stringMatching(/bukan persen yang sah/) });
    for (const t of [...SEEDED, MINE, { ...MINE, nilai: 0.3725 }, { ...MINE, nilai: 0.305 }, { ...MINE, nilai: 0.0001 }]) {
      expect(percentToFraction(fractionToPercentText(t.nilai))).toEqual({ nilai: t.nilai });
    }
    expect(fractionToPercentText(0.375)).toBe('37,5');
  });

  it('turns a draft into a target, and a target into a draft', () => {
    for (const t of SEEDED) expect(parseDraft(draftFromTarget(t), none)).toEqual({ target: t, problems: {} });
    const { target, problems } = parseDraft(
      { ...draftFromTarget(MINE), nilai: '45', kode_wilayah: ' ', tahun_akhir: '', pembanding: '  belanja  ' }, none
    );
    expect(problems).toEqual({});
    expect(target).toEqual({ ...MINE, kode_wilayah: null, tahun_akhir: null, pembanding: 'belanja' });
    const empty = parseDraft(emptyDraft(2025), none);
    expect(Object.keys(empty.problems).sort()).toEqual(['dasar_hukum', 'nilai', 'pembanding', 'target_id']);
    expect(empty.problems.nilai).toMatch(/bukan persen yang sah/);
    expect(parseDraft({ ...draftFromTarget(MINE), tahun_mulai: '2e3' }, none).problems.tahun_mulai).toMatch(/Tahun mulai/);
  });

  it('labels every metric', () => {
    for (const metrik of TARGET_METRICS) expect(metricLabel(metrik)).toBe(TARGET_METRIC_LABELS[metrik]);
    expect(metricLabel('umkk_anggaran')).toBe('UMKK ÷ belanja pengadaan');
    expect(metricLabel('lain')).toBe('lain');
    expect(metricLabel('constructor')).toBe('constructor');
  });
});

describe('JSON file', () => {
  const edits = retireTarget(addTarget(changeTarget(SEEDED, NO_EDITS, { ...seed('umkk_nasional'), nilai: 0.35 }), MINE), 'epurchasing_banten');
  const text = targetsToJson(effectiveTargets(SEEDED, edits), edits, new Date('2025-03-01T08:00:00Z'));

  it('is a versioned document with the targets in force and the edits', () => {
    const document = JSON.parse(text);
    expect(document).toMatchObject({ format: 'telisik-target', version: 1, diekspor: '2025-03-01T08:00:00.000Z' });
    expect(ids(document.targets)).toEqual(ids(effectiveTargets(SEEDED, edits)));
    expect(document.perubahan).toEqual({ version: 1, changed: edits.changed, retired: edits.retired });
  });

  it('loads back the same edits, hence the same targets in force', () => {
    const parsed = targetsFromJson(text);
    expect(parsed).toEqual({ ok: true, edits: { version: 1, changed: [...edits.changed], retired: [...edits.retired] } });
    if (!parsed.ok) return;
    expect(effectiveTargets(SEEDED, parsed.edits)).toEqual(effectiveTargets(SEEDED, edits));
  });

  const document = (perubahan: unknown) => JSON.stringify({ format: 'telisik-target', version: 1, perubahan });
  const failure = (input: string) => {
    const parsed = targetsFromJson(input);
    return parsed.ok ? null : parsed.pesan;
  };

  it('refuses hostile or malformed input with one sentence, never throwing', () => {
    expect(failure('{')).toBe('Berkas ini bukan JSON yang sah.');
    expect(failure('')).toBe('Berkas ini bukan JSON yang sah.');
    expect(failure('null')).toMatch(/bukan berkas target Telisik/);
    expect(failure('[]')).toMatch(/bukan berkas target Telisik/);
    expect(failure('{"__proto__": {"format": "telisik-target"}}')).toBe('Berkas memuat kunci "__proto__" yang tidak diizinkan.');
    expect(failure(document({ version: 1, changed: [{ ...MINE, constructor: 1 }], retired: [] }))).toMatch(/"constructor"/);
    expect(failure(document({ version: 1, changed: [{ ...MINE, ['__proto__']: { nilai: 0.4 } }], retired: [] }))).toMatch(/"__proto__"/);
    expect(failure('{"format": "telisik-target", "version": 1, "perubahan": {"version": 1, "changed": [{"__proto__": {}}], "retired": []}}'))
      .toMatch(/"__proto__"/);
    expect(failure(JSON.stringify({ format: 'telisik-target', version: 2, perubahan: {} }))).toMatch(/versi 2/);
    expect(failure(JSON.stringify({ format: 'telisik-target', version: 1 }))).toMatch(/"perubahan"/);
    expect(failure(document({ version: 1, changed: {}, retired: [] }))).toMatch(/"changed"/);
    expect(failure(document({ version: 1, changed: [], retired: 'umkk_nasional' }))).toMatch(/"retired"/);
    expect(failure('x'.repeat(1_000_001))).toMatch(/lebih dari 1 MB/);
  });

  it('names the first bad row and what is wrong with it', () => {
    const row = (partial: Record<string, unknown>) => failure(document({ version: 1, changed: [MINE, { ...MINE, target_id: 'baris_dua', ...partial }], retired: [] }));
    expect(row({ nilai: 40 })).toBe(
      'Perubahan target baris ke-2 ("baris_dua"): Nilai 40 harus pecahan lebih dari 0 dan paling tinggi 1 (0.4 berarti 40 %).'
    );
    expect(row({ nilai: '0.4' })).toBe('Perubahan target baris ke-2 ("baris_dua"): kolom nilai harus angka.');
    expect(row({ tahun_mulai: '2024' })).toMatch(/baris ke-2 .*tahun_mulai harus bilangan bulat/);
    expect(row({ tahun_akhir: undefined })).toMatch(/tahun_akhir harus bilangan bulat atau null/);
    expect(row({ kode_wilayah: 36 })).toMatch(/kode_wilayah harus teks atau null/);
    expect(row({ metrik: 'umk' })).toMatch(/baris ke-2 .*Metrik "umk" tidak dikenal/);
    expect(row({ target_id: 7 })).toBe('Perubahan target baris ke-2: kolom target_id harus teks.');
    expect(row({ target_id: 'umkk_jateng' })).toMatch(/baris ke-2 .*"umkk_jateng" sudah dipakai/);
    expect(failure(document({ version: 1, changed: [MINE, 5], retired: [] }))).toMatch(/baris ke-2: isinya bukan satu target/);
    expect(failure(document({ version: 1, changed: [], retired: ['a', 'a'] }))).toMatch(/"a" tercantum dua kali/);
    expect(failure(document({ version: 1, changed: [], retired: ['ok', 'Bukan Id'] }))).toMatch(/Daftar pensiun baris ke-2/);
    expect(failure(document({ version: 1, changed: [], retired: [null] }))).toMatch(/Daftar pensiun baris ke-1/);
  });

  it('keeps only the known fields, as fresh objects', () => {
    const parsed = targetsFromJson(document({ version: 1, changed: [{ ...MINE, extra: '<script>', nilai: 0.45000000000000007 }], retired: [] }));
    expect(parsed.ok && parsed.edits.changed[0]).toEqual(MINE);
    expect(parsed.ok && Object.getPrototypeOf(parsed.edits.changed[0])).toBe(Object.prototype);
    expect(parseEdits(JSON.parse(editsToStorageJson(edits)))).toEqual({ ok: true, edits: JSON.parse(editsToStorageJson(edits)) });
  });
});

describe('TargetBook', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  function bookOn(storage: TargetStorage | null): TargetBook {
    const book = new TargetBook(storage);
    book.seeded = SEEDED;
    return book;
  }

  it('keeps edits in localStorage across reloads', () => {
    const storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    const book = new TargetBook();
    book.seeded = SEEDED;
    expect(book.effective).toEqual(SEEDED);
    expect(book.pristine).toBe(true);
    expect(book.add(MINE)).toBeNull();
    expect(book.change({ ...seed('umkk_nasional'), nilai: 0.5 })).toBeNull();
    book.retire('epurchasing_banten');
    expect(storage.map.has(TARGET_STORAGE_KEY)).toBe(true);

    const reloaded = new TargetBook();
    reloaded.seeded = SEEDED;
    expect(reloaded.effective).toEqual(book.effective);
    expect(reloaded.originOf('umkk_nasional')).toBe('diubah');
    expect(reloaded.entries.find((e) => e.target.target_id === 'epurchasing_banten')?.status).toBe('pensiun');

    reloaded.restore('epurchasing_banten');
    reloaded.restore('umkk_nasional');
    reloaded.restore('umkk_jateng'); // the user's own, in force: nothing to undo
    expect(ids(reloaded.effective)).toEqual([...ids(SEEDED), 'umkk_jateng']);
    reloaded.resetAll();
    expect(reloaded.effective).toEqual(SEEDED);
    expect(storage.map.has(TARGET_STORAGE_KEY)).toBe(false);
  });

  it('refuses invalid or clashing targets and changes of unknown ones, changing nothing', () => {
    const book = bookOn(new MemoryStorage());
    expect(book.add({ ...MINE, target_id: 'umkk_nasional' })).toMatch(/sudah dipakai/);
    expect(book.add({ ...MINE, nilai: 45 })).toMatch(/pecahan/);
    expect(book.change({ ...MINE, target_id: 'tidak_ada' })).toBe('Target "tidak_ada" tidak ada.');
    expect(book.change({ ...seed('umkk_nasional'), tahun_akhir: 2020 })).toMatch(/Tahun akhir/);
    book.retire('tidak_ada');
    expect(book.pristine).toBe(true);
    // A retired target keeps its id: a new target may not take it.
    book.retire('umkk_nasional');
    expect(book.add({ ...MINE, target_id: 'umkk_nasional' })).toMatch(/sudah dipakai/);
  });

  it('exports and imports the same edits; a bad file applies nothing', () => {
    const book = bookOn(new MemoryStorage());
    book.add(MINE);
    book.change({ ...seed('pdn_komitmen_nasional'), nilai: 0.95 });
    book.retire('umkk_kota_mojokerto');
    const exported = book.exportJson(new Date('2025-01-01T00:00:00Z'));

    const other = bookOn(new MemoryStorage());
    expect(other.importJson(exported)).toBeNull();
    expect(other.effective).toEqual(book.effective);
    expect(other.entries).toEqual(book.entries);
    expect(other.notice).toBeNull();

    const before = other.effective;
    const hostile = JSON.stringify({ format: 'telisik-target', version: 1, perubahan: { version: 1, changed: [MINE, MINE], retired: [] } });
    expect(other.importJson(hostile)).toMatch(/baris ke-2 .*sudah dipakai/);
    expect(other.importJson('{"__proto__": {"polluted": true}}')).toMatch(/__proto__/);
    expect(other.notice).toMatch(/^Target tidak dimuat: /);
    expect(other.effective).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives damaged or blocked storage without losing the seeded targets', () => {
    const storage = new MemoryStorage();
    storage.setItem(TARGET_STORAGE_KEY, '{"version": 1, "changed": [{"target_id": "x", "nilai": 40}], "retired": []}');
    const damaged = bookOn(storage);
    expect(damaged.effective).toEqual(SEEDED);
    expect(damaged.notice).toMatch(/rusak/);
    // The damaged value stays until the user changes something.
    expect(storage.map.has(TARGET_STORAGE_KEY)).toBe(true);
    damaged.retire('umkk_nasional');
    expect(damaged.notice).toBeNull();
    expect(bookOn(storage).notice).toBeNull();

    storage.setItem(TARGET_STORAGE_KEY, 'not json');
    expect(bookOn(storage).notice).toMatch(/bukan JSON/);

    const throwing: TargetStorage = {
      getItem: () => { throw new Error('blocked'); },
      setItem: () => { throw new Error('full'); },
      removeItem: () => { throw new Error('blocked'); }
    };
    const blocked = bookOn(throwing);
    expect(blocked.effective).toEqual(SEEDED);
    expect(blocked.add(MINE)).toBeNull();
    expect(ids(blocked.effective)).toContain('umkk_jateng');
    expect(blocked.notice).toMatch(/tidak dapat disimpan/);
    expect(bookOn(null).effective).toEqual(SEEDED);
  });

  it('follows a new seed: the user edits stay on top of whatever the data holds', () => {
    const book = bookOn(new MemoryStorage());
    book.change({ ...seed('umkk_nasional'), nilai: 0.5 });
    book.seeded = SEEDED.filter((t) => t.target_id !== 'umkk_kota_mojokerto');
    expect(ids(book.effective)).toEqual(['epurchasing_banten', 'pdn_komitmen_nasional', 'umkk_nasional']);
    expect(book.effective.at(-1)?.nilai).toBe(0.5);
  });
});

describe('target components', () => {
  const noop = () => {};
  it('a row carries the automation attributes and the actions of its status', () => {
    const active = render(TargetRow, {
      props: { entry: { target: seed('umkk_nasional'), origin: 'diubah', status: 'aktif' }, region: 'Semua pemda', onedit: noop, onretire: noop, onrestore: noop }
    }).body;
    expect(active).toContain('data-target-id="umkk_nasional"');
    expect(active).toContain('data-status="aktif"');
    expect(active).toContain('UMKK ÷ belanja pengadaan');
    expect(active).toMatch(/40\s?%/);
    for (const action of ['target-edit', 'target-retire', 'target-revert']) expect(active).toContain(`data-action="${action}"`);
    expect(active).not.toContain('data-action="target-restore"');

    const retired = render(TargetRow, {
      props: { entry: { target: MINE, origin: 'pengguna', status: 'pensiun' }, region: '33', onedit: noop, onretire: noop, onrestore: noop }
    }).body;
    expect(retired).toContain('data-status="pensiun"');
    expect(retired).toContain('data-action="target-restore"');
    expect(retired).toContain('buatan pengguna');
    expect(retired).not.toContain('data-action="target-edit"');
  });

  it('the form names its fields after the target and ties labels to inputs', () => {
    const { body } = render(TargetForm, {
      props: {
        initial: draftFromTarget(MINE), editing: null, taken: new Set<string>(), regions: [{ key: '33', label: 'Jawa Tengah' }],
        regionText: (kode: string | null) => kode ?? 'Semua pemda', onsave: () => null, oncancel: noop
      }
    });
    for (const name of ['target_id', 'metrik', 'nilai', 'pembanding', 'dasar_hukum', 'kode_wilayah', 'tahun_mulai', 'tahun_akhir']) {
      expect(body).toContain(`name="${name}"`);
    }
    const labelled = [...body.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]);
    expect(labelled).toHaveLength(8);
    for (const id of labelled) expect(body).toContain(`id="${id}"`);
    expect(body).toContain('data-action="target-save"');
    expect(body).toContain('value="45"');
  });
});

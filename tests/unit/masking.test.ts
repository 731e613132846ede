/**
 * Masking of personal data ("Samarkan data pribadi"). Hand-made cases pin every pattern,
 * its non-personal look-alikes (procurement codes, amounts, dates), the column rules and the
 * individual-vendor rule; then the real LKPP / INAPROC files in ../shared/data are masked
 * cell by cell and checked with a detector written here, independently of the app's
 * patterns (skipped where ../shared is absent: the project never holds a copy).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { maskingId } from '../../src/lib/i18n/masking-id';
import { isIndividualVendor, maskCell, maskRow } from '../../src/lib/masking/mask-cell';
import { isVendorNameColumn, personalColumnKind } from '../../src/lib/masking/mask-columns';
import { findPersonalData, maskText, scanText } from '../../src/lib/masking/mask-text';
import { PERSONAL_PATTERNS } from '../../src/lib/masking/patterns';

const T = maskingId.token;
const TOKENS: ReadonlySet<string> = new Set(Object.values(T));

describe('masking patterns in free text', () => {
  const positives: [string, string, string[]][] = [
    ['NIK 3204011234560001', `NIK ${T.nik}`, ['nik']],
    ['NIK: 3204 0112 3456 0001.', `NIK: ${T.nik}.`, ['nik']],
    ['nik 3204.0112.3456.0001', `nik ${T.nik}`, ['nik']],
    ['KTP 320401-011234-0001', `KTP ${T.nik}`, ['nik']],
    ['NPWP 12.345.678.9-012.345', `NPWP ${T.npwp}`, ['npwp']],
    ['npwp 012345678901234 (lama)', `npwp ${T.npwp} (lama)`, ['npwp']],
    ['NPWP16: 0012345678901234', `NPWP16: ${T.npwp}`, ['npwp']],
    ['NPWP 3204011234560001', `NPWP ${T.npwp}`, ['npwp']],
    ['npwp:9b4af6505c30c7da', T.npwp, ['npwp']],
    ['spse:npwp:9b4af6505c30c7da', `spse:${T.npwp}`, ['npwp']],
    ['spse:npwp:3204011234560001', `spse:${T.npwp}`, ['npwp']],
    ['NIP 19800101 200501 1 001', `NIP ${T.nip}`, ['nip']],
    ['NIP. 198001012005011001', `NIP. ${T.nip}`, ['nip']],
    ['Kontak budi.santoso@gmail.com atau ppk_dpu@bandungkab.go.id', `Kontak ${T.email} atau ${T.email}`, ['email', 'email']],
    ['hubungi 0812-3456-7890', `hubungi ${T.telepon}`, ['telepon']],
    ['hubungi 081234567890 segera', `hubungi ${T.telepon} segera`, ['telepon']],
    ['+62 812 3456 7890', T.telepon, ['telepon']],
    ['62-812-3456-7890', T.telepon, ['telepon']],
    ['(+62) 812.3456.789', T.telepon, ['telepon']],
    ['Kantor (022) 1234567', `Kantor ${T.telepon}`, ['telepon']],
    ['kantor 0561-734567', `kantor ${T.telepon}`, ['telepon']],
    ['Telp. 0227654321', `Telp. ${T.telepon}`, ['telepon']],
    ['Soreang Telp. 5892773 Fax. (022) 5892774 Kode Pos 40911', `Soreang Telp. ${T.telepon} Fax. ${T.telepon} Kode Pos 40911`, ['telepon', 'telepon']],
    ['WA: 6281234567890', `WA: ${T.telepon}`, ['telepon']],
    ['https://wa.me/6281234567890', `https://wa.me/${T.telepon}`, ['telepon']],
    ['No. Rek: 1234567890', `No. Rek: ${T.rekening}`, ['rekening']],
    ['norek 123-456-7890', `norek ${T.rekening}`, ['rekening']],
    ['rekening BJB 0012345678901 a.n. Budi Santoso untuk pembayaran', `rekening BJB ${T.rekening} untuk pembayaran`, ['rekening']],
    ['Nomor Rekening Bank Mandiri: 1300012345678', `Nomor Rekening Bank Mandiri: ${T.rekening}`, ['rekening']],
    ['a/c 1234567890', `a/c ${T.rekening}`, ['rekening']],
    ['Account no. 987654321012', `Account no. ${T.rekening}`, ['rekening']],
    ['3204011234560001,3204011234560002', `${T.nik},${T.nik}`, ['nik', 'nik']],
    ['60832782,3204011234560001', `60832782,${T.nik}`, ['nik']]
  ];

  it.each(positives)('%s', (text, masked, kinds) => {
    expect(maskText(text)).toBe(masked);
    expect(findPersonalData(text)).toEqual(kinds);
  });

  const negatives = [
    '60832782', // kd_rup
    '60832782;45828523',
    '1.03.2.15.1.04.03.0000', // kd_satker_str
    '1.03.06.2.01.0029.5.2.04.02.01.0008.', // MAK
    '1.05.03.2.03.0009.5.1.02.01.01.0036.1.1.1.20.10.30.013.00053;1.05.03.2.03.0009.5.1.02.01.01.0039.1.3.0.20.40',
    '0.30.12.0.60.0055.1.0.20.10.10.0251.1.1.2.01.03.00.020.0002, 5.03.01.2.06.0005.5.1.02.01.01.0024.1.1.1.20.10.30.001.00135',
    '113245000', // amounts
    '85914000.00',
    '113214787.91',
    '1.336.777.027,98',
    'Rp 1.234.567.890.123.456',
    '2025-10-03 16:00:00', // dates
    '2024-08-29T10:00:01.679000Z',
    '08-12-2025',
    '10391894000', // kd_tender / kd_nontender / kd_pkt_dce
    '10812856000',
    '12335093', // kd_satker
    '312243002009', // kd_penyedia
    '2025',
    '10,3328257559278 Ha', // SiRUP volumes
    '10 Orang x 2 Hari x 0.54844606946984 Kali',
    '0.123456789012345 M2',
    '0a11c374-e5d6-4d1b-b079-fbf81c071c7e', // e-katalog product ids
    'abcd1234-3204-0112-3456-a89012345678',
    '01JHKT4BFAVEMPVFWSNK1BQ4F6',
    'Kode Rekening 5.1.02.01.01.0024',
    'kode rekening 510201010024',
    'Rekap belanja 12345678',
    '000.4/377/Sekre/2025', // contract numbers
    'Jl. Raya Soreang KM. 17 , Soreang',
    'Pembangunan Drainase Perkotaan Kp. Mekarsari Rw 24',
    'Belanja Jasa Tenaga Ahli a.n. Kepala Dinas',
    'Jam 08.00-16.00',
    'HPS 113245000',
    'Kode Pos 40911',
    'Telp. 2 unit',
    'Belanja Tagihan Telepon (5.02.01.1.08.0002 Penyediaan Jasa Komunikasi)'
  ];

  it.each(negatives)('leaves %s alone', (text) => {
    expect(maskText(text)).toBe(text);
  });

  it('never hides half of a longer digit run', () => {
    expect(maskText('12345678901234567')).toBe('12345678901234567'); // 17 digits: none of the kinds
    expect(maskText('1032040112345600019')).toBe('1032040112345600019');
  });

  it('is idempotent, and tokens hold no digit or @', () => {
    const mixed = positives.map(([text]) => text).join(' | ');
    const once = maskText(mixed);
    expect(maskText(once)).toBe(once);
    for (const [text] of positives) expect(maskText(maskText(text))).toBe(maskText(text));
    for (const token of TOKENS) expect(token).not.toMatch(/[\d@]/);
  });

  it('has the token texts of the dictionary', () => {
    expect(T).toEqual({
      nik: '[NIK]', npwp: '[NPWP]', nip: '[NIP]', email: '[email]', telepon: '[telepon]', rekening: '[rekening]',
      nama_pejabat: '[nama pejabat]', nama_perorangan: '[nama perorangan]'
    });
    expect(maskingId.statusOf(true)).toBe('Data pribadi disamarkan');
    expect(maskingId.statusOf(false)).toBe('Data pribadi tidak disamarkan');
    for (const pattern of PERSONAL_PATTERNS) expect(pattern.regex.global).toBe(true);
  });
});

describe('masking by column name', () => {
  const kinds: [string, string | null][] = [
    ['npwp', 'npwp'], ['npwp_penyedia', 'npwp'], ['npwp16_penyedia', 'npwp'], ['npwp_16_penyedia', 'npwp'], ['npwp_satker', 'npwp'],
    ['nik', 'nik'], ['NIK Penyedia', 'nik'], ['no_ktp', 'nik'], ['nip', 'nip'], ['nip_ppk', 'nip'], ['ppk_nip', 'nip'],
    ['nama_ppk', 'nama_pejabat'], ['ppk', 'nama_pejabat'], ['nama_pejabat', 'nama_pejabat'], ['nama_pokja', 'nama_pejabat'],
    ['nama_user_pokja', 'nama_pejabat'], ['nama_kpa', 'nama_pejabat'], ['nama_pa', 'nama_pejabat'], ['pejabat_pengadaan', 'nama_pejabat'],
    ['username_ppk', 'nama_pejabat'], ['nama_pemesan', 'nama_pejabat'], ['namaPpk', 'nama_pejabat'],
    ['email', 'email'], ['email_user_pokja', 'email'], ['E-mail', 'email'], ['e_mail', 'email'],
    ['telp', 'telepon'], ['telepon', 'telepon'], ['no_telp_penyedia', 'telepon'], ['No. Telp', 'telepon'], ['hp', 'telepon'],
    ['no_hp', 'telepon'], ['phone', 'telepon'], ['wa', 'telepon'], ['whatsapp', 'telepon'], ['fax', 'telepon'],
    ['rekening', 'rekening'], ['no_rek', 'rekening'], ['norek', 'rekening'], ['nomor_rekening', 'rekening'], ['bank_account', 'rekening'],
    ['no_rek_bank', 'rekening'], ['nama_pemilik_rek_bank', 'rekening'],
    ['wakil_sah_penyedia', 'nama_perorangan'], ['nama_penyedia', 'nama_perorangan'], ['penyedia', 'nama_perorangan'],
    // not personal
    ['jabatan_ppk', null], ['kd_user_ppk', null], ['kd_user_pokja', null], ['no_sk_ppk', null], ['jabatan_wakil_penyedia', null],
    ['nama_rek_bank', null], ['kode_rekening', null], ['rekening_belanja', null], ['kd_penyedia', null], ['penyedia_id', null],
    ['jenis_penyedia', null], ['bentuk_usaha_penyedia', null], ['penyedia_ukm', null], ['hps', null], ['pagu', null],
    ['nama_satker', null], ['nama_paket', null], ['kd_rup', null], ['kd_satker_str', null], ['mak', null], ['nama_klpd', null]
  ];

  it.each(kinds)('%s → %s', (column, kind) => {
    expect(personalColumnKind(column)).toBe(kind);
  });

  it('treats only vendor-name columns as conditional', () => {
    expect(isVendorNameColumn('nama_penyedia')).toBe(true);
    expect(isVendorNameColumn('penyedia')).toBe(true);
    expect(isVendorNameColumn('wakil_sah_penyedia')).toBe(false);
    expect(isVendorNameColumn('nama_ppk')).toBe(false);
  });
});

describe('individual vendors and maskCell', () => {
  it.each([
    [{ jenis_penyedia: 'perseorangan' }, true],
    [{ jenis_penyedia: 'Perorangan' }, true],
    [{ jenis_penyedia: 'individu' }, true],
    [{ jenis_penyedia: 'badan_usaha' }, false],
    [{ jenis_penyedia: 'tidak_diketahui' }, false],
    [{ bentuk_usaha: 'Perorangan' }, true],
    [{ bentuk_usaha: 'ORANG PERSEORANGAN' }, true],
    [{ bentuk_usaha: 'CV' }, false],
    [{ bentuk_usaha: 'PT Perorangan' }, false],
    [{ bentuk_usaha_penyedia: 'Orang Perseorangan' }, true],
    [{ bentuk_usaha_penyedia: 'Konsultan Perseorangan' }, true],
    [{ bentuk_usaha_penyedia: 'Perseroan Terbatas (PT) Perorangan' }, false],
    [{ tipe_penyedia: 'Penyedia Perseorangan' }, false], // e-kontrak: a single vendor, not a KSO
    [{ is_badan_usaha: false }, true],
    [{ is_badan_usaha: null }, false],
    [{}, false]
  ])('%j → %s', (row, expected) => {
    expect(isIndividualVendor(row)).toBe(expected);
  });

  it('masks a vendor name only when the row says the vendor is an individual', () => {
    expect(maskCell('nama_penyedia', 'Siti Rahayu', { jenis_penyedia: 'perseorangan' })).toBe(T.nama_perorangan);
    expect(maskCell('penyedia', 'Siti Rahayu', { jenis_penyedia: 'badan_usaha' })).toBe('Siti Rahayu');
    expect(maskCell('penyedia', 'CV Sinar Jaya', { jenis_penyedia: 'badan_usaha' })).toBe('CV Sinar Jaya');
    expect(maskCell('nama_penyedia', 'Siti Rahayu')).toBe('Siti Rahayu');
    expect(maskCell('nama_penyedia', 'CV Maju (HP 0812-3456-7890)', {})).toBe(`CV Maju (HP ${T.telepon})`);
  });

  it('masks personal columns whole, whatever the value, and keeps empty cells empty', () => {
    expect(maskCell('nama_ppk', 'H**** P******')).toBe(T.nama_pejabat);
    expect(maskCell('nip_ppk', '***************001')).toBe(T.nip);
    expect(maskCell('nik', 3204011234560001)).toBe(T.nik);
    expect(maskCell('npwp16_penyedia', 3204011234560001n)).toBe(T.npwp);
    expect(maskCell('no_rek_bank', '1300012345678')).toBe(T.rekening);
    expect(maskCell('nama_ppk', '')).toBe('');
    expect(maskCell('nama_ppk', null)).toBeNull();
    expect(maskCell('nip_ppk', undefined)).toBeUndefined();
  });

  it('leaves numbers, bigints, booleans and dates of ordinary columns untouched', () => {
    const day = new Date('2025-10-03T00:00:00Z');
    expect(maskCell('pagu', 3204011234560001)).toBe(3204011234560001);
    expect(maskCell('nilai', 113214787.91)).toBe(113214787.91);
    expect(maskCell('nilai', 1336777027n)).toBe(1336777027n);
    expect(maskCell('kd_rup', 60832782)).toBe(60832782);
    expect(maskCell('is_umkk', true)).toBe(true);
    expect(maskCell('tanggal', day)).toBe(day);
    expect(maskCell('pagu', '113245000')).toBe('113245000');
  });

  it('masks free text of any other column by pattern', () => {
    expect(maskCell('uraian', 'Bayar ke rek 1234567890 (HP 081234567890)')).toBe(`Bayar ke rek ${T.rekening} (HP ${T.telepon})`);
    expect(maskCell('penyedia_id', 'spse:npwp:9b4af6505c30c7da')).toBe(`spse:${T.npwp}`);
    expect(maskCell('penyedia_id', 'sikap:4186014')).toBe('sikap:4186014');
  });

  it('maskRow masks every cell into a new record', () => {
    const row = { nama_penyedia: 'Budi Santoso', jenis_penyedia: 'perseorangan', npwp_penyedia: 'npwp:9b4af6505c30c7da', pagu: 5, nama_paket: 'Sewa tenda' };
    expect(maskRow(row)).toEqual({ nama_penyedia: T.nama_perorangan, jenis_penyedia: 'perseorangan', npwp_penyedia: T.npwp, pagu: 5, nama_paket: 'Sewa tenda' });
    expect(row.nama_penyedia).toBe('Budi Santoso');
  });
});

// ---------------------------------------------------------------------------------------
// The real files. The detector below is deliberately simpler and broader than the app's
// patterns: it looks for what must never survive masking.

const DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));

type Rec = Record<string, unknown>;

/** Digit runs of 15/16 (NIK, NPWP) or 18 (NIP) digits that are not a decimal part. */
function longIdRuns(text: string): string[] {
  const hits: string[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (/(?:^|\D)\d{1,6}[.,]$/.test(before)) continue;
    if ([15, 16, 18].includes(m[0].length)) hits.push(m[0]);
  }
  return hits;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function leaks(original: string): string[] {
  // e-katalog product_ids are UUIDs, whose hex groups can be all digits: not an id of a person.
  const text = original.replace(UUID, 'uuid');
  const found = longIdRuns(text);
  const shapes: [string, RegExp][] = [
    ['npwp berformat', /\d{2}\.\d{3}\.\d{3}\.\d[-.]\d{3}\.\d{3}/],
    ['npwp:hash', /npwp[:_-]?[0-9a-f]{6,}/i],
    ['email', /[^\s@]+@[^\s@]+\.[a-z]{2,}/i],
    ['nik berkelompok', /(?<!\d)\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}(?!\d)/],
    ['nip berkelompok', /(?<!\d)\d{8} \d{6} \d \d{3}(?!\d)/]
  ];
  for (const [name, regex] of shapes) if (regex.test(text)) found.push(name);
  return found;
}

/** Personal columns as this test knows them (independently of mask-columns.ts). */
const PERSONAL_COLUMN = /(^|_)(npwp\w*|nik|nip|email|telp|telepon|hp|wa|fax|rek)(_|$)|^nama_(ppk|pokja|user_pokja|kpa|pa|pemesan)$|^(username_ppk|wakil_sah_penyedia)$/;
const OFFICIAL_COLUMN = /^(nama_ppk|nip_ppk|ppk_nip|username_ppk|nama_user_pokja|nama_pokja|nama_pemesan)$/;
const VENDOR_COLUMN = /^nama_penyedia$/;
/** Columns whose every value must come out exactly as it went in. */
const KEEP_WHOLE = /^(nama_satker|kd_rup|kd_rup_paket|kd_satker|kd_satker_str|mak|kode_anggaran|pagu|hps|nilai_\w+|total_harga|total_realisasi|belanja_\w+|kd_tender|kd_nontender|kd_nontender_pct|kd_paket|kd_pkt_dce|kd_penyedia|tahun_anggaran|tgl_\w+)$/;

/** A JSON file's records: a top-level array, or the arrays of records an object wraps. */
function recordsOfJson(value: unknown): Rec[] {
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item)) ? value.map((item) => flatten(item as Rec)) : [];
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(recordsOfJson);
  return [];
}

/** Nested objects become 'a.b' keys; arrays of text are joined; arrays of numbers (geometry) dropped. */
function flatten(record: Rec, prefix = ''): Rec {
  const out: Rec = {};
  for (const [key, value] of Object.entries(record)) {
    const name = prefix + key;
    if (Array.isArray(value)) {
      const texts = value.filter((item): item is string => typeof item === 'string');
      if (texts.length > 0) out[name] = texts.join(', ');
    } else if (typeof value === 'object' && value !== null) Object.assign(out, flatten(value as Rec, `${name}.`));
    else out[name] = value;
  }
  return out;
}

async function recordsOf(file: string): Promise<Rec[]> {
  if (file.endsWith('.csv')) return Papa.parse<Rec>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  if (file.endsWith('.json')) return recordsOfJson(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  const [header, ...rows] = await readSheet(file);
  const names = (header ?? []).map((cell) => String(cell));
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null])));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(csv|json|xlsx)$/.test(entry.name) ? [path] : [];
  });
}

interface FileReport {
  records: number;
  cells: number;
  /** Non-empty values of personal columns replaced by their token, per kind. */
  byColumnKind: Record<string, number>;
  /** Values hidden by pattern in ordinary columns, per pattern. */
  byPattern: Record<string, number>;
  ordinaryCells: number;
  /** Ordinary cells changed where this test's own detector also sees personal data. */
  ordinaryChangedJustified: number;
  /** Ordinary cells changed without such a sign: false positives. */
  falsePositives: number;
  changedWhere: Record<string, number>;
  leaks: string[];
}

/** This test's own sign of personal data in an original value (phones after a keyword). */
function looksPersonal(original: string): boolean {
  return leaks(original).length > 0 || /\b(telp|tlp|telepon|fax|hp|wa)\.?\s*[:.]?\s*[(+]?\d{3}/i.test(original);
}

function emptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

describe.skipIf(!existsSync(DATA))('real files in ../shared/data', () => {
  const files = existsSync(DATA) ? filesUnder(DATA) : [];

  it.each(files.map((file) => [relative(DATA, file), file]))('%s: nothing personal survives masking', async (name, file) => {
    const report: FileReport = {
      records: 0, cells: 0, byColumnKind: {}, byPattern: {}, ordinaryCells: 0, ordinaryChangedJustified: 0, falsePositives: 0, changedWhere: {}, leaks: []
    };
    const examples: string[] = [];
    for (const record of await recordsOf(file)) {
      report.records++;
      const masked = maskRow(record);
      for (const [column, value] of Object.entries(record)) {
        report.cells++;
        const out = masked[column];
        const kind = personalColumnKind(column);
        if (kind && !emptyCell(value) && out !== value) report.byColumnKind[kind] = (report.byColumnKind[kind] ?? 0) + 1;
        if (typeof value === 'string' && (kind === null || (isVendorNameColumn(column) && out === value))) {
          for (const finding of scanText(value).found) report.byPattern[finding.pattern] = (report.byPattern[finding.pattern] ?? 0) + 1;
        }
        if (!(out instanceof Date)) for (const leak of leaks(String(out ?? ''))) report.leaks.push(`${column}: ${leak}`);
        if (OFFICIAL_COLUMN.test(column) && !emptyCell(value)) expect(TOKENS.has(String(out)), `${column} not masked`).toBe(true);
        if (KEEP_WHOLE.test(column)) expect(out, column).toEqual(value);
        if (!PERSONAL_COLUMN.test(column) && !VENDOR_COLUMN.test(column) && !emptyCell(value)) {
          report.ordinaryCells++;
          if (out !== value) {
            if (looksPersonal(String(value))) report.ordinaryChangedJustified++;
            else report.falsePositives++;
            const why = scanText(String(value)).found.map((f) => f.pattern).join('+');
            report.changedWhere[`${column} (${why})`] = (report.changedWhere[`${column} (${why})`] ?? 0) + 1;
            // The masked text only: the original may be someone's number.
            if (examples.length < 5) examples.push(`${column}: ${String(out).slice(0, 160)}`);
          }
        }
      }
    }
    const { leaks: found, ...counts } = report;
    console.log(`[masking] ${name}: ${JSON.stringify(counts)}${examples.length ? `\n  changed: ${examples.join('\n  changed: ')}` : ''}`);
    expect(found).toEqual([]);
    // False positives: ordinary cells changed with no sign of personal data. More than 1 in
    // 10,000 means a pattern is hitting procurement codes, amounts or dates.
    expect(report.falsePositives).toBeLessThanOrEqual(report.ordinaryCells / 10_000);
  });

  it('SPSE e-kontrak: individual vendors lose their names, companies (PT Perorangan too) keep them', async () => {
    const file = join(DATA, 'isb/d107_2025_spse_nontender_ekontrak_kontrak.json');
    let masked = 0;
    let kept = 0;
    for (const record of await recordsOf(file)) {
      const form = String(record['bentuk_usaha_penyedia'] ?? '');
      const out = maskCell('nama_penyedia', record['nama_penyedia'], record);
      if (/^(orang|konsultan) perseorangan$/i.test(form) && !emptyCell(record['nama_penyedia'])) {
        expect(out).toBe(T.nama_perorangan);
        masked++;
      } else {
        expect(out).toBe(record['nama_penyedia']);
        kept++;
      }
    }
    console.log(`[masking] e-kontrak nama_penyedia: ${masked} masked (perseorangan), ${kept} kept`);
    expect(masked).toBeGreaterThan(100);
  });
});

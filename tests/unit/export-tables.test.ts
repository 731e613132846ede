/**
 * Tables leaving the app: an engine answer (Arrow) frozen into a snapshot table, masked when
 * asked; that table as a CSV file a spreadsheet can open without running anything; the file
 * name; and the "compared with" line of the headline figures that exports repeat.
 */
import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { csvFile } from '../../src/lib/export/csv-file';
import { snapshotTableOf, type ArrowTableOptions } from '../../src/lib/export/arrow-table';
import { exportFileStem } from '../../src/lib/export/file-names';
import type { SnapshotCell, SnapshotFact, SnapshotTable } from '../../src/lib/export/snapshot';
import { changeLine, deltaText, kpiChange, previousText } from '../../src/lib/monitoring/kpi-change';
import { KPIS, type KpiDefinition, type KpiRow } from '../../src/lib/metrics/kpi-registry';
import { parseCsv, type CsvTable } from './helpers/csv-rfc4180';

// ---------------------------------------------------------------------------------------------
// Fixtures

/** 2^53 + 1: the first integer a JavaScript number cannot hold. */
const BEYOND_DOUBLE = 9_007_199_254_740_993n;
const NIK = '3302011203850004';

const HYPERLINK = '=HYPERLINK("http://x.example/?a=1","klik")';
const SPACED_PLUS = "  +cmd|' /C calc'!A0";

/** Five rows of what a transactions query returns; every column is there for a reason. */
function vendorTable() {
  return tableFromArrays({
    penyedia: ['CV Maju Jaya, Tbk', 'Budi Santoso', HYPERLINK, 'PT "Sinar" Abadi', '@SUM(1)'],
    jenis_penyedia: ['badan_usaha', 'perseorangan', 'badan_usaha', 'badan_usaha', null],
    uraian: ['Kursi “ergonomis” – ruang rapat\r\nbaris dua', `Honor a.n. NIK ${NIK} bulan Mei`, SPACED_PLUS, '-2+3', '\tdaftar'],
    catatan: ['\r=1+1', 'biasa', 'a\nb', null, 'akhir\rtengah'],
    nilai: BigInt64Array.from([BEYOND_DOUBLE, -5n, 123_456_789_012_345_678n, 0n, -9_223_372_036_854_775_807n]),
    transaksi: BigInt64Array.from([1n, 2n, -3n, 40n, 5n]),
    porsi: Float64Array.from([0.25, -0.5, 0, 1, 0.1])
  });
}

const KEYS = ['penyedia', 'jenis_penyedia', 'uraian', 'catatan', 'nilai', 'transaksi', 'porsi'];

const OPTIONS: ArrowTableOptions = {
  name: 'transaksi',
  title: 'Transaksi',
  sql: 'SELECT penyedia, jenis_penyedia, uraian, catatan, nilai, transaksi, porsi FROM transaksi',
  mask: false
};

const PREAMBLE: SnapshotFact[] = [
  { label: 'Judul', value: 'Transaksi Kab. Banyumas' },
  { label: 'Filter', value: '  tahun=2025;\tprovinsi=33,35  ' },
  { label: 'SQL', value: 'SELECT penyedia,\n       nilai\r\nFROM   transaksi\n\tWHERE tahun = 2025\n' }
];

/** The file as text, and its CSV part (after the leading `"# …"` rows) parsed on its own. */
function readBack(bytes: Uint8Array): { text: string; comments: string[]; csv: CsvTable } {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const comments: string[] = [];
  let rest = text;
  while (rest.startsWith('"#')) {
    const end = rest.indexOf('\r\n');
    comments.push(rest.slice(0, end));
    rest = rest.slice(end + 2);
  }
  return { text, comments, csv: parseCsv(rest) };
}

// ---------------------------------------------------------------------------------------------

describe('snapshotTableOf', () => {
  it('keeps every row in order, exact integers as decimal text and fractions as numbers', () => {
    const arrow = vendorTable();
    const table = snapshotTableOf(arrow, OPTIONS);
    expect(table.name).toBe('transaksi');
    expect(table.title).toBe('Transaksi');
    expect(table.sql).toBe(OPTIONS.sql);
    expect(table.totalRows).toBe(arrow.numRows);
    expect(table.totalRows).toBe(5);
    expect(table.rows).toHaveLength(5);
    expect(table.columns.map((c) => c.key)).toEqual(KEYS);
    const nilai = table.rows.map((row) => row[4]);
    expect(nilai).toEqual(['9007199254740993', '-5', '123456789012345678', '0', '-9223372036854775807']);
    expect(table.rows.map((row) => row[5])).toEqual(['1', '2', '-3', '40', '5']);
    expect(table.rows.map((row) => row[6])).toEqual([0.25, -0.5, 0, 1, 0.1]);
    expect(table.rows[4]![1]).toBeNull();
    expect(table.rows[3]![3]).toBeNull();
    expect(table.rows[2]![0]).toBe(HYPERLINK);
  });

  it('infers kinds from the Arrow types and names, and lets explicit kinds and labels win', () => {
    const arrow = tableFromArrays({
      nilai_umk: BigInt64Array.from([1n]),
      penyedia_dihitung: BigInt64Array.from([1n]),
      tahun: Int32Array.from([2025]),
      porsi: Float64Array.from([0.5]),
      kode: ['33.25']
    });
    const inferred = snapshotTableOf(arrow, { ...OPTIONS, mask: false });
    expect(inferred.columns).toEqual([
      { key: 'nilai_umk', label: 'nilai_umk', kind: 'rupiah' },
      { key: 'penyedia_dihitung', label: 'penyedia_dihitung', kind: 'count' },
      // A year is a name, not a quantity: text, so a spreadsheet never shows "2.025".
      { key: 'tahun', label: 'tahun', kind: 'text' },
      { key: 'porsi', label: 'porsi', kind: 'fraction' },
      { key: 'kode', label: 'kode', kind: 'text' }
    ]);
    // An INTEGER (a JS number in Arrow) is decimal text like a BIGINT.
    expect(inferred.rows[0]).toEqual(['1', '1', '2025', 0.5, '33.25']);

    const given = snapshotTableOf(arrow, {
      ...OPTIONS,
      labels: { nilai_umk: 'Nilai UMK (Rp)', porsi: 'Porsi' },
      kinds: { nilai_umk: 'count', penyedia_dihitung: 'rupiah', porsi: 'text' }
    });
    expect(given.columns).toEqual([
      { key: 'nilai_umk', label: 'Nilai UMK (Rp)', kind: 'count' },
      { key: 'penyedia_dihitung', label: 'penyedia_dihitung', kind: 'rupiah' },
      { key: 'tahun', label: 'tahun', kind: 'text' },
      { key: 'porsi', label: 'Porsi', kind: 'text' },
      { key: 'kode', label: 'kode', kind: 'text' }
    ]);
  });

  it('with mask on hides an individual vendor and a NIK in free text, and leaves a company and the numbers alone', () => {
    const masked = snapshotTableOf(vendorTable(), { ...OPTIONS, mask: true });
    const plain = snapshotTableOf(vendorTable(), OPTIONS);
    // Row 2 says the vendor is a person: its name goes, and so does the NIK in its description.
    expect(masked.rows[1]![0]).toBe('[nama perorangan]');
    expect(masked.rows[1]![1]).toBe('perseorangan');
    expect(masked.rows[1]![2]).toBe('Honor a.n. NIK [NIK] bulan Mei');
    expect(JSON.stringify(masked.rows)).not.toContain(NIK);
    expect(JSON.stringify(masked.rows)).not.toContain('Budi Santoso');
    // A company keeps its name.
    expect(masked.rows[0]![0]).toBe('CV Maju Jaya, Tbk');
    expect(masked.rows[3]![0]).toBe('PT "Sinar" Abadi');
    // Everything else is the same as unmasked: amounts, counts, fractions, other text.
    const withoutRow2 = (t: SnapshotTable) => t.rows.filter((_, i) => i !== 1);
    expect(withoutRow2(masked)).toEqual(withoutRow2(plain));
    expect(masked.rows[1]!.slice(3)).toEqual(plain.rows[1]!.slice(3));
    expect(masked.totalRows).toBe(5);
  });

  it('with mask off changes nothing', () => {
    const plain = snapshotTableOf(vendorTable(), OPTIONS);
    expect(plain.rows[1]![0]).toBe('Budi Santoso');
    expect(plain.rows[1]![2]).toBe(`Honor a.n. NIK ${NIK} bulan Mei`);
    expect(plain.rows.map((row) => row[0])).toEqual(['CV Maju Jaya, Tbk', 'Budi Santoso', HYPERLINK, 'PT "Sinar" Abadi', '@SUM(1)']);
  });
});

describe('csvFile', () => {
  it('opens with one quoted "# label: value" row per fact, whitespace and SQL on one line, then the header of column keys', () => {
    const table = snapshotTableOf(vendorTable(), { ...OPTIONS, labels: { nilai: 'Nilai (Rp)', penyedia: 'Penyedia' } });
    const { text, comments, csv } = readBack(csvFile(table, PREAMBLE));
    expect(comments).toEqual([
      '"# Judul: Transaksi Kab. Banyumas"',
      '"# Filter: tahun=2025; provinsi=33,35"',
      '"# SQL: SELECT penyedia, nilai FROM transaksi WHERE tahun = 2025"'
    ]);
    // Each is one RFC 4180 field, so a reader that skips rows (not lines) skips exactly these.
    const asRows = parseCsv(comments.join('\r\n') + '\r\n');
    expect([asRows.header, ...asRows.rows].map((row) => row.length)).toEqual([1, 1, 1]);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(comments);
    expect(lines[3]).toBe(KEYS.join(','));
    expect(csv.header).toEqual(KEYS);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.startsWith('\uFEFF')).toBe(false);
    // No comment after the header: every other line that starts with # would be data.
    expect(csv.rows).toHaveLength(5);
  });

  it('writes the header right away when there is no preamble', () => {
    const table = snapshotTableOf(vendorTable(), OPTIONS);
    const text = new TextDecoder().decode(csvFile(table, []));
    expect(text.startsWith(`${KEYS.join(',')}\r\n`)).toBe(true);
  });

  it('writes integers beyond 2^53 digit for digit and negative numbers as numbers', () => {
    const table = snapshotTableOf(vendorTable(), OPTIONS);
    const { text, csv } = readBack(csvFile(table, PREAMBLE));
    const nilai = csv.col('nilai');
    expect(csv.rows.map((row) => row[nilai])).toEqual(['9007199254740993', '-5', '123456789012345678', '0', '-9223372036854775807']);
    expect(csv.rows.map((row) => row[csv.col('transaksi')])).toEqual(['1', '2', '-3', '40', '5']);
    expect(csv.rows.map((row) => row[csv.col('porsi')])).toEqual(['0.25', '-0.5', '0', '1', '0.1']);
    expect(text).toContain(',9007199254740993,');
    expect(text).not.toContain('9007199254740992');
    expect(text).not.toContain("'-5");
    expect(text).not.toContain("'-3");
    expect(text).not.toContain("'-0.5");
  });

  it('neutralises every text a spreadsheet would run, with a leading apostrophe', () => {
    const table = snapshotTableOf(vendorTable(), OPTIONS);
    const { csv } = readBack(csvFile(table, PREAMBLE));
    const cell = (row: number, key: string) => csv.rows[row]![csv.col(key)];
    expect(cell(2, 'penyedia')).toBe(`'${HYPERLINK}`);
    expect(cell(4, 'penyedia')).toBe("'@SUM(1)");
    expect(cell(2, 'uraian')).toBe(`'${SPACED_PLUS}`);
    expect(cell(3, 'uraian')).toBe("'-2+3");
    expect(cell(4, 'uraian')).toBe("'\tdaftar");
    expect(cell(0, 'catatan')).toBe("'\r=1+1");
    // Not at the start: nothing to run, nothing added.
    expect(cell(4, 'catatan')).toBe('akhir\rtengah');
    expect(cell(1, 'uraian')).toBe(`Honor a.n. NIK ${NIK} bulan Mei`);
  });

  it('neutralises text in a text column even when it looks like a number, but not a number in a numeric column', () => {
    const table: SnapshotTable = {
      name: 't', title: 't', sql: '', totalRows: 2,
      columns: [
        { key: 'kode', label: 'Kode', kind: 'text' },
        { key: 'nilai', label: 'Nilai', kind: 'rupiah' },
        { key: 'jumlah', label: 'Jumlah', kind: 'count' },
        { key: 'porsi', label: 'Porsi', kind: 'fraction' }
      ],
      rows: [
        ['-5', '-5', '-12', -0.25],
        ['+62812', '-2+3', '=1', '-1']
      ]
    };
    const { csv } = readBack(csvFile(table, []));
    expect(csv.rows).toEqual([
      ["'-5", '-5', '-12', '-0.25'],
      // A numeric column holding text that is not an integer is still text, so still neutralised.
      ["'+62812", "'-2+3", "'=1", "'-1"]
    ]);
  });

  it('quotes by RFC 4180 only what needs it: commas, quotes and line breaks', () => {
    const table = snapshotTableOf(vendorTable(), OPTIONS);
    const text = new TextDecoder().decode(csvFile(table, []));
    const [, first, second, budi, third] = text.split('\r\n');
    expect(first).toBe('"CV Maju Jaya, Tbk",badan_usaha,"Kursi “ergonomis” – ruang rapat');
    expect(second).toBe(`baris dua","'\r=1+1",9007199254740993,1,0.25`);
    expect(text).toContain(`"PT ""Sinar"" Abadi"`);
    expect(text).toContain(`"'=HYPERLINK(""http://x.example/?a=1"",""klik"")"`);
    expect(budi).toBe(`Budi Santoso,perseorangan,Honor a.n. NIK ${NIK} bulan Mei,biasa,-5,2,-0.5`);
    expect(third).toBe(`"'=HYPERLINK(""http://x.example/?a=1"",""klik"")",badan_usaha,'${SPACED_PLUS},"a\nb",123456789012345678,-3,0`);
  });

  it('reads back, by an independent RFC 4180 parser, to the same cells (the neutralised ones with their apostrophe)', () => {
    const table = snapshotTableOf(vendorTable(), OPTIONS);
    const { csv } = readBack(csvFile(table, PREAMBLE));
    const expected: (string | null)[][] = [
      ['CV Maju Jaya, Tbk', 'badan_usaha', 'Kursi “ergonomis” – ruang rapat\r\nbaris dua', "'\r=1+1", '9007199254740993', '1', '0.25'],
      ['Budi Santoso', 'perseorangan', `Honor a.n. NIK ${NIK} bulan Mei`, 'biasa', '-5', '2', '-0.5'],
      [`'${HYPERLINK}`, 'badan_usaha', `'${SPACED_PLUS}`, 'a\nb', '123456789012345678', '-3', '0'],
      ['PT "Sinar" Abadi', 'badan_usaha', "'-2+3", null, '0', '40', '1'],
      ["'@SUM(1)", null, "'\tdaftar", 'akhir\rtengah', '-9223372036854775807', '5', '0.1']
    ];
    expect(csv.rows).toEqual(expected);
    // Cell for cell against the snapshot: equal after removing the one added apostrophe.
    table.rows.forEach((row, r) => {
      row.forEach((value: SnapshotCell, c) => {
        const read = csv.rows[r]![c]!;
        if (value === null) expect(read).toBeNull();
        else expect(read === String(value) || read === `'${String(value)}`, `${r},${c}`).toBe(true);
      });
    });
  });

  it('writes the masked table when the snapshot was masked, and the names when it was not', () => {
    const masked = readBack(csvFile(snapshotTableOf(vendorTable(), { ...OPTIONS, mask: true }), PREAMBLE));
    expect(masked.text).not.toContain(NIK);
    expect(masked.text).not.toContain('Budi Santoso');
    expect(masked.csv.rows[1]!.slice(0, 3)).toEqual(['[nama perorangan]', 'perseorangan', 'Honor a.n. NIK [NIK] bulan Mei']);
    expect(masked.csv.rows[0]![0]).toBe('CV Maju Jaya, Tbk');
    expect(masked.csv.rows[1]![4]).toBe('-5');
    const plain = readBack(csvFile(snapshotTableOf(vendorTable(), OPTIONS), PREAMBLE));
    expect(plain.csv.rows[1]!.slice(0, 3)).toEqual(['Budi Santoso', 'perseorangan', `Honor a.n. NIK ${NIK} bulan Mei`]);
  });
});

describe('exportFileStem', () => {
  /** telisik-, words of [a-z0-9] joined by single dashes, -YYYY-MM-DD. */
  const SHAPE = /^telisik-[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}$/;

  it('makes a lower-case slug of the title, dated by the export', () => {
    expect(exportFileStem('Peringkat PDN', '2026-12-02T10:00:00.000Z')).toBe('telisik-peringkat-pdn-2026-12-02');
    expect(exportFileStem('  Rekonsiliasi RUP: Jawa Tengah (33) ', '2025-01-31T23:59:59.999Z')).toBe('telisik-rekonsiliasi-rup-jawa-tengah-33-2025-01-31');
  });

  it('takes the date from the ISO time as given', () => {
    expect(exportFileStem('Peta', '2026-02-01T06:30:00+07:00')).toBe('telisik-peta-2026-02-01');
    expect(exportFileStem('Peta', '2025-12-31T23:30:00.000Z')).toBe('telisik-peta-2025-12-31');
  });

  it('folds accents and replaces every unsafe character', () => {
    expect(exportFileStem('Rékapitulasi Pëmda Ñusa — Ürün', '2026-01-02T00:00:00Z')).toBe('telisik-rekapitulasi-pemda-nusa-urun-2026-01-02');
    expect(exportFileStem('a/b\\c:d*e?f"g<h>i|j%k#l.m', '2026-01-02T00:00:00Z')).toBe('telisik-a-b-c-d-e-f-g-h-i-j-k-l-m-2026-01-02');
    expect(exportFileStem('../../etc/passwd', '2026-01-02T00:00:00Z')).toBe('telisik-etc-passwd-2026-01-02');
    for (const title of ['Peringkat «PDN» 2025', 'Tab\tand\nnewline', '漢字 only', '💰 Nilai', 'ﬁle ligature']) {
      expect(exportFileStem(title, '2026-01-02T00:00:00Z'), title).toMatch(SHAPE);
    }
  });

  it('falls back to a generic name when nothing of the title is usable', () => {
    expect(exportFileStem('', '2026-01-02T00:00:00Z')).toBe('telisik-tampilan-2026-01-02');
    expect(exportFileStem('— / ¿ ? —', '2026-01-02T00:00:00Z')).toBe('telisik-tampilan-2026-01-02');
  });

  it('caps a long title at 60 characters of slug', () => {
    const stem = exportFileStem('Realisasi '.repeat(20), '2026-01-02T00:00:00Z');
    const slug = stem.slice('telisik-'.length, -'-2026-01-02'.length);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.startsWith('realisasi-realisasi')).toBe(true);
    expect(exportFileStem('x'.repeat(500), '2026-01-02T00:00:00Z')).toBe(`telisik-${'x'.repeat(60)}-2026-01-02`);
  });

  it('never leaves a dash at the end of a capped slug (no "--" before the date)', () => {
    // "kata " is five characters: cutting at 60 falls right after a separator.
    for (const title of ['Kata '.repeat(20), `${'a'.repeat(59)} bcd`]) {
      const stem = exportFileStem(title, '2026-01-02T00:00:00Z');
      expect(stem, title).toMatch(SHAPE);
      expect(stem, title).not.toContain('--');
    }
  });
});

describe('kpi change', () => {
  const kpi = (name: string): KpiDefinition => {
    const found = KPIS.find((k) => k.name === name);
    if (!found) throw new Error(`no KPI ${name}`);
    return found;
  };
  const row = (values: Partial<KpiRow>): KpiRow => ({
    realisasi: null, realisasi_berjalan: null, transaksi: 0n, nilai_umk: null, nilai_umk_tidak_diketahui: null,
    nilai_pdn: null, nilai_pdn_tidak_diketahui: null, nilai_epurchasing: null, penyedia: 0n, belanja_pengadaan: null,
    komitmen_pdn: null, rencana_ukm: null, paket_rup: null, ...values
  });
  const UMKK = kpi('umkk');
  const REALISASI = kpi('realisasi');
  const TRANSAKSI = kpi('transaksi');

  it('a share changes in percentage points, signed +, − or ±', () => {
    const before = row({ nilai_umk: 412n, realisasi: 1000n });
    const up = kpiChange(UMKK, row({ nilai_umk: 850n, realisasi: 2000n }), before);
    expect(up.kind).toBe('share');
    if (up.kind !== 'share') return;
    expect(up.previous).toBe(0.412);
    expect(up.delta).toBeCloseTo(0.013, 12);
    expect(previousText(up)).toBe('41,20%');
    expect(deltaText(up)).toBe('+1,30 poin');
    expect(changeLine(up)).toBe('Pembanding: 41,20% (+1,30 poin)');

    const down = kpiChange(UMKK, row({ nilai_umk: 400n, realisasi: 1000n }), before);
    expect(deltaText(down)).toBe('−1,20 poin');
    expect(changeLine(down)).toBe('Pembanding: 41,20% (−1,20 poin)');

    const same = kpiChange(UMKK, row({ nilai_umk: 824n, realisasi: 2000n }), before);
    expect(same).toEqual({ kind: 'share', previous: 0.412, delta: 0 });
    expect(deltaText(same)).toBe('±0,00 poin');

    // 12.5 points: two decimals, Indonesian comma, U+2212 minus (not a hyphen).
    const big = kpiChange(UMKK, row({ nilai_umk: 300n, realisasi: 1000n }), row({ nilai_umk: 425n, realisasi: 1000n }));
    expect(deltaText(big)).toBe('\u221212,50 poin');
  });

  it('a share not computable at the comparison date shows no change', () => {
    const now = row({ nilai_umk: 425n, realisasi: 1000n });
    for (const before of [row({ nilai_umk: 10n, realisasi: null }), row({ nilai_umk: 0n, realisasi: 0n })]) {
      const change = kpiChange(UMKK, now, before);
      expect(change).toEqual({ kind: 'share', previous: null, delta: null });
      expect(previousText(change)).toBe('–');
      expect(deltaText(change)).toBeNull();
      expect(changeLine(change)).toBe('Pembanding: –');
    }
    // Computable then but not now: the previous value without a change.
    const gone = kpiChange(UMKK, row({ realisasi: 0n }), row({ nilai_umk: 412n, realisasi: 1000n }));
    expect(gone).toEqual({ kind: 'share', previous: 0.412, delta: null });
    expect(changeLine(gone)).toBe('Pembanding: 41,20%');
  });

  it('a rupiah figure changes in exact rupiah, shown short', () => {
    const up = kpiChange(REALISASI, row({ realisasi: 5_500_000_000n }), row({ realisasi: 2_500_000_000n }));
    expect(up).toEqual({ kind: 'rupiah', previous: 2_500_000_000n, delta: 3_000_000_000n });
    expect(previousText(up)).toBe('Rp 2,5 miliar');
    expect(deltaText(up)).toBe('+Rp 3 miliar');
    expect(changeLine(up)).toBe('Pembanding: Rp 2,5 miliar (+Rp 3 miliar)');

    const down = kpiChange(REALISASI, row({ realisasi: 1_000_000_000n }), row({ realisasi: 2_500_000_000n }));
    expect(down).toEqual({ kind: 'rupiah', previous: 2_500_000_000n, delta: -1_500_000_000n });
    expect(deltaText(down)).toBe('−Rp 1,5 miliar');

    // Nothing realised then (null) counts as 0.
    const fresh = kpiChange(REALISASI, row({ realisasi: 750_000n }), row({ realisasi: null }));
    expect(fresh).toEqual({ kind: 'rupiah', previous: 0n, delta: 750_000n });
    expect(changeLine(fresh)).toBe('Pembanding: Rp 0 (+Rp 750 ribu)');

    // Beyond 2^53 the difference is still exact (as doubles these two differ by 4, not 2).
    const exact = kpiChange(REALISASI, row({ realisasi: BEYOND_DOUBLE + 2n }), row({ realisasi: BEYOND_DOUBLE }));
    expect(exact).toEqual({ kind: 'rupiah', previous: BEYOND_DOUBLE, delta: 2n });
    expect(deltaText(exact)).toBe('+Rp 2');
  });

  it('a count changes in units with Indonesian grouping', () => {
    const up = kpiChange(TRANSAKSI, row({ transaksi: 2468n }), row({ transaksi: 1234n }));
    expect(up).toEqual({ kind: 'count', previous: 1234n, delta: 1234n });
    expect(previousText(up)).toBe('1.234');
    expect(deltaText(up)).toBe('+1.234');
    expect(changeLine(up)).toBe('Pembanding: 1.234 (+1.234)');
    const down = kpiChange(TRANSAKSI, row({ transaksi: 1_000_000n }), row({ transaksi: 1_000_001n }));
    expect(deltaText(down)).toBe('−1');
    expect(changeLine(down)).toBe('Pembanding: 1.000.001 (−1)');
    const same = kpiChange(TRANSAKSI, row({ transaksi: 7n }), row({ transaksi: 7n }));
    expect(deltaText(same)).toBe('±0');
  });
});

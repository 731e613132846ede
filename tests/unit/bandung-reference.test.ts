/**
 * Checks the independent Bandung reference (tests/reference/bandung-ledger.ts) against the
 * figures issue 6 and PROVENANCE.md state for the real files, so the browser test that
 * compares the app with it compares against something verified. Skipped without ../shared.
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_BANDUNG,
  bandungFile,
  bandungLedger,
  exactColumnSum,
  hasSharedIsb,
  readRows,
  type BandungFileId
} from '../reference/bandung-ledger';
import { csvRecords } from '../reference/real-files/csv-text';
import { JsonNumber, parseExactJson } from '../reference/real-files/exact-json';
import { wholeRupiah } from '../reference/real-files/rupiah';

const ledgerOf = (...ids: BandungFileId[]) => bandungLedger(ids.map(bandungFile));

describe('reference readers', () => {
  it('keeps every digit of a JSON number and reads RFC 4180 quoting', () => {
    const parsed = parseExactJson('[{"a": 123456789012345678, "b": 198350202.92, "c": "x\\"y", "d": null}]');
    expect(parsed).toEqual([{ a: new JsonNumber('123456789012345678'), b: new JsonNumber('198350202.92'), c: 'x"y', d: null }]);
    expect(csvRecords('\ufeffa,b\r\n"1,5","say ""hi"""\r\n')).toEqual([{ a: '1,5', b: 'say "hi"' }]);
  });

  it('rounds sen half up to whole rupiah', () => {
    expect(wholeRupiah('160353652.5')).toBe(160353653n);
    expect(wholeRupiah('198350202.49')).toBe(198350202n);
    expect(wholeRupiah('35975100')).toBe(35975100n);
  });
});

describe.skipIf(!hasSharedIsb())('reference ledger of Kab. Bandung 2025 (real ISB files)', () => {
  it('reads the files exactly: the golden column totals of PROVENANCE.md', () => {
    const selesai = bandungFile('nonTenderSelesai').path;
    expect(readRows(selesai)).toHaveLength(2130);
    expect(exactColumnSum(selesai, 'nilai_kontrak')).toBe(11442151764917n);
    expect(exactColumnSum(selesai, 'nilai_pdn_kontrak')).toBe(9127901662295n);
    expect(exactColumnSum(selesai, 'nilai_umk_kontrak')).toBe(11432195619917n);
    expect(exactColumnSum(bandungFile('tender').path, 'nilai_kontrak')).toBe(12107274549255n);
    expect(exactColumnSum(bandungFile('pencatatan').path, 'total_realisasi', 0)).toBe(16575636259n);
    expect(exactColumnSum(bandungFile('ekatalogV6').path, 'total_harga', 0)).toBe(189677834789n);
    expect(exactColumnSum(bandungFile('strukturAnggaran').path, 'belanja_pengadaan', 0)).toBe(2469450268019n);
  });

  it('e-katalog v6: all 606 orders count, Rp189.677.834.789, most still in progress', () => {
    const f = ledgerOf('ekatalogV6');
    expect([f.counted, f.excluded, f.realisasi]).toEqual([606, 0, 189677834789n]);
    expect(f.berjalan).toEqual({ transaksi: 236, rupiah: 89160169680n });
    // v6 reports no UMK/PDN figure: the whole value has an unknown basis.
    expect(f.umk).toEqual({ numerator: 0n, unknown: 189677834789n });
    expect(f.epurchasing).toBe(189677834789n);
  });

  it('pencatatan: 395 packages, Rp15.938.368.314; 23 cancelled and 10 without a value excluded', () => {
    const f = ledgerOf('pencatatan');
    expect([f.counted, f.realisasi]).toEqual([395, 15938368314n]);
    expect(f.excludedBy).toEqual({ dibatalkan: 23, gagal: 0, tanpa_nilai: 10 });
    expect(f.umk).toEqual({ numerator: 4432328966n, unknown: 0n });
  });

  it('toko daring: both orders failed, nothing counts', () => {
    const f = ledgerOf('tokoDaring');
    expect([f.counted, f.realisasi, f.excludedBy.gagal]).toEqual([0, 0n, 2]);
  });

  it('tender: the PDAM (a BUMD) is not the pemda; 8 tenders have no contract value yet', () => {
    const f = ledgerOf('tender');
    expect(f.perDataset['SPSE-TenderSelesaiNilai']!.skipped).toHaveLength(1);
    expect([f.counted, f.excludedBy.tanpa_nilai, f.realisasi]).toEqual([69, 8, 117227670193n]);
    // 17 contracts report no nilai_umk_kontrak: unknown, not zero.
    expect(f.umk).toEqual({ numerator: 97762898867n, unknown: 19464771326n });
  });

  it('NonTenderSelesai + NonTenderEkontrak-Kontrak share 1,029 packages, one value conflict (0 vs Rp49.650.300), in either order', () => {
    for (const order of [['nonTenderSelesai', 'nonTenderEkontrak'], ['nonTenderEkontrak', 'nonTenderSelesai']] as const) {
      const f = ledgerOf(...order);
      expect([f.counted, f.merged, f.conflicts, f.excluded, f.realisasi]).toEqual([1153, 1029, 1, 980, 114804275179n]);
      expect(f.conflictList).toEqual([
        {
          transaksiId: 'spse-nontender:10350147000',
          nilaiMin: 0n,
          nilaiMaks: 49650300n,
          datasets: ['SPSE-NonTenderEkontrak-Kontrak', 'SPSE-NonTenderSelesai']
        }
      ]);
      // e-kontrak keeps one row per package (1,047 rows, 1,032 packages): its value wins.
      expect(f.perDataset['SPSE-NonTenderEkontrak-Kontrak']!.roles).toEqual({ dihitung: 1032, digabung: 0, dikecualikan: 0, diganti: 0 });
      expect(f.perDataset['SPSE-NonTenderSelesai']!.roles).toEqual({ dihitung: 121, digabung: 1029, dikecualikan: 980, diganti: 0 });
    }
  });

  it('every realisation and budget file together: each transaction once', () => {
    const f = ledgerOf(...ALL_BANDUNG);
    expect([f.counted, f.merged, f.conflicts, f.excluded]).toEqual([2223, 1029, 1, 1023]);
    expect(f.excludedBy).toEqual({ dibatalkan: 23, gagal: 2, tanpa_nilai: 998 });
    expect(f.transaksi).toBe(2223);
    expect(f.realisasi).toBe(437648148475n);
    // The "≈ Rp441.5 miliar" also held the PDAM's tender (Rp3.845.075.298), a BUMD.
    expect(Number(f.realisasi + 3845075298n) / 1e9).toBeCloseTo(441.5, 1);
    expect(f.umk).toEqual({ numerator: 216899941562n, unknown: 209142606115n });
    expect(f.pdn).toEqual({ numerator: 193859693947n, unknown: 209142606115n });
    expect(f.epurchasing).toBe(189677834789n);
    expect(f.belanja).toBe(2469450268019n);
    // The sum of the parts: no dataset's figure changes by being loaded with the others,
    // except the non-tender pair, which is counted once.
    const parts = (['tender', 'pencatatan', 'ekatalogV6', 'tokoDaring'] as const).map((id) => ledgerOf(id).realisasi);
    const pair = ledgerOf('nonTenderSelesai', 'nonTenderEkontrak').realisasi;
    expect(parts.reduce((a, b) => a + b, pair)).toBe(f.realisasi);
  });

  it('a second pull of the same dataset replaces the first, whatever its format', () => {
    const v6 = bandungFile('ekatalogV6');
    const f = bandungLedger([v6, { ...v6, pullTime: Date.now() }]);
    expect([f.counted, f.merged, f.realisasi]).toEqual([606, 606, 189677834789n]);
    expect(f.perDataset['Ecat-PaketEPurchasingV6']!.roles.diganti).toBe(606);
  });
});

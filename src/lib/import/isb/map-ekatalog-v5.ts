/**
 * e-katalog v5 (Ecat-PaketEPurchasing): one row per package × product line. A transaksi is
 * the package: Σ total_harga of its lines, summed exactly and rounded once, dated by the
 * package's creation. The same product line twice is a duplicate (the later one is kept).
 */

import { addDecimals, type ExactDecimal } from '../values';
import { BuyerResolver } from './buyer';
import type { Cells } from './cells';
import { eachRow, kdRupOf, requiredDate, requiredDecimal, requiredId, tahunOf, uraianOf } from './fields';
import { useKategori } from './kategori';
import type { MappingState } from './mapping-state';
import { usePenyedia } from './penyedia';
import { addTransaksi, UNKNOWN_FIGURE } from './transaksi';
import type { MappingContext, TransaksiStatus } from './types';

interface Package {
  /** Row index and line of the package's latest line: its shared fields are read there. */
  row: number;
  line: number;
  lines: Map<string, { line: number; total: ExactDecimal; komoditas: string | null }>;
}

/** paket_status_str ('Paket Proses', 'Paket Selesai', …) or status_paket. */
export function v5Status(text: string | null): TransaksiStatus {
  const t = (text ?? '').toLowerCase();
  if (t.includes('batal')) return 'dibatalkan';
  if (/gagal|tolak/.test(t)) return 'gagal';
  if (t.includes('selesai')) return 'selesai';
  return 'berjalan';
}

/** Ecat-KomoditasDetail's jenis_katalog, when every line of the package has the same one. */
function channelOf(jenis: ReadonlySet<string | undefined>): string {
  if (jenis.size !== 1) return 'katalog';
  const only = [...jenis][0]?.toLowerCase();
  return only === 'nasional' || only === 'sektoral' || only === 'lokal' ? `katalog_${only}` : 'katalog';
}

export function mapEkatalogV5(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const packages = new Map<string, Package>();
  eachRow(cells, state, (r, line) => {
    const key = requiredId(cells, state, r, 'kd_paket');
    if (key === null) return;
    const total = requiredDecimal(cells, state, r, 'total_harga');
    if (total === null) return;
    const pkg = packages.get(key) ?? { row: r, line, lines: new Map() };
    const product = cells.text(r, 'kd_produk') ?? `baris ${line}`;
    const old = pkg.lines.get(product);
    if (old !== undefined) {
      state.notice('duplicate-row', `Produk ${product} paket ${key} muncul dua kali; baris ${old.line} diabaikan.`, old.line);
    }
    pkg.lines.set(product, { line, total, komoditas: cells.text(r, 'kd_komoditas') });
    pkg.row = r;
    pkg.line = line;
    packages.set(key, pkg);
  });

  const buyers = new BuyerResolver(ctx, state, cells);
  for (const [key, pkg] of packages) {
    const { row: r, line } = pkg;
    // A package that cannot be loaded takes all its lines with it, each with the reason.
    const rejectRest = () => {
      const reason = state.lastRejection();
      for (const l of pkg.lines.values()) if (l.line !== line) state.reject(l.line, `${reason} (paket ${key})`);
    };
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) { rejectRest(); continue; }
    const tanggal = requiredDate(cells, state, r, ['tanggal_buat_paket', 'tanggal_edit_paket']);
    if (tanggal === null) { rejectRest(); continue; }
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) { rejectRest(); continue; }
    let sum: ExactDecimal = { units: 0n, scale: 0 };
    for (const l of pkg.lines.values()) sum = addDecimals(sum, l.total);
    const jenis = new Set([...pkg.lines.values()].map((l) => (l.komoditas === null ? undefined : ctx.komoditas?.get(l.komoditas))));
    const kdPenyedia = cells.text(r, 'kd_penyedia');
    addTransaksi(
      state,
      {
        dataset: 'Ecat-PaketEPurchasing', prioritas: 1, source: 'ekatalog-v5', key, sourceSystem: 'ekatalog', channel: channelOf(jenis), channelGroup: 'e_purchasing',
        tahun, tanggal, buyer,
        kdRup: kdRupOf(cells, r, 'kd_rup'),
        uraian: uraianOf(cells, r, ['nama_paket'], `Paket e-katalog ${key}`),
        kategoriId: useKategori(state, null),
        penyediaId: usePenyedia(state, kdPenyedia === null ? null : { id: `ekatalog:${kdPenyedia}`, nama: null }),
        nilai: state.rupiah(sum),
        pdn: UNKNOWN_FIGURE,
        umk: UNKNOWN_FIGURE,
        status: v5Status(cells.text(r, 'paket_status_str') ?? cells.text(r, 'status_paket'))
      },
      line
    );
  }
  if (packages.size > 0) {
    state.notice('basis-unknown', 'e-Katalog v5 tidak mencantumkan nilai UMK/PDN: nilai UMK dan PDN dicatat 0 berdasar "tidak diketahui".');
  }
}

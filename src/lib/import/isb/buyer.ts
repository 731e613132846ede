/**
 * Who bought: the pemda (a Kemendagri code found from LKPP's name for it) and its satker
 * (joined across systems on kd_satker_str, the SIPD code, never on LKPP's numeric kd_satker).
 * Emits the pemda and satker reference rows as it resolves them.
 */

import { pemdaName } from '../regions/region-list';
import type { RegionMatch } from '../regions/match-region';
import type { Cells } from './cells';
import type { MappingState } from './mapping-state';
import type { MappingContext } from './types';

export interface Buyer {
  kodeWilayah: string;
  kodeProvinsi: string;
  satkerId: string;
}

// A SIPD code: '1.03.2.15.1.04.03.0000'. SPSE-TenderSelesaiNilai puts it in kd_satker.
const SIPD_CODE = /^\d+(\.\d+){3,}$/;
const JENIS_WORD: Readonly<Record<string, string>> = { KABUPATEN: 'Kabupaten', KOTA: 'Kota', PROVINSI: 'Provinsi' };

export class BuyerResolver {
  private readonly pemdaCache = new Map<string, RegionMatch | null>();

  constructor(
    private readonly ctx: MappingContext,
    private readonly state: MappingState,
    private readonly cells: Cells
  ) {}

  /**
   * The buyer of row `r`, or null after rejecting the row. `nameColumns` are tried in
   * order (nama_klpd, nama_instansi); jenis_klpd completes a bare name, and kd_klpd is
   * looked up in the context when the file has no name at all (e-katalog v5).
   */
  resolve(r: number, nameColumns: readonly string[]): Buyer | null {
    const line = this.cells.line(r);
    const region = this.pemda(r, nameColumns);
    if (region === null) return null;
    const kodeProvinsi = region.kode.slice(0, 2);
    this.state.putReference('pemda', region.kode, {
      kode_wilayah: region.kode,
      kode_provinsi: kodeProvinsi,
      nama_pemda: pemdaName(region),
      jenis: region.jenis
    });
    return { kodeWilayah: region.kode, kodeProvinsi, satkerId: this.satker(r, region.kode, line) };
  }

  private pemda(r: number, nameColumns: readonly string[]): RegionMatch | null {
    const line = this.cells.line(r);
    const named = this.cells.first(r, nameColumns);
    const kdKlpd = this.cells.text(r, 'kd_klpd');
    const jenis = this.cells.text(r, 'jenis_klpd') ?? this.cells.text(r, 'jenis_instansi');
    const province = this.cells.text(r, 'provinsi');
    const key = `${named?.text ?? ''}|${jenis ?? ''}|${province ?? ''}|${kdKlpd ?? ''}`;
    if (!this.pemdaCache.has(key)) this.pemdaCache.set(key, this.match(named?.text ?? null, jenis, province, kdKlpd));
    const found = this.pemdaCache.get(key) ?? null;
    if (found === null) {
      const shown = named?.text ?? (kdKlpd ? `kd_klpd ${kdKlpd}` : '(kosong)');
      // A KLPD of another kind (BUMD such as a PDAM, a ministry) is not a pemda's own spending.
      const other = jenis !== null && JENIS_WORD[jenis.toUpperCase()] === undefined;
      const reason = other
        ? `KLPD "${shown}" berjenis ${jenis}, bukan pemerintah daerah.`
        : `Pemda "${shown}" tidak dapat dicocokkan dengan kode wilayah Kemendagri.`;
      this.state.reject(line, reason);
      this.state.noticeOnce(`region:${key}`, 'region-unmatched', `${reason} Barisnya tidak dimuat.`, line);
    }
    return found;
  }

  private match(name: string | null, jenis: string | null, province: string | null, kdKlpd: string | null): RegionMatch | null {
    const regions = this.ctx.regions;
    if (jenis !== null && JENIS_WORD[jenis.toUpperCase()] === undefined) return null;
    const provinceCode = province ? regions.matchProvince(province)?.kode : undefined;
    const hint = provinceCode ? { provinceCode } : undefined;
    if (name !== null) {
      const direct = regions.matchPemda(name, hint);
      if (direct) return direct;
      const word = jenis ? JENIS_WORD[jenis.toUpperCase()] : undefined;
      if (word) return regions.matchPemda(`${word} ${name}`, hint);
      return null;
    }
    // e-katalog v5 names no pemda: its kd_klpd is looked up among names learnt from other files.
    const learnt = kdKlpd ? this.ctx.klpdNames?.get(kdKlpd) : undefined;
    return learnt ? regions.matchPemda(learnt, hint) : null;
  }

  /** satker_id = kode_wilayah:kd_satker_str; an id without a SIPD code is kept but flagged. */
  private satker(r: number, kodeWilayah: string, line: number): string {
    const nama = this.cells.text(r, 'nama_satker');
    let code = this.cells.text(r, 'kd_satker_str');
    const lkppId = this.cells.text(r, 'kd_satker') ?? this.cells.text(r, 'satker_id');
    if (code === null && lkppId !== null) code = SIPD_CODE.test(lkppId) ? lkppId : (this.ctx.satkerCodes?.get(lkppId) ?? null);
    if (code === null) {
      // No SIPD code: keep LKPP's id so the rows stay together, marked so it never joins by accident.
      code = lkppId === null ? 'tidak-diketahui' : `lkpp-${lkppId}`;
      this.state.noticeOnce(
        `satker:${kodeWilayah}:${code}`,
        'satker-unmatched',
        lkppId === null
          ? 'Baris tanpa kode satker; satkernya dicatat sebagai "tidak diketahui".'
          : `Satker LKPP ${lkppId}${nama ? ` (${nama})` : ''} tidak punya kode SIPD (kd_satker_str) di berkas ini; ` +
              'impor juga RUP-MasterSatker pemda yang sama agar satker ini bisa digabung dengan sistem lain.',
        line
      );
    }
    const satkerId = `${kodeWilayah}:${code}`;
    const known = this.state.reference('satker', satkerId);
    if (known === undefined) {
      this.state.putReference('satker', satkerId, {
        satker_id: satkerId,
        kode_wilayah: kodeWilayah,
        kd_satker_str: code,
        nama_satker: nama ?? `Satker ${code}`
      });
    } else if (nama !== null && known.nama_satker === `Satker ${code}`) {
      known.nama_satker = nama; // the first row had no name (e-katalog v5 leaves it empty)
    }
    return satkerId;
  }
}

/**
 * Who bought, for a hand-mapped file: the pemda from a Kemendagri code ('33.22', '33') or
 * a name ('Kab. Semarang'), and its satker. satker_id follows the ISB mappers:
 * `${kode_wilayah}:${kd_satker_str}` with the SIPD code, so rows of this file join the
 * ISB files' satker. A satker known only by name gets a marked code ('nama:…') that never
 * joins a SIPD code by accident.
 */

import type { MappingState } from '../isb/mapping-state';
import { pemdaName, type RegionJenis } from '../regions/region-list';
import type { ManualContext } from './types';

export interface Region {
  kode: string;
  nama: string;
  jenis: RegionJenis;
}

const KEMENDAGRI_CODE = /^\d{2}(\.\d{2})?$/;
// The same shape as the ISB mappers' test: '1.03.2.15.1.04.03.0000'.
const SIPD_CODE = /^\d+(\.\d+){3,}$/;

export class ManualBuyers {
  private readonly regions = new Map<string, Region | null>();
  private readonly namedOnly = new Set<string>();

  constructor(
    private readonly ctx: ManualContext,
    private readonly state: MappingState
  ) {}

  /** The pemda (its reference row emitted), or null after rejecting the row. */
  pemda(text: string | null, line: number, where: string): Region | null {
    if (text === null) {
      this.state.reject(line, `${where} kosong.`);
      return null;
    }
    if (!this.regions.has(text)) this.regions.set(text, this.find(text));
    const region = this.regions.get(text) ?? null;
    if (region === null) {
      const reason = KEMENDAGRI_CODE.test(text)
        ? `${where}: kode wilayah "${text}" tidak ada dalam daftar wilayah Kemendagri.`
        : `${where}: pemda "${text}" tidak dapat dicocokkan dengan wilayah Kemendagri ` +
          `(tulis lengkap, mis. "Kab. Semarang" atau "Kota Semarang", atau kodenya, mis. "33.22").`;
      this.state.reject(line, reason);
      this.state.noticeOnce(`region:${text}`, 'region-unmatched', `${reason} Barisnya tidak dimuat.`, line);
      return null;
    }
    this.state.putReference('pemda', region.kode, {
      kode_wilayah: region.kode,
      kode_provinsi: region.kode.slice(0, 2),
      nama_pemda: pemdaName(region),
      jenis: region.jenis
    });
    return region;
  }

  private find(text: string): Region | null {
    if (!KEMENDAGRI_CODE.test(text)) return this.ctx.regions.matchPemda(text);
    const ref = this.ctx.regionList?.find((r) => r.kode === text);
    return ref ? { kode: ref.kode, nama: ref.nama, jenis: ref.jenis } : null;
  }

  /** satker_id for the row; the satker row is emitted on first use. */
  satker(kodeWilayah: string, text: string | null, line: number): string {
    let code: string;
    let nama: string;
    if (text === null) {
      code = 'tidak-diketahui';
      nama = 'Satker tidak diketahui';
      this.state.noticeOnce(
        `satker:${kodeWilayah}:${code}`,
        'satker-unmatched',
        'Baris tanpa satker; satkernya dicatat sebagai "tidak diketahui".',
        line
      );
    } else if (SIPD_CODE.test(text)) {
      code = text;
      nama = `Satker ${text}`;
    } else {
      nama = text.replace(/\s+/g, ' ');
      code = `nama:${nama.toUpperCase()}`;
      this.namedOnly.add(`${kodeWilayah}:${code}`);
    }
    const satkerId = `${kodeWilayah}:${code}`;
    this.state.putReference('satker', satkerId, { satker_id: satkerId, kode_wilayah: kodeWilayah, kd_satker_str: code, nama_satker: nama });
    return satkerId;
  }

  /** One notice for all satker known only by name (a recap lists dozens). */
  finish(): void {
    if (this.namedOnly.size === 0) return;
    this.state.notice(
      'satker-unmatched',
      `${this.namedOnly.size.toLocaleString('id-ID')} satker hanya bernama, tanpa kode SIPD (kd_satker_str); ` +
        'angkanya tidak tergabung dengan satker yang sama dari berkas ISB.'
    );
  }
}

/**
 * Lookups one file lends to another: a toko daring or e-katalog v5 file names its satker only
 * by LKPP's numeric id and (v5) its pemda only by kd_klpd, while RUP, StrukturAnggaranPD and
 * MasterSatker files of the same pemda carry both the id and the SIPD code / the name. The
 * pipeline can learn from every file of an import before mapping any of them.
 */

import type { RawTable } from '../raw-table';
import { Cells } from './cells';
import type { MappingContext } from './types';

const SIPD_CODE = /^\d+(\.\d+){3,}$/;

export type LearntLookups = Required<Pick<MappingContext, 'satkerCodes' | 'klpdNames' | 'komoditas'>>;

export function learnLookups(tables: readonly RawTable[]): LearntLookups {
  const satkerCodes = new Map<string, string>();
  const klpdNames = new Map<string, string>();
  const komoditas = new Map<string, string>();
  for (const raw of tables) {
    const cells = new Cells(raw);
    for (let r = 0; r < cells.rowCount; r++) {
      const kdSatker = cells.text(r, 'kd_satker');
      const sipd = cells.text(r, 'kd_satker_str');
      if (kdSatker !== null && sipd !== null && !SIPD_CODE.test(kdSatker)) satkerCodes.set(kdSatker, sipd);
      const kdKlpd = cells.text(r, 'kd_klpd');
      const nama = cells.text(r, 'nama_klpd') ?? cells.text(r, 'nama_instansi');
      if (kdKlpd !== null && nama !== null) klpdNames.set(kdKlpd, nama);
      const kdKomoditas = cells.text(r, 'kd_komoditas');
      const jenis = cells.text(r, 'jenis_katalog');
      if (kdKomoditas !== null && jenis !== null) komoditas.set(kdKomoditas, jenis);
    }
  }
  return { satkerCodes, klpdNames, komoditas };
}

/**
 * One recognised ISB dataset → canonical rows. Plan (SiRUP) and realisation (SPSE,
 * e-katalog, toko daring) map to different tables; masters add nothing.
 */

import type { RawTable } from '../raw-table';
import { Cells } from './cells';
import { ISB_DATASETS, MASTER_DATASETS } from './datasets';
import { mapEkatalogV5 } from './map-ekatalog-v5';
import { mapEkatalogV6, mapTokoDaring } from './map-ekatalog';
import { mapPencatatan } from './map-pencatatan';
import { mapMasterSatker, mapRupPaket, mapStrukturAnggaran } from './map-rup';
import { mapSpseContracts, SPSE_CONTRACT_DATASETS } from './map-spse';
import { MappingState } from './mapping-state';
import type { MappedTables, MappingContext } from './types';

type Mapper = (cells: Cells, state: MappingState, ctx: MappingContext) => void;

const MAPPERS: Readonly<Record<string, Mapper>> = {
  'RUP-PaketPenyedia-Terumumkan': mapRupPaket,
  'RUP-StrukturAnggaranPD': mapStrukturAnggaran,
  'RUP-MasterSatker': mapMasterSatker,
  'Ecat-PaketEPurchasing': mapEkatalogV5,
  'Ecat-PaketEPurchasingV6': mapEkatalogV6,
  'Bela-TokoDaringRealisasi': mapTokoDaring,
  'SPSE-PencatatanNonTender': mapPencatatan
};

export function mapDataset(id: string, raw: RawTable, ctx: MappingContext): MappedTables {
  if (!ISB_DATASETS.some((d) => d.id === id)) throw new Error(`Dataset ISB tidak dikenal: ${id}`);
  const state = new MappingState();
  const cells = new Cells(raw);
  if (SPSE_CONTRACT_DATASETS.has(id)) mapSpseContracts(id, cells, state, ctx);
  else if (!MASTER_DATASETS.has(id)) MAPPERS[id]!(cells, state, ctx);
  return state.finish();
}

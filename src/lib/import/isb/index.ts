/** LKPP ISB datasets: recognition by header and mapping into the canonical tables. */
export { ISB_DATASETS, MASTER_DATASETS, recogniseDataset, type IsbDataset } from './datasets';
export { mapDataset } from './map-dataset';
export { learnLookups, type LearntLookups } from './context';
export { bentukUsahaOf, type BentukUsaha } from './penyedia';
export { kategoriOf } from './kategori';
export { spseStatus } from './map-spse';
export type { Basis, CanonicalTable, MappedTables, MappingContext, NoticeCode, Row, TransaksiStatus } from './types';

/** INAPROC API Gateway files: recognition by key set, ISB-form normalisation, cursor pages. */
export { INAPROC_DATASETS, recogniseInaproc } from './recognise';
export { mapInaproc, noRowsMessage, reportDataset } from './map-inaproc';
export { toIsbTable, type IsbShaped } from './to-isb';
export { readEnvelope, type Envelope, type PageMeta } from './envelope';
export type { InaprocDataset } from './types';

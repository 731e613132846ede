/** The shape of one INAPROC API Gateway endpoint as the importer knows it. */

export interface InaprocDataset {
  /** The endpoint's path after /v1 (or /legacy): 'tender/tender-selesai-nilai'. */
  id: string;
  /** Shown in the report: 'v1 tender-selesai-nilai'. */
  label: string;
  /**
   * The ISB dataset it stands for. For a mapped endpoint this is the id its rows are mapped
   * (and stored as sumber_data) with, so an ISB file and an INAPROC file of the same
   * transactions give the same canonical rows.
   */
  isb: string | null;
  /** Whether its rows go through the ISB mapper; false: recognised, tells the user, adds nothing. */
  mapped: boolean;
  /** Keys (after normaliseColumn) every saved record of the endpoint has. */
  required: readonly string[];
  /** Keys only INAPROC has (e.g. psr_id, kontrak_id): at least one must be present ... */
  markers: readonly string[];
  /** ... unless the endpoint may be recognised without one because no `forbidden` key is there. */
  markerless: boolean;
  /** Keys only the ISB form (or a sibling endpoint) has: their presence rules the endpoint out. */
  forbidden: readonly string[];
  /**
   * The record has no keys beyond `required` and `markers`: for an endpoint whose keys are
   * only the context columns every other record also carries (ekatalog-archive/instansi-satker).
   */
  closed?: boolean;
  /** Not an endpoint's records but the description a download tool saved beside them. */
  sidecar?: boolean;
  /** INAPROC key → ISB key, for fields that were renamed. */
  rename?: Readonly<Record<string, string>>;
}

/** Helper for the catalogues: a space-separated list of keys. */
export const keys = (text: string): readonly string[] => text.split(/\s+/).filter((k) => k !== '');

/** What a per-row hook returns: cells for the columns it adds, or why the row is not loaded. */
export type AdaptedRow = { cells: readonly (string | null)[] } | { reject: string };

/** A per-endpoint hook for what a rename cannot do (a new vocabulary, a nested list). */
export interface RowAdapter {
  /** ISB columns the hook adds, in the order of `cells`. */
  adds: readonly string[];
  /** `get` reads the row's already normalised cell by INAPROC key. */
  adapt(get: (key: string) => string | null): AdaptedRow;
  /** Findings over the whole file (e.g. statuses it did not know). */
  notices(): { code: string; message: string }[];
}

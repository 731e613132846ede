/**
 * What the dashboard's SQL sees. The sample database is attached read-only as `telisik`;
 * every imported dataset lives in its own in-memory schema `ds_<id>`, and the ledger of all
 * of them (src/lib/ledger) in a schema `memory.buku_<n>` of its own build. The unqualified names the queries use
 * (fakta_realisasi, pemda, …) are views in the in-memory catalog that combine the sample
 * (when shown) with the user's data, so no query changes when data is added or removed.
 */

import { SUMMARY_TABLES } from '../src/lib/ledger/ledger-summary-sql';

export const SAMPLE_CATALOG = 'telisik';

/** Describe the world, not the data: always taken from the sample database. */
const REFERENCE_TABLES = ['wilayah', 'pemda', 'target'];

/** Source records: from the sample when it is shown, and from every dataset that has them. */
const OBSERVED_TABLES = ['transaksi', 'marketplace_pemda', 'marketplace_penyedia'];

/**
 * Counted once across the user's datasets by the ledger: the sample's own ledger (built with
 * the same SQL) beside the datasets' one. Sample keys never collide with LKPP keys.
 */
const LEDGER_TABLES = ['fakta_realisasi', 'buku_transaksi', 'buku_rekaman', ...SUMMARY_TABLES, 'paket_rup', 'anggaran', 'anggaran_pemda'];

/**
 * Label tables joined by key: several sources may describe the same key (two datasets of
 * one pemda), and a duplicate would multiply the rows of a join, so the first source wins
 * (the sample, then datasets in import order).
 */
const KEYED_TABLES: Record<string, string> = {
  kategori: 'kategori_id',
  kanal: 'channel',
  satker: 'satker_id',
  penyedia: 'penyedia_id'
};

export interface CatalogState {
  sampleVisible: boolean;
  /** Dataset schemas with the tables each holds. */
  datasets: { schema: string; tables: ReadonlySet<string> }[];
  /** The datasets' ledger: its schema and the tables it holds (none when there is no dataset). */
  ledger: { schema: string; tables: ReadonlySet<string> };
}

export function datasetSchema(id: string): string {
  if (!/^[a-z0-9_]{1,64}$/.test(id)) throw new Error(`Invalid dataset id: ${id}`);
  return `ds_${id}`;
}

function sources(table: string, state: CatalogState, alwaysSample: boolean): string[] {
  const parts: string[] = [];
  if (alwaysSample || state.sampleVisible) parts.push(`SELECT * FROM ${SAMPLE_CATALOG}.main.${table}`);
  for (const dataset of state.datasets) {
    if (dataset.tables.has(table)) parts.push(`SELECT * FROM memory.${dataset.schema}.${table}`);
  }
  if (state.ledger.tables.has(table)) parts.push(`SELECT * FROM ${state.ledger.schema}.${table}`);
  // Keep the view's columns even when nothing contributes rows.
  if (parts.length === 0) parts.push(`SELECT * FROM ${SAMPLE_CATALOG}.main.${table} WHERE false`);
  return parts;
}

/** The CREATE VIEW statements for the current state, one per table the dashboard reads. */
export function catalogViews(state: CatalogState): string[] {
  const view = (table: string, body: string) => `CREATE OR REPLACE VIEW memory.main.${table} AS ${body}`;
  const statements = REFERENCE_TABLES.map((t) => view(t, `SELECT * FROM ${SAMPLE_CATALOG}.main.${t}`));
  for (const table of OBSERVED_TABLES) {
    statements.push(view(table, sources(table, state, false).join(' UNION ALL BY NAME ')));
  }
  const ledgerOnly = { ...state, datasets: [] };
  for (const table of LEDGER_TABLES) {
    statements.push(view(table, sources(table, ledgerOnly, false).join(' UNION ALL BY NAME ')));
  }
  for (const [table, key] of Object.entries(KEYED_TABLES)) {
    // Reference labels (the sample's categories and channels) always describe their keys.
    const parts = sources(table, state, table === 'kategori' || table === 'kanal');
    if (parts.length === 1) {
      statements.push(view(table, parts[0]!));
      continue;
    }
    const ranked = parts.map((part, rank) => part.replace('SELECT *', `SELECT *, ${rank} AS urutan_sumber`));
    statements.push(
      view(
        table,
        `SELECT * EXCLUDE (urutan_sumber) FROM (${ranked.join(' UNION ALL BY NAME ')}) ` +
          `QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY urutan_sumber) = 1`
      )
    );
  }
  return statements;
}

import { Query, cast, column, sum } from '@uwdata/mosaic-sql';
import type { Dimension, Filters } from './filters';
import { BUDGET_DIMENSIONS, BUDGET_TABLE, FACT_COLUMN, FACT_TABLE } from './columns';
import { budgetPredicate, dimensionClause, factPredicate } from './predicates';
import { FACT_ROWS, type FactSource } from './measures';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import type { Question } from '../engine/question';

/**
 * Every option a dimension can take, with its label from the reference tables, so a facet
 * also lists options that have no rows under the other filters (years: yearOptionsSql).
 * Constant SQL: no user input.
 */
const OPTIONS_SQL: Record<Exclude<Dimension, 'tahun'>, string> = {
  provinsi: `SELECT kode_wilayah AS key, nama AS label FROM wilayah WHERE jenis = 'provinsi'`,
  pemda: `SELECT kode_wilayah AS key, nama_pemda AS label, kode_provinsi FROM pemda`,
  kategori: `SELECT kategori_id AS key, nama AS label FROM kategori`,
  jenis_penyedia: `SELECT * FROM (VALUES ('badan_usaha', 'badan_usaha'), ('perseorangan', 'perseorangan'), ('tidak_diketahui', 'tidak_diketahui')) AS v(key, label)`,
  skala: `SELECT * FROM (VALUES ('mikro', 'mikro'), ('kecil', 'kecil'), ('koperasi', 'koperasi'), ('menengah', 'menengah'), ('besar', 'besar'), ('tidak_diketahui', 'tidak_diketahui')) AS v(key, label)`,
  kanal: `SELECT channel AS key, nama AS label FROM kanal`,
  status: `SELECT * FROM (VALUES ('selesai', 'selesai'), ('berjalan', 'berjalan')) AS v(key, label)`
};

/**
 * The years in the budget or in realisation. An aggregate has every fact row's year (it
 * only groups), so the fast path reads them from it instead of the whole fact table.
 */
function yearOptionsSql(facts: string): string {
  return `SELECT DISTINCT CAST(tahun_anggaran AS VARCHAR) AS key, CAST(tahun_anggaran AS VARCHAR) AS label FROM (SELECT tahun_anggaran FROM ${BUDGET_TABLE} UNION SELECT tahun_anggaran FROM ${facts})`;
}

/** Options of the pemda dimension are limited to the chosen provinces, as a user expects. */
function optionsSql(dimension: Dimension, filters: Filters, source: FactSource): string {
  if (dimension === 'tahun') return yearOptionsSql(String(source.table));
  const base = OPTIONS_SQL[dimension];
  if (dimension !== 'pemda' || filters.provinsi.length === 0) return base;
  return `${base} WHERE ${String(dimensionClause('provinsi', filters.provinsi))}`;
}

/**
 * Realisation per option of one dimension under every other filter (cross-filtering),
 * sorted by value. Year and region dimensions also carry their procurement budget, the
 * denominator of the UMKK share. A value the reference tables do not list (an imported
 * category or channel, 'tidak_diketahui') still gets its row, labelled by its key, so no
 * rupiah drops out of a breakdown.
 */
function breakdownSql(dimension: Dimension, filters: Filters, source: FactSource): string {
  const key = cast(column(FACT_COLUMN[dimension]), 'VARCHAR');
  const realised = Query.from(source.table)
    .select({
      key,
      transaksi: source.measure('transaksi'),
      nilai: source.measure('nilai'),
      nilai_umk: source.measure('nilai_umk'),
      nilai_pdn: source.measure('nilai_pdn')
    })
    .where(...factPredicate(filters, dimension))
    .groupby(key);
  const hasBudget = BUDGET_DIMENSIONS.includes(dimension);
  const budget = Query.from(BUDGET_TABLE)
    .select({ key, belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT') })
    .where(...budgetPredicate(filters, dimension))
    .groupby(key);
  const budgetColumn = hasBudget ? 'b.belanja_pengadaan' : 'CAST(NULL AS BIGINT)';
  const budgetJoin = hasBudget ? ' LEFT JOIN b ON b.key = o.key' : '';
  const ctes = [`o AS (${optionsSql(dimension, filters, source)})`, `r AS (${String(realised)})`];
  if (hasBudget) ctes.push(`b AS (${String(budget)})`);
  return (
    `WITH ${ctes.join(', ')}, ` +
    `k AS (SELECT coalesce(o.key, r.key) AS key, coalesce(o.label, r.key) AS label, r.transaksi, r.nilai, r.nilai_umk, r.nilai_pdn ` +
    `FROM o FULL JOIN r ON r.key = o.key) ` +
    `SELECT k.key, k.label, coalesce(k.transaksi, 0) AS transaksi, coalesce(k.nilai, 0) AS nilai, ` +
    `coalesce(k.nilai_umk, 0) AS nilai_umk, coalesce(k.nilai_pdn, 0) AS nilai_pdn, ` +
    `${budgetColumn} AS belanja_pengadaan ` +
    `FROM k${budgetJoin.replace('o.key', 'k.key')} ` +
    `ORDER BY nilai DESC, k.key`
  );
}

export function breakdownQuery(dimension: Dimension, filters: Filters): string {
  return breakdownSql(dimension, filters, FACT_ROWS(FACT_TABLE));
}

/** The breakdown, answered from an aggregate grouped by the dimension when the engine has it. */
export function breakdownQuestion(dimension: Dimension, filters: Filters): Question {
  const { source, aggregates } = aggregateSource(groupingFor(filters, dimension, [FACT_COLUMN[dimension]]), false);
  return { sql: breakdownQuery(dimension, filters), fast: { sql: breakdownSql(dimension, filters, source), aggregates } };
}

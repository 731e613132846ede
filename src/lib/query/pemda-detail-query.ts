import { Query, cast, column, count, sum } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';
import { measureOverRows } from './measures';
import { REALISED } from './kpi-query';

/**
 * The detail of a pemda's page, on the canonical tables (no aggregate holds satker or
 * vendors): every headline numerator and denominator per satker, the satker's own
 * procurement budget (`anggaran`) and RUP commitments (`paket_rup`) under year and region;
 * and the vendors by value with the concentration of the whole slice.
 */
export function satkerQuery(filters: Filters): string {
  const figures = Object.fromEntries(Object.entries(REALISED).map(([name, m]) => [name, cast(measureOverRows(m), 'BIGINT')]));
  const realised = Query.from(FACT_TABLE)
    .select({ key: column('satker_id'), ...figures, transaksi: cast(count(), 'BIGINT') })
    .where(...factPredicate(filters))
    .groupby(column('satker_id'));
  const budget = Query.from('anggaran')
    .select({ key: column('satker_id'), belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT') })
    .where(...budgetPredicate(filters))
    .groupby(column('satker_id'));
  const plan = Query.from('paket_rup')
    .select({
      key: column('satker_id'),
      komitmen_pdn: cast(sum(column('pagu')).where(column('is_pdn')), 'BIGINT'),
      rencana_ukm: cast(sum(column('pagu')).where(column('is_ukm')), 'BIGINT'),
      paket_rup: cast(count(), 'BIGINT')
    })
    .where(...budgetPredicate(filters))
    .groupby(column('satker_id'));
  const realisedColumns = [...Object.keys(REALISED), 'transaksi'].map((name) => `r.${name}`).join(', ');
  return (
    `WITH r AS (${String(realised)}), b AS (${String(budget)}), p AS (${String(plan)}), ` +
    `k AS (SELECT key FROM r UNION SELECT key FROM b) ` +
    `SELECT k.key, coalesce(s.nama_satker, k.key) AS nama, ${realisedColumns}, b.belanja_pengadaan, ` +
    `p.komitmen_pdn, p.rencana_ukm, coalesce(p.paket_rup, 0) AS paket_rup ` +
    `FROM k LEFT JOIN r USING (key) LEFT JOIN b USING (key) LEFT JOIN p USING (key) LEFT JOIN satker s ON s.satker_id = k.key ORDER BY k.key`
  );
}

/** The ten largest vendors by value, each with the slice's vendor count, total and HHI beside it. */
export function vendorQuery(filters: Filters): string {
  const perVendor = Query.from(FACT_TABLE)
    .select({ penyedia_id: column('penyedia_id'), nilai: cast(sum(column('nilai')), 'BIGINT'), transaksi: cast(count(), 'BIGINT') })
    .where(...factPredicate(filters))
    .groupby(column('penyedia_id'));
  return (
    `WITH v AS (${String(perVendor)}), s AS (SELECT sum(nilai) AS total, count(*) AS jumlah FROM v), ` +
    `t AS (SELECT s.total, s.jumlah, sum(power(100.0 * v.nilai / nullif(s.total, 0), 2)) AS hhi FROM v, s GROUP BY s.total, s.jumlah) ` +
    `SELECT v.penyedia_id, coalesce(p.nama_penyedia, v.penyedia_id) AS nama_penyedia, p.bentuk_usaha, p.is_badan_usaha, p.skala_usaha, p.is_umkk, v.nilai, v.transaksi, ` +
    `CAST(t.total AS BIGINT) AS total, CAST(t.jumlah AS BIGINT) AS jumlah_penyedia, t.hhi ` +
    `FROM v CROSS JOIN t LEFT JOIN penyedia p ON p.penyedia_id = v.penyedia_id ORDER BY v.nilai DESC, v.penyedia_id LIMIT 10`
  );
}

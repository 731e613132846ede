/** A row of breakdownQuery: one option of a dimension with its realisation. */
export interface BreakdownRow {
  key: string;
  label: string;
  transaksi: bigint;
  nilai: bigint;
  nilai_umk: bigint;
  nilai_pdn: bigint;
  /** Year and region dimensions only; null elsewhere or when the budget is unknown. */
  belanja_pengadaan: bigint | null;
}

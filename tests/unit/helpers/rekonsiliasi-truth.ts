/**
 * The reconciliation categories recomputed from plain records with BigInt arithmetic: no app
 * code, no SQL engine. It applies the ledger rules of issue 6 (records grouped by
 * transaksi_id, primary record, richest vendor, counted = selesai/berjalan with nilai > 0)
 * and the reconciliation rules of src/lib/query/rekonsiliasi-query.ts as written in words
 * there, re-implemented here on their own.
 */

export type Row = Record<string, string>;

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. Every value is text. */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records;
  if (!header) return [];
  return body.filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export interface Slice {
  tahun?: string[];
  provinsi?: string[];
  pemda?: string[];
  kategori?: string[];
  jenis_penyedia?: string[];
  skala?: string[];
  kanal?: string[];
  status?: string[];
}

export interface Figure {
  jumlah: bigint;
  nilai: bigint;
}

export const CATEGORIES = ['terealisasi', 'belum_terealisasi', 'tanpa_rencana', 'melebihi_pagu', 'beda_ukm', 'beda_metode'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Truth {
  figures: Record<Category | 'realisasi' | 'realisasi_tertaut' | 'paket', Figure>;
  /** Per satker and category: count and rupiah. */
  bySatker: Map<string, Record<Category | 'paket', Figure>>;
  /** kd_rup of the packages of each package category, transaksi_id of tanpa_rencana. */
  members: Record<Category, Set<string>>;
}

interface Tx {
  id: string;
  primary: Row;
  vendor: Row | undefined;
}

const bool = (text: string | undefined): boolean | null => (text === 'true' ? true : text === 'false' ? false : null);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ledger rules 2-5 for one source (the sample): the counted transactions with their vendor. */
export function countedTransactions(records: Row[], penyedia: Map<string, Row>): Tx[] {
  const groups = new Map<string, Row[]>();
  for (const r of records) {
    const list = groups.get(r.transaksi_id!) ?? [];
    list.push(r);
    groups.set(r.transaksi_id!, list);
  }
  const primaryOrder = (a: Row, b: Row) =>
    Number(BigInt(b.nilai!) > 0n) - Number(BigInt(a.nilai!) > 0n) ||
    Number(b.prioritas ?? '1') - Number(a.prioritas ?? '1') ||
    cmp(a.sumber_data ?? '', b.sumber_data ?? '');
  const score = (r: Row) => {
    const v = penyedia.get(r.penyedia_id!);
    if (!v) return 0;
    return 1 + Number(v.is_umkk !== '') + Number(v.is_badan_usaha !== '') + Number(v.skala_usaha !== 'tidak_diketahui');
  };
  const out: Tx[] = [];
  for (const [id, group] of groups) {
    const ordered = [...group].sort(primaryOrder);
    const primary = ordered[0]!;
    if (!(primary.status === 'selesai' || primary.status === 'berjalan') || BigInt(primary.nilai!) <= 0n) continue;
    // Highest score wins; a stable sort keeps the primary order among equals.
    const richest = [...ordered].sort((a, b) => score(b) - score(a))[0]!;
    out.push({ id, primary, vendor: penyedia.get(richest.penyedia_id!) });
  }
  return out;
}

function inSlice(tx: Tx, s: Slice): boolean {
  const p = tx.primary;
  const v = tx.vendor;
  const jenis = bool(v?.is_badan_usaha) === true ? 'badan_usaha' : bool(v?.is_badan_usaha) === false ? 'perseorangan' : 'tidak_diketahui';
  const checks: [string[] | undefined, string][] = [
    [s.tahun, p.tahun_anggaran!],
    [s.provinsi, p.kode_provinsi!],
    [s.pemda, p.kode_wilayah!],
    [s.kategori, p.kategori_id!],
    [s.jenis_penyedia, jenis],
    [s.skala, v?.skala_usaha ?? 'tidak_diketahui'],
    [s.kanal, p.channel!],
    [s.status, p.status!]
  ];
  return checks.every(([wanted, value]) => !wanted || wanted.length === 0 || wanted.includes(value));
}

/** Plan methods: a kanal channel takes its group; SiRUP-only names are placed by hand. */
function planIsEPurchasing(metode: string, kanal: Map<string, Row>): boolean | null {
  const key = metode.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const group = kanal.get(key)?.channel_group;
  if (group !== undefined) return group === 'e_purchasing';
  if (key === 'e_purchasing' || key === 'epurchasing') return true;
  if (['tender_cepat', 'kontes', 'sayembara'].includes(key)) return false;
  return null; // dikecualikan, tidak_diketahui, anything else: cannot be compared
}

const zero = (): Figure => ({ jumlah: 0n, nilai: 0n });

export function reconcile(tables: { transaksi: Row[]; penyedia: Row[]; paket_rup: Row[]; kanal: Row[] }, slice: Slice): Truth {
  const penyedia = new Map(tables.penyedia.map((v) => [v.penyedia_id!, v]));
  const kanal = new Map(tables.kanal.map((k) => [k.channel!, k]));
  const txs = countedTransactions(tables.transaksi, penyedia).filter((tx) => inSlice(tx, slice));

  // Packages in scope: year and region only; one per kd_rup.
  const packages = new Map<string, Row>();
  for (const p of tables.paket_rup) {
    const ok =
      (!slice.tahun?.length || slice.tahun.includes(p.tahun_anggaran!)) &&
      (!slice.provinsi?.length || slice.provinsi.includes(p.kode_wilayah!.slice(0, 2))) &&
      (!slice.pemda?.length || slice.pemda.includes(p.kode_wilayah!));
    if (ok && !packages.has(p.kd_rup!)) packages.set(p.kd_rup!, p);
  }

  interface Linked {
    realisasi: bigint;
    nonUmkk: boolean;
    viaEp: boolean;
    viaOther: boolean;
  }
  const linked = new Map<string, Linked>();
  const tanpa: Tx[] = [];
  let tertaut = zero();
  for (const tx of txs) {
    const codes = [...new Set((tx.primary.kd_rup ?? '').split(/[;,]/).map((c) => c.trim()).filter((c) => c !== ''))]
      .filter((c) => packages.has(c))
      .sort(cmp);
    if (codes.length === 0) {
      tanpa.push(tx);
      continue;
    }
    const nilai = BigInt(tx.primary.nilai!);
    const pagus = codes.map((c) => BigInt(packages.get(c)!.pagu!));
    const totalPagu = pagus.reduce((a, b) => a + b, 0n);
    const weights = totalPagu > 0n ? pagus : pagus.map(() => 1n);
    const totalWeight = weights.reduce((a, b) => a + b, 0n);
    let cumulative = 0n;
    let given = 0n;
    tertaut = { jumlah: tertaut.jumlah + 1n, nilai: tertaut.nilai + nilai };
    codes.forEach((code, i) => {
      cumulative += weights[i]!;
      const upTo = (nilai * cumulative) / totalWeight; // BigInt division floors for values >= 0
      const share = upTo - given;
      given = upTo;
      const entry = linked.get(code) ?? { realisasi: 0n, nonUmkk: false, viaEp: false, viaOther: false };
      entry.realisasi += share;
      if (bool(tx.vendor?.is_umkk) === false) entry.nonUmkk = true;
      if (tx.primary.channel_group === 'e_purchasing') entry.viaEp = true;
      else entry.viaOther = true;
      linked.set(code, entry);
    });
  }

  const members = Object.fromEntries(CATEGORIES.map((c) => [c, new Set<string>()])) as Record<Category, Set<string>>;
  const figures = Object.fromEntries(
    [...CATEGORIES, 'realisasi', 'realisasi_tertaut', 'paket'].map((c) => [c, zero()])
  ) as Truth['figures'];
  const bySatker: Truth['bySatker'] = new Map();
  const add = (category: Category | 'paket', satker: string, nilai: bigint, key?: string) => {
    figures[category].jumlah += 1n;
    figures[category].nilai += nilai;
    if (key !== undefined && category !== 'paket') members[category].add(key);
    const row = bySatker.get(satker) ?? (Object.fromEntries([...CATEGORIES, 'paket'].map((c) => [c, zero()])) as Record<Category | 'paket', Figure>);
    row[category].jumlah += 1n;
    row[category].nilai += nilai;
    bySatker.set(satker, row);
  };
  for (const [code, p] of packages) {
    const pagu = BigInt(p.pagu!);
    const l = linked.get(code);
    add('paket', p.satker_id!, pagu);
    add(l ? 'terealisasi' : 'belum_terealisasi', p.satker_id!, pagu, code);
    if (!l) continue;
    if (l.realisasi > pagu) add('melebihi_pagu', p.satker_id!, pagu, code);
    if (p.is_ukm === 'true' && l.nonUmkk) add('beda_ukm', p.satker_id!, pagu, code);
    const planEp = planIsEPurchasing(p.metode_pengadaan!, kanal);
    if ((planEp === true && l.viaOther) || (planEp === false && l.viaEp)) add('beda_metode', p.satker_id!, pagu, code);
  }
  for (const tx of tanpa) add('tanpa_rencana', tx.primary.satker_id!, BigInt(tx.primary.nilai!), tx.id);
  figures.realisasi = { jumlah: BigInt(txs.length), nilai: txs.reduce((a, tx) => a + BigInt(tx.primary.nilai!), 0n) };
  figures.realisasi_tertaut = tertaut;
  return { figures, bySatker, members };
}

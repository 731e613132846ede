import { describe, expect, it } from 'vitest';
import { resolveTarget, type Target } from '../../src/lib/metrics/targets';
import { filtersFromSearch } from '../../src/lib/query/filters';

const target = (partial: Partial<Target> & Pick<Target, 'target_id' | 'metrik' | 'nilai'>): Target => ({
  pembanding: 'belanja pengadaan',
  dasar_hukum: 'uji',
  kode_wilayah: null,
  tahun_mulai: 2021,
  tahun_akhir: null,
  ...partial
});

const targets: Target[] = [
  target({ target_id: 'nasional', metrik: 'umkk_anggaran', nilai: 0.4 }),
  target({ target_id: 'mojokerto', metrik: 'umkk_anggaran', nilai: 0.45, kode_wilayah: '35.76', tahun_mulai: 2023 }),
  target({ target_id: 'banten', metrik: 'epurchasing', nilai: 0.3, kode_wilayah: '36', tahun_mulai: 2023 })
];
const slice = (search: string) => filtersFromSearch(new URLSearchParams(search));

describe('resolveTarget', () => {
  it('applies the national target to any slice', () => {
    expect(resolveTarget(targets, 'umkk_anggaran', slice(''), 2025)?.target_id).toBe('nasional');
    expect(resolveTarget(targets, 'umkk_anggaran', slice('provinsi=33'), 2025)?.target_id).toBe('nasional');
  });
  it("between targets of the same scope, prefers the one in force since later, then the one listed last (the user's)", () => {
    const own = target({ target_id: 'mojokerto_pengguna', metrik: 'umkk_anggaran', nilai: 0.5, kode_wilayah: '35.76', tahun_mulai: 2023 });
    expect(resolveTarget([...targets, own], 'umkk_anggaran', slice('pemda=35.76&tahun=2025'), 2025)?.target_id).toBe('mojokerto_pengguna');
    const newer = target({ target_id: 'nasional_2025', metrik: 'umkk_anggaran', nilai: 0.45, tahun_mulai: 2025 });
    expect(resolveTarget([newer, ...targets], 'umkk_anggaran', slice('tahun=2025'), 2025)?.target_id).toBe('nasional_2025');
    expect(resolveTarget([newer, ...targets], 'umkk_anggaran', slice('tahun=2024'), 2025)?.target_id).toBe('nasional');
  });
  it("prefers a pemda's own target, from the year it is in force", () => {
    expect(resolveTarget(targets, 'umkk_anggaran', slice('pemda=35.76'), 2025)?.target_id).toBe('mojokerto');
    expect(resolveTarget(targets, 'umkk_anggaran', slice('pemda=35.76&tahun=2022'), 2025)?.target_id).toBe('nasional');
    expect(resolveTarget(targets, 'umkk_anggaran', slice('pemda=35.76,35.77'), 2025)?.target_id).toBe('nasional');
  });
  it("applies a province's target to the province and its kabupaten/kota only", () => {
    expect(resolveTarget(targets, 'epurchasing', slice('provinsi=36'), 2025)?.target_id).toBe('banten');
    expect(resolveTarget(targets, 'epurchasing', slice('pemda=36.03'), 2025)?.target_id).toBe('banten');
    expect(resolveTarget(targets, 'epurchasing', slice('provinsi=36,32'), 2025)).toBeUndefined();
    expect(resolveTarget(targets, 'epurchasing', slice(''), 2025)).toBeUndefined();
    expect(resolveTarget(targets, 'epurchasing', slice('provinsi=36&tahun=2022'), 2025)).toBeUndefined();
  });
});

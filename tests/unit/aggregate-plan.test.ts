import { describe, expect, it } from 'vitest';
import { NO_FILTERS, DIMENSIONS, withValues } from '../../src/lib/query/filters';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { trendQuestion } from '../../src/lib/query/trend-query';
import { aggregateSpec } from '../../src/lib/query/aggregate/aggregate-spec';
import { buildSelect, planBuilds } from '../../src/lib/query/aggregate/aggregate-plan';
import type { Question } from '../../src/lib/engine/question';

const roundOf = (questions: Question[]) => questions.flatMap((question) => question.fast!.aggregates);

describe('planBuilds', () => {
  it('reads the first round from one master without the pemda, and the rest from the fact table', () => {
    const round = roundOf([kpiQuestion(NO_FILTERS), trendQuestion(NO_FILTERS, 2024), ...DIMENSIONS.map((d) => breakdownQuestion(d, NO_FILTERS))]);
    const steps = planBuilds(round, []);
    const master = steps.find((step) => step.master)!;
    expect(master.spec.grouping).toEqual(['tahun_anggaran', 'kode_provinsi', 'kategori_id', 'jenis_penyedia', 'skala_usaha', 'channel', 'status']);
    expect(master.from).toBeUndefined();
    const source = (name: string) => steps.find((step) => step.spec.name === name)?.from?.name ?? 'fakta';
    expect(source('jumlah__tahun_anggaran__kode_provinsi__kategori_id')).toBe(master.spec.name);
    expect(source('jumlah__tahun_anggaran__kode_provinsi')).toBe(master.spec.name);
    // Weeks, the pemda on its own and vendor pairs come from the fact table.
    expect(source('jumlah__tahun_anggaran__kode_provinsi__minggu')).toBe('fakta');
    expect(source('jumlah__tahun_anggaran__kode_provinsi__kode_wilayah')).toBe('fakta');
    expect(source('penyedia__tahun_anggaran__kode_provinsi')).toBe('fakta');
    // Every wanted aggregate is built once, each after what it is read from.
    const order = steps.map((step) => step.spec.name);
    expect(new Set(order).size).toBe(order.length);
    for (const step of steps) if (step.from) expect(order.indexOf(step.from.name)).toBeLessThan(order.indexOf(step.spec.name));
  });

  it('builds nothing already built and reads a new grouping from the narrowest built cover', () => {
    const wide = aggregateSpec('jumlah', ['tahun_anggaran', 'kode_provinsi', 'kategori_id', 'channel']);
    const narrow = aggregateSpec('jumlah', ['tahun_anggaran', 'kode_provinsi', 'kategori_id']);
    const wanted = aggregateSpec('jumlah', ['tahun_anggaran', 'kategori_id']);
    const steps = planBuilds([wanted, narrow], [wide, narrow]);
    expect(steps).toEqual([{ spec: wanted, from: narrow, master: false }]);
  });

  it('gives groupings with a pemda filter a master of their own', () => {
    const filters = withValues(NO_FILTERS, 'pemda', ['33.25']);
    const steps = planBuilds(roundOf(DIMENSIONS.map((d) => breakdownQuestion(d, filters))), []);
    const masters = steps.filter((step) => step.master).map((step) => step.spec.grouping);
    expect(masters).toEqual([['tahun_anggaran', 'kode_provinsi', 'kode_wilayah', 'kategori_id', 'jenis_penyedia', 'skala_usaha', 'channel', 'status']]);
  });

  it('sums partial measures again when reading from an aggregate', () => {
    const from = aggregateSpec('jumlah', ['tahun_anggaran', 'kode_provinsi', 'status']);
    const sql = buildSelect({ spec: aggregateSpec('jumlah', ['tahun_anggaran', 'kode_provinsi']), from, master: false });
    expect(sql).toContain('sum("transaksi") AS "transaksi"');
    expect(sql).toContain('FROM "agregat"."jumlah__tahun_anggaran__kode_provinsi__status"');
    expect(buildSelect({ spec: from, master: false })).toContain(`FILTER (WHERE ("status" = 'berjalan')) AS "nilai_berjalan"`);
  });

  it('refuses a grouping column that is not a fact-table dimension', () => {
    expect(() => aggregateSpec('jumlah', ['tahun_anggaran', 'nilai; DROP TABLE x'])).toThrow();
  });
});

import { describe, expect, test } from 'vitest';
import { fitLabels } from '../../src/lib/charts/label-margin';
import { umkkShareBars } from '../../src/lib/charts/share-bars';
import { logTicks } from '../../src/lib/components/ranking/funnel';
import type { BreakdownRow } from '../../src/lib/charts/breakdown-row';

const PEMDA = ['Pemerintah Kabupaten Banjarnegara', 'Pemerintah Kota Pekalongan', 'Pemerintah Kabupaten Pekalongan', 'Pemerintah Provinsi Jawa Tengah'];

describe('bar labels fit their margin', () => {
  test('labels that fit are drawn whole, with the margin the longest needs', () => {
    const fit = fitLabels(PEMDA, 1000, 120);
    expect(PEMDA.map(fit.format)).toEqual(PEMDA);
    // 33 characters at ~6.8 px plus the gap to the bar.
    expect(fit.margin).toBeGreaterThanOrEqual(33 * 6.8);
    expect(fit.margin).toBeLessThanOrEqual(450);
  });

  test('on a phone, pemda names are shortened as the rakor charts shorten them, and stay distinct', () => {
    const fit = fitLabels(PEMDA, 340, 120);
    expect(PEMDA.map(fit.format)).toEqual(['Kab. Banjarnegara', 'Kota Pekalongan', 'Kab. Pekalongan', 'Prov. Jawa Tengah']);
    expect(fit.margin).toBeLessThanOrEqual(340 * 0.45);
  });

  test('a name too long even shortened is cut in the middle inside the margin; the others stay whole', () => {
    const fit = fitLabels(['Kepulauan Bangka Belitung', 'Nusa Tenggara Barat', 'Bali'], 340, 120);
    const [long, middle, short] = ['Kepulauan Bangka Belitung', 'Nusa Tenggara Barat', 'Bali'].map(fit.format);
    expect(long).toMatch(/^Kepu.*….*Belitung$/);
    // Sized for wide letters: the cut label is well inside the margin.
    expect(long!.length * 7.6).toBeLessThanOrEqual(fit.margin);
    expect([middle, short]).toEqual(['Nusa Tenggara Barat', 'Bali']);
  });

  test('sister regions that differ only at the end never share a label', () => {
    const sisters = [
      'Pemerintah Kabupaten Ogan Komering Ulu',
      'Pemerintah Kabupaten Ogan Komering Ulu Timur',
      'Pemerintah Kabupaten Ogan Komering Ulu Selatan',
      'Pemerintah Kabupaten Ogan Komering Ilir',
      'Pemerintah Kabupaten Bolaang Mongondow',
      'Pemerintah Kabupaten Bolaang Mongondow Utara',
      'Pemerintah Kabupaten Bolaang Mongondow Timur',
      'Pemerintah Kabupaten Bolaang Mongondow Selatan',
      'Pemerintah Kabupaten Kotawaringin Barat',
      'Pemerintah Kabupaten Kotawaringin Timur'
    ];
    for (const width of [280, 300, 340, 400, 480]) {
      const fit = fitLabels(sisters, width, 120);
      const shown = sisters.map(fit.format);
      expect(new Set(shown).size, `${width} px: ${shown.join(' | ')}`).toBe(sisters.length);
      // Each keeps its kind and the end that tells it apart.
      for (const label of shown) expect(label).toMatch(/^Kab\. /);
      for (const label of shown.filter((l) => l.includes('…'))) expect(label.length * 7.6, label).toBeLessThanOrEqual(fit.margin + 12);
    }
  });

  test('larger type (presentation mode) needs a wider margin for the same labels', () => {
    const screen = fitLabels(['Kepulauan Bangka Belitung'], 900, 120, 12);
    const projector = fitLabels(['Kepulauan Bangka Belitung'], 900, 120, 18);
    expect(projector.format('Kepulauan Bangka Belitung')).toBe('Kepulauan Bangka Belitung');
    expect(projector.margin).toBeGreaterThanOrEqual(Math.round(screen.margin * 1.4));
  });
});

describe('share bars in presentation type', () => {
  const rows: BreakdownRow[] = ['11', '12', '13'].map((key) => ({
    key,
    label: `Provinsi ${key}`,
    transaksi: 1n,
    nilai: 10n,
    nilai_umk: 5n,
    nilai_pdn: 0n,
    belanja_pengadaan: 20n
  }));
  test('text, rows and margins grow with the type', () => {
    const options = { width: 900, targetOf: () => 0.4, targetYear: 2025, axisLabel: 'x' };
    const screen = umkkShareBars(rows, options);
    const projector = umkkShareBars(rows, { ...options, typePx: 18 });
    expect(screen.style).toEqual({ fontSize: '12px' });
    expect(projector.style).toEqual({ fontSize: '18px' });
    for (const key of ['height', 'marginRight', 'marginBottom'] as const) expect(projector[key]!, key).toBeGreaterThan(screen[key]!);
  });
});

describe('the funnel plot labels a log axis without overlap', () => {
  test('1, 2 and 5 of each power of ten when there is room, within the data', () => {
    expect(logTicks(8e8, 1.2e11, 1000)).toEqual([1e9, 2e9, 5e9, 1e10, 2e10, 5e10, 1e11]);
  });
  test('powers of ten alone on a narrow chart', () => {
    expect(logTicks(8e8, 1.2e11, 260)).toEqual([1e9, 1e10, 1e11]);
  });
  test('a span without two powers of ten inside gets 1, 2 and 5; one inside a step gets a count for Plot', () => {
    expect(logTicks(1.5e9, 8e9, 200)).toEqual([2e9, 5e9]);
    expect(logTicks(1.5e9, 1.9e9, 300)).toBe(2);
  });
});

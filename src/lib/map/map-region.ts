import { mapText } from '../i18n/map-id';

/**
 * What both province maps draw, and the one registry of how each tone looks. A region's
 * tone says where its figure stands against its target (see src/lib/monitoring/progress.ts
 * for the four statuses); the colours are chosen so the text on a tile reaches WCAG AA
 * (4.5:1) and the tones differ in lightness as well as hue.
 */

export type MapTone = 'tercapai' | 'sesuai' | 'berisiko' | 'tertinggal' | 'tanpa_target' | 'tidak_dihitung';

export interface MapRegion {
  /** Kemendagri 2-digit province code. */
  kode: string;
  nama: string;
  value: number | null;
  /** The figure as the user reads it, e.g. "42,1 % (target 40 %)". */
  text: string;
  tone: MapTone;
}

/** The props both map components take. */
export interface MapProps {
  regions: readonly MapRegion[];
  selected: readonly string[];
  onselect: (kode: string) => void;
  /** Accessible name of the whole map. */
  label: string;
}

export interface ToneStyle {
  fill: string;
  /** Text drawn on the fill. */
  ink: string;
  label: string;
  /** Drawn with a dashed outline (and a hatch on tiles): a pale fill alone is too faint on white. */
  dashed: boolean;
}

/** Legend order: from best to worst, then the two without a verdict. */
export const MAP_TONES: readonly MapTone[] = ['tercapai', 'sesuai', 'berisiko', 'tertinggal', 'tanpa_target', 'tidak_dihitung'];

export const TONE_STYLE: Readonly<Record<MapTone, ToneStyle>> = {
  tercapai: { fill: '#15803d', ink: '#ffffff', label: mapText.tone.tercapai, dashed: false },
  sesuai: { fill: '#99f6e4', ink: '#134e4a', label: mapText.tone.sesuai, dashed: false },
  berisiko: { fill: '#fbbf24', ink: '#422006', label: mapText.tone.berisiko, dashed: false },
  tertinggal: { fill: '#b91c1c', ink: '#ffffff', label: mapText.tone.tertinggal, dashed: false },
  tanpa_target: { fill: '#64748b', ink: '#ffffff', label: mapText.tone.tanpa_target, dashed: false },
  tidak_dihitung: { fill: '#f1f5f9', ink: '#334155', label: mapText.tone.tidak_dihitung, dashed: true }
};

/** The outline colour of dashed tones and of the legend swatches. */
export const OUTLINE = '#64748b';

/** How one province is shown: its region's figure, or "no data" when the answer has no row for it. */
export interface RegionView {
  kode: string;
  nama: string;
  tone: MapTone;
  text: string;
  value: number | null;
  pressed: boolean;
  /** aria-label and tooltip. */
  ariaLabel: string;
}

export function regionView(kode: string, nama: string, regions: ReadonlyMap<string, MapRegion>, selected: ReadonlySet<string>): RegionView {
  const region = regions.get(kode);
  const shownName = region?.nama ?? nama;
  const text = region?.text ?? mapText.noData;
  return {
    kode,
    nama: shownName,
    tone: region?.tone ?? 'tidak_dihitung',
    text,
    value: region?.value ?? null,
    pressed: selected.has(kode),
    ariaLabel: mapText.regionLabel(shownName, text)
  };
}

export function regionsByKode(regions: readonly MapRegion[]): Map<string, MapRegion> {
  return new Map(regions.map((r) => [r.kode, r]));
}

/** Enter and Space activate a focused province, as they would a button. */
export function isActivation(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ';
}

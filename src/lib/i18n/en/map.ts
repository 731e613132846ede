/** The province map's words in English: the same keys as mapIndonesian in ../map-id.ts. */
import type { Dictionary } from '../language';
import type { mapIndonesian } from '../map-id';
import { formatCount } from '../../format/number';
import { monitoringEnglish } from './monitoring';

/** At most this many names are spelled out in a notice; the rest are counted (as in ../map-id.ts). */
const NAMED_IN_NOTICE = 6;

function nameList(names: readonly string[]): string {
  if (names.length <= NAMED_IN_NOTICE) return names.join(', ');
  return `${names.slice(0, NAMED_IN_NOTICE).join(', ')} and ${formatCount(names.length - NAMED_IN_NOTICE)} more`;
}

export const mapEnglish: Dictionary<typeof mapIndonesian> = {
  tone: {
    ...monitoringEnglish.status,
    tanpa_target: 'No target',
    tidak_dihitung: 'Cannot be computed'
  },
  legendTitle: 'Colour key',
  noData: 'no data',
  selected: 'selected as a filter',
  regionLabel: (nama: string, text: string) => `${nama}: ${text}`,
  missingHeading: 'Provinces without a boundary in the file:',
  boundaryNotice: (fileName: string, matched: number, total: number, unmatched: readonly string[], missing: readonly string[]) => {
    const parts = [`Boundary file “${fileName}” recognised: ${formatCount(matched)} of ${formatCount(total)} provinces matched`];
    if (unmatched.length > 0) parts.push(`parts of the file not recognised: ${nameList(unmatched)}`);
    if (missing.length > 0) parts.push(`provinces without a boundary: ${nameList(missing)}`);
    return `${parts.join('; ')}.`;
  },
  boundaryNoMatch: (fileName: string) =>
    `The file “${fileName}” contains boundaries, but none of its parts matches a province name or code, so it is not used.`,
  boundarySource: (fileName: string) => `Boundaries from the file “${fileName}” that you loaded.`,
  clearBoundary: 'Back to the tile map'
};

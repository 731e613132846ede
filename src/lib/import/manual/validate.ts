/**
 * Problems that block an import, one sentence each in the page's language (the sentences are
 * in src/lib/i18n/mapping-id.ts, `problems`): the preview step lists
 * them and keeps its import button disabled until none is left. Only the header and the
 * values typed once are checked here; cells are checked row by row when the mapping is
 * applied (a bad cell rejects its row, not the file).
 */

import { mappingText } from '../../i18n/mapping-id';
import type { RawTable } from '../raw-table';
import { isBlank } from '../values';
import { problemOf } from './cell-values';
import { MANUAL_FIELDS, MANUAL_TARGETS } from './fields';
import { columnIndex } from './header';
import type { ColumnMapping } from './types';

/** Primary keys: one value for every row would make all rows one. */
const PER_ROW: Readonly<Record<string, readonly string[]>> = {
  transaksi: ['transaksi_id'],
  paket_rup: ['kd_rup'],
  anggaran: []
};

export function validateMapping(mapping: ColumnMapping, raw: RawTable): string[] {
  const say = mappingText.problems;
  if (!MANUAL_TARGETS.includes(mapping.target)) return [say.unknownTarget(String(mapping.target))];
  const specs = MANUAL_FIELDS[mapping.target];
  const problems: string[] = [];
  for (const name of Object.keys(mapping.fields)) {
    if (mapping.fields[name] && !specs.some((s) => s.name === name)) {
      problems.push(say.unknownField(name, say.targetNames[mapping.target]));
    }
  }
  for (const spec of specs) {
    const source = mapping.fields[spec.name] ?? null;
    if (source === null) {
      if (spec.required) problems.push(say.required(spec.label));
    } else if ('column' in source) {
      if (columnIndex(raw.columns, source.column) < 0) {
        problems.push(say.missingColumn(source.column, spec.label));
      }
    } else if (PER_ROW[mapping.target]?.includes(spec.name)) {
      problems.push(say.perRow(spec.label));
    } else if (isBlank(source.fixed)) {
      problems.push(say.fixedEmpty(spec.label));
    } else {
      const why = problemOf(spec.kind, source.fixed, mapping.numberStyle, mapping.dateFormat);
      if (why !== null) problems.push(say.fixedUnreadable(spec.label, why));
    }
  }
  return problems;
}
